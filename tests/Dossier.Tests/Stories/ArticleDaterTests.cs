using Dossier.Stories;
using Dossier.Tests.Copies;

namespace Dossier.Tests.Stories;

public sealed class ArticleDaterTests
{
    public static TheoryData<string, string?, string?> Cases => new()
    {
        // text, published, expected date
        { "The talks ended on Friday.", "2024-04-26", "2024-04-26" },
        { "Leaders met on April 25, 2024 and again on 26 April 2024. Back in February 2022 things differed. On April 25, 2024 they spoke.", null, "2024-04-25" },
        { "The plan was agreed in March 2019, confirmed in March 2019 and reported in May 2021.", null, "2019-03" },
        { "Posted 17/04/2024. The ministers spoke on Tuesday.", null, "2024-04-17" },
        { "Nothing here has a date at all.", null, null },
        // A scrape or republication date long after the events the text dates in full: the text wins.
        { "The terminal opened on March 4, 2024. Photo taken March 4, 2024. Crowds returned on March 5, 2024.", "2024-11-25", "2024-03-04" },
        // A few weeks later is an ordinary follow-up: the publication date stands.
        { "The terminal opened on March 4, 2024. Photo taken March 4, 2024. Crowds returned on March 5, 2024.", "2024-04-20", "2024-04-20" },
        // Dated in full only once: too little to overrule the publication date.
        { "The terminal opened on March 4, 2024, the mayor recalled.", "2024-11-25", "2024-11-25" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDateAnArticleIsAboutComesFromItsMetadataElseItsOwnDates(string text, string? published, string? expected)
    {
        var date = ArticleDater.Date(CopyTexts.Doc(text, published));
        Assert.Equal(expected, date?.Iso);
    }
}
