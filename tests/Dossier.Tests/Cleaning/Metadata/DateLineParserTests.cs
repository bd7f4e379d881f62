using Dossier.Cleaning.Metadata;

namespace Dossier.Tests.Cleaning.Metadata;

public sealed class DateLineParserTests
{
    public static TheoryData<string, string?> Lines => new()
    {
        { "April 2, 2019", "2019-04-02" },
        { "2 April 2019", "2019-04-02" },
        { "Tuesday, 2 April 2019", "2019-04-02" },
        { "Published 2 April 2019, 6:10pm BST", "2019-04-02" },
        { "Updated: 02/04/2019", "2019-04-02" },
        { "• 12/30/2021", "2021-12-30" },
        { "Published: 2019-04-02", "2019-04-02" },
        { "Tue 2 Apr 2019 18.05 CET Last modified on Tue 2 Apr 2019 21.40 CET", "2019-04-02" },
        { "The council met on April 2, 2019 to discuss the future of the baths.", null },
        { "February 30, 2019", null },
        { "Baths to close after roof found unsafe", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Header_date_lines_are_read_and_sentences_are_not(string line, string? expected)
    {
        Assert.Equal(expected, DateLineParser.Parse(line)?.Value);
    }

    [Theory]
    [InlineData("https://news.example/2019/04/02/story", "2019-04-02")]
    [InlineData("https://news.example/world/20190402/story.html", "2019-04-02")]
    [InlineData("https://news.example/2019-04-02-story", "2019-04-02")]
    [InlineData("https://news.example/story-12345", null)]
    public void Url_paths_carry_dates(string url, string? expected)
    {
        Assert.Equal(expected, DateLineParser.FromUrl(url));
    }

    [Theory]
    [InlineData("2019-04-02T23:30:00-05:00", "2019-04-02")]
    [InlineData("2019-04-03T01:30:00+08:00", "2019-04-03")]
    [InlineData("20190402", "2019-04-02")]
    public void Timestamps_give_their_local_day(string value, string expected)
    {
        Assert.Equal(expected, DateLineParser.FromTimestamp(value));
    }
}
