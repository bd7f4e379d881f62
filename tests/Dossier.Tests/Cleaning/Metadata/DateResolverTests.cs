using Dossier.Cleaning.Metadata;
using Dossier.Documents;

namespace Dossier.Tests.Cleaning.Metadata;

public sealed class DateResolverTests
{
    [Fact]
    public void Agreeing_url_and_caption_outweigh_a_lone_header_date()
    {
        var (published, conflicts) = DateResolver.Resolve(
        [
            new DateSignal("2021-12-30", "header", "• 12/30/2021"),
            new DateSignal("2019-04-02", "url", "https://x.example/2019/04/02/a"),
            new DateSignal("2019-04-02", "caption", "April 2, 2019"),
        ]);

        Assert.Equal("2019-04-02", published);
        Assert.Equal("2021-12-30", Assert.Single(conflicts).Value);
    }

    [Fact]
    public void Markup_dates_outweigh_header_dates()
    {
        var (published, _) = DateResolver.Resolve([new DateSignal("2019-04-01", "header", "x"), new DateSignal("2019-04-03", "meta", "y")]);

        Assert.Equal("2019-04-03", published);
    }

    [Fact]
    public void A_one_day_difference_is_a_time_zone_not_a_conflict()
    {
        var (_, conflicts) = DateResolver.Resolve([new DateSignal("2019-04-02", "meta", "x"), new DateSignal("2019-04-03", "url", "y")]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Dates_inside_the_text_alone_leave_the_date_unknown()
    {
        var (published, conflicts) = DateResolver.Resolve([new DateSignal("2019-04-02", "text", "April 2, 2019"), new DateSignal("2020-11-03", "text", "November 3, 2020")]);

        Assert.Null(published);
        Assert.Empty(conflicts);
    }

    public static TheoryData<string, DateSignal[], string> CaptionOnlyCases => new()
    {
        {
            "the newest photo bounds the day",
            [new DateSignal("2019-03-30", "caption", "March 30, 2019"), new DateSignal("2019-04-02", "caption", "April 2, 2019")],
            "2019-04-02"
        },
        {
            "the lead's day name on or after the newest photo names the day",
            [new DateSignal("2019-04-02", "caption", "April 2, 2019"), new DateSignal("2019-04-04", "text", "Thursday")],
            "2019-04-04"
        },
        {
            "a day name more than a week after the photo is not used",
            [new DateSignal("2019-04-02", "caption", "April 2, 2019"), new DateSignal("2019-04-11", "text", "Thursday")],
            "2019-04-02"
        },
    };

    [Theory]
    [MemberData(nameof(CaptionOnlyCases))]
    public void Without_a_stated_date_captions_and_day_names_decide(string name, DateSignal[] signals, string expected)
    {
        var (published, _) = DateResolver.Resolve(signals);

        Assert.True(expected == published, $"{name}: {published}");
    }

    [Fact]
    public void An_inferred_date_reports_the_older_captions_as_conflicts()
    {
        var (published, conflicts) = DateResolver.Resolve(
        [
            new DateSignal("2018-11-15", "caption", "November 15, 2018"),
            new DateSignal("2019-04-02", "caption", "April 2, 2019"),
            new DateSignal("2019-04-03", "text", "Wednesday"),
        ]);

        Assert.Equal("2019-04-03", published);
        Assert.Equal("2018-11-15", Assert.Single(conflicts).Value);
    }
}
