using System.Text;
using Dossier.Documents;
using Dossier.Evaluation;
using Dossier.Ingest;

namespace Dossier.Tests.Evaluation;

public sealed class SyntheticCopiesTests
{
    // Twelve hand-written articles of six sentences or more, in two stories.
    private static StoryGoldSet Set()
    {
        var articles = Enumerable.Range(0, 12).Select(i =>
        {
            var text = $"Flood report number {i}\n\n" + string.Join("\n\n", Enumerable.Range(0, 4).Select(p =>
                $"Officials in the town of Kesra said on day {i} that the river had risen again. The government said it would help people leave their homes. " +
                $"Police closed the old bridge, and rescuers worked through the night in paragraph {p}."));
            var raw = new RawArticle($"n{i:00}.json", "", SourceKind.Text, text, ArticleId.Hash(Encoding.UTF8.GetBytes(text)), "utf-8");
            return new GoldArticle($"n{i:00}.json", raw, i % 2 == 0 ? "even" : "odd", "2024-05-10", $"Flood report number {i}");
        });
        return new StoryGoldSet("test", [.. articles], [], []);
    }

    [Fact]
    public void TheSameSetAndSeedGiveTheSameVariants()
    {
        var one = SyntheticCopies.Add(Set(), every: 2);
        var two = SyntheticCopies.Add(Set(), every: 2);

        Assert.Equal(one.Articles.Select(a => a.Raw.Content), two.Articles.Select(a => a.Raw.Content));
        Assert.NotEqual(one.Articles.Length, Set().Articles.Length);
    }

    [Fact]
    public void EveryVariantIsAGoldCopyOfItsSourceInTheSourcesStory()
    {
        var set = SyntheticCopies.Add(Set(), every: 1);
        var byKey = set.Articles.ToDictionary(a => a.Key);

        Assert.Equal(set.Articles.Count(a => a.Synthetic), set.Copies.Length);
        Assert.All(set.Copies, copy =>
        {
            Assert.True(byKey[copy.Copy].Synthetic);
            Assert.False(byKey[copy.Of].Synthetic);
            Assert.Equal(byKey[copy.Of].Story, byKey[copy.Copy].Story);
            Assert.NotEqual(byKey[copy.Of].Raw.Content, byKey[copy.Copy].Raw.Content);
        });
        Assert.Equal(SyntheticCopies.Kinds.Order(), set.Copies.Select(c => c.Kind).Distinct().Order());
    }

    [Fact]
    public void ASpunVariantSwapsWordsButKeepsTheNames()
    {
        var set = SyntheticCopies.Add(Set(), every: 1);
        var spun = set.Articles.First(a => a.Key.EndsWith("#rewrite", StringComparison.Ordinal));

        Assert.Contains("Kesra", spun.Raw.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("The government said", spun.Raw.Content, StringComparison.Ordinal);
    }
}
