using Dossier.Copies;

namespace Dossier.Tests.Copies;

public sealed class CopyClassifierTests
{
    private static readonly CopyOptions Options = new();

    public static TheoryData<string, string, string?> Pairs => new()
    {
        { CopyTexts.Original, CopyTexts.Original + "\n", CopyKinds.Duplicate },
        { CopyTexts.Original, CopyTexts.Syndicated, CopyKinds.Syndicated },
        { CopyTexts.Original, CopyTexts.Spun, CopyKinds.Rewrite },
        { CopyTexts.Original, CopyTexts.Summary, CopyKinds.Rewrite },
        { CopyTexts.Original, CopyTexts.Independent, null },
        { CopyTexts.Spun, CopyTexts.Independent, null },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void EachPairGetsTheKindOfCopyItIs(string a, string b, string? expected)
    {
        var classifier = new CopyClassifier(Options);
        var first = CopyProfile.Build(CopyTexts.Doc(a), Options.ShingleSize);
        var second = CopyProfile.Build(CopyTexts.Doc(b), Options.ShingleSize);

        var verdict = classifier.Classify(first, second);

        Assert.True(expected == verdict.Kind, $"expected {expected ?? "no copy"}, got {verdict}");
        Assert.Equal(verdict.Kind, classifier.Classify(second, first).Kind);
    }

    [Fact]
    public void TheDetectorLinksEveryCopyToTheWireOriginal()
    {
        var original = CopyTexts.Doc(CopyTexts.Original, "2024-03-04");
        var syndicated = CopyTexts.Doc(CopyTexts.Syndicated, "2024-03-04");
        var spun = CopyTexts.Doc(CopyTexts.Spun, "2024-03-06");
        var summary = CopyTexts.Doc(CopyTexts.Summary, "2024-03-07");
        var independent = CopyTexts.Doc(CopyTexts.Independent, "2024-03-04");

        var links = new CopyDetector().Detect([summary, independent, spun, syndicated, original]);

        Assert.Equal(3, links.Length);
        Assert.All(links, link => Assert.Equal(original.Id, link.Of));
        Assert.All(links, link => Assert.Equal("AFP", link.Wire));
        Assert.Equal(CopyKinds.Syndicated, links.Single(l => l.Article == syndicated.Id).Kind);
        Assert.Equal(CopyKinds.Rewrite, links.Single(l => l.Article == spun.Id).Kind);
        Assert.Equal(CopyKinds.Rewrite, links.Single(l => l.Article == summary.Id).Kind);
        Assert.DoesNotContain(links, l => l.Article == independent.Id);
    }

    [Fact]
    public void CopiesMonthsApartAreNotCompared()
    {
        var original = CopyTexts.Doc(CopyTexts.Original, "2024-03-04");
        var late = CopyTexts.Doc(CopyTexts.Syndicated, "2024-09-04");
        Assert.Empty(new CopyDetector().Detect([original, late]));
    }
}
