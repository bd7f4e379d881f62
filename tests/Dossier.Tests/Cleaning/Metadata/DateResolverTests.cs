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
    public void Only_weak_signals_leave_the_date_unknown()
    {
        var (published, _) = DateResolver.Resolve([new DateSignal("2019-04-02", "caption", "x"), new DateSignal("2019-04-02", "text", "y")]);

        Assert.Null(published);
    }
}
