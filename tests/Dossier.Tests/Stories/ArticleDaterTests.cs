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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDateAnArticleIsAboutComesFromItsMetadataElseItsOwnDates(string text, string? published, string? expected)
    {
        var date = ArticleDater.Date(CopyTexts.Doc(text, published));
        Assert.Equal(expected, date?.Iso);
    }
}
