using Dossier.Testing;
using Dossier.Tests.Stories;

namespace Dossier.Tests.Comparison;

// Reads the seed reports at run time; none of their sentences is written here.
public sealed class FactComparerSeedTests
{
    [Fact]
    public void TheSeedsYearsCountAndTheirSinceDateAreFoundToAgree()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Seeds);
        var names = ids.ToDictionary(kv => kv.Value, kv => kv.Key[..3]);

        var duration = Assert.Single(corpus.Contradictions, c => c.Kind == "duration");

        Assert.True(duration.Agrees, duration.Note);
        Assert.Equal(["000", "004"], new[] { names[duration.Evidence[0].Article], names[duration.AgainstEvidence[0].Article] }.Order(StringComparer.Ordinal));
        Assert.Contains("gives 2010", duration.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSeedFindingComparesReportsOfTwoDifferentStories()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Seeds);
        var storyOf = corpus.Stories.SelectMany(s => s.Articles.Select(a => (a, s.Id))).ToDictionary(x => x.a, x => x.Id);

        Assert.All(corpus.Contradictions, c => Assert.Equal(storyOf[c.Evidence[0].Article], storyOf[c.AgainstEvidence[0].Article]));
    }

    [Fact]
    public void NoSeedStorySummaryQuotesTwoFragmentsRunTogether()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Seeds);

        Assert.All(corpus.Stories.SelectMany(s => s.SummaryEvidence), e => Assert.False(global::Dossier.Stories.SummaryRules.LooksSpliced(e.Text), e.Text));
    }
}
