using System.Text.Json;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Evaluation;
using Dossier.Stories;
using Dossier.Testing;
using Dossier.Tests.Copies;

namespace Dossier.Tests.Stories;

public sealed class StoryClustererTests
{
    private static Dictionary<string, string> GoldStories()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        var labels = new Dictionary<string, string>();
        foreach (var section in new[] { "files", "feed_items" })
        {
            foreach (var item in gold.RootElement.GetProperty(section).EnumerateObject())
            {
                if (item.Value.TryGetProperty("story", out var story))
                    labels[item.Name] = story.GetString()!;
            }
        }
        return labels;
    }

    private static Dictionary<string, string> Predicted(CorpusSnapshot corpus, Dictionary<string, ArticleId> ids)
    {
        var storyOf = corpus.Stories.SelectMany(s => s.Articles.Select(a => (a, s.Id))).ToDictionary(x => x.a, x => x.Id);
        return ids.Where(kv => storyOf.ContainsKey(kv.Value)).ToDictionary(kv => kv.Key, kv => storyOf[kv.Value]);
    }

    [Fact]
    public void TheSamplesFormTheThreeGoldStories()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);

        var scores = ClusterScores.Score(GoldStories(), Predicted(corpus, ids));

        Assert.Equal(1.0, scores.Pairwise.F1);
        Assert.Equal(3, corpus.Stories.Length);
        Assert.All(corpus.Stories, story =>
        {
            Assert.StartsWith("2024-04", story.Start);
            Assert.StartsWith("2024-04", story.End);
        });
    }

    [Fact]
    public void EverySummarySentenceIsCitedFromAnArticleOfItsStory()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Samples);
        var byId = corpus.Articles.ToDictionary(d => d.Id);
        foreach (var story in corpus.Stories)
        {
            Assert.NotEmpty(story.SummaryEvidence);
            Assert.Equal(string.Join(" ", story.SummaryEvidence.Select(e => e.Text)), story.Summary);
            foreach (var evidence in story.SummaryEvidence)
            {
                Assert.Contains(evidence.Article, story.Articles);
                Assert.Equal(evidence.Text, byId[evidence.Article][evidence.Span]);
            }
        }
    }

    [Fact]
    public void AStoryIsTitledByAnOriginalNotByACopy()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);
        var storyA = corpus.Stories.Single(s => s.Articles.Contains(ids["a1-wire-original.txt"]));
        var copies = corpus.Copies.Select(c => c.Article).ToHashSet();
        var titled = corpus.Articles.Where(d => d.Metadata.Headline == storyA.Title).Select(d => d.Id).ToList();
        Assert.NotEmpty(titled);
        Assert.DoesNotContain(titled, copies.Contains);
    }

    [Fact]
    public void EachAssignmentIsExplainedBySharedWordsNamesAndALink()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);
        var storyB = corpus.Stories.Single(s => s.Articles.Contains(ids["b1-reuters-guangzhou.txt"]));
        Assert.Equal(storyB.Articles.Length, storyB.Explanation.Length);
        Assert.Single(storyB.Explanation, e => e.Via is null);
        Assert.All(storyB.Explanation.Where(e => e.Via is not null), e =>
        {
            Assert.Contains(e.Via!.Value, storyB.Articles);
            Assert.True(e.Score > 0);
        });
        Assert.All(storyB.Explanation, e => Assert.NotEmpty(e.Terms));
        Assert.True(storyB.Explanation.Any(e => e.Names.Contains("Lifeng") || e.Names.Contains("Yellen")),
            string.Join(" | ", storyB.Explanation.Select(e => string.Join(",", e.Names))));
    }

    [Fact]
    public void TheSeedsFormTwoStoriesTheAprilVisitAndTheEarlierOne()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Seeds);

        Assert.Equal(5, ids.Count);
        Assert.Equal([1, 4], corpus.Stories.Select(s => s.Articles.Length).Order());
        var april = corpus.Stories.Single(s => s.Articles.Length == 4);
        Assert.StartsWith("2024-04", april.End);
        var other = corpus.Stories.Single(s => s.Articles.Length == 1);
        Assert.StartsWith("003_", ids.Single(kv => kv.Value == other.Articles[0]).Key);
    }

    [Fact]
    public void AddingArticlesLaterExtendsStoriesAndKeepsTheirIds()
    {
        var (full, ids) = CorpusRun.Of(RepoPaths.Samples);
        var late = new HashSet<ArticleId> { ids["b3-page.html"], ids["a4-ai-summary.txt"], ids["c1-sentinel-washington.txt"] };
        var clusterer = new StoryClusterer();
        var early = full.Articles.Where(d => !late.Contains(d.Id)).ToList();
        var first = clusterer.Cluster(early, default, full.Copies);

        var second = clusterer.Cluster(full.Articles, first, full.Copies);

        Assert.Equal(first.Select(s => s.Id).Order(), second.Select(s => s.Id).Order());
        foreach (var before in first)
        {
            var after = second.Single(s => s.Id == before.Id);
            Assert.Superset(before.Articles.ToHashSet(), after.Articles.ToHashSet());
        }
        Assert.All(late, id => Assert.Contains(second, s => s.Articles.Contains(id)));
        Assert.Equal(1.0, ClusterScores.Score(GoldStories(), Predicted(full with { Stories = second }, ids)).Pairwise.F1);
    }

    [Fact]
    public void ANewStoryIsNamedAfterItsLowestArticleId()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Samples);
        Assert.All(corpus.Stories, s => Assert.Equal("s-" + s.Articles.Min().Value[2..], s.Id));
    }

    [Fact]
    public void TheSameCastInAnotherMonthIsAnotherStory()
    {
        // The sample articles stand as background, so that word weights are those of a corpus, not of four texts.
        var background = CorpusRun.Of(RepoPaths.Samples).Corpus.Articles;
        var spring = new[] { CopyTexts.Doc(CopyTexts.Original, "2024-03-04"), CopyTexts.Doc(CopyTexts.Syndicated, "2024-03-05") };
        var summer = new[] { CopyTexts.Doc(CopyTexts.Spun, "2024-07-04"), CopyTexts.Doc(CopyTexts.Summary, "2024-07-05") };
        Doc[] all = [.. background, .. spring, .. summer];

        var stories = new StoryClusterer().Cluster(all);
        var timeless = new StoryClusterer(new StoryOptions { MaxSpanDays = 100_000 }).Cluster(all);

        Assert.Contains(stories, s => s.Articles.Order().SequenceEqual(spring.Select(d => d.Id).Order()) && s.Start == "2024-03-04" && s.End == "2024-03-05");
        Assert.Contains(stories, s => s.Articles.Order().SequenceEqual(summer.Select(d => d.Id).Order()) && s.Start == "2024-07-04" && s.End == "2024-07-05");
        Assert.Contains(timeless, s => s.Articles.Order().SequenceEqual(spring.Concat(summer).Select(d => d.Id).Order()));
    }

    [Fact]
    public void ClusteringIsDeterministic()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Samples);
        var again = new StoryClusterer().Cluster(corpus.Articles, default, corpus.Copies);
        Assert.Equal(
            JsonSerializer.Serialize(corpus.Stories),
            JsonSerializer.Serialize(again));
    }
}
