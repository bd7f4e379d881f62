using Dossier.Corpus;
using Dossier.Issues;
using Dossier.Pipeline;
using Dossier.Testing;
using Dossier.Tests.Copies;
using Dossier.Tests.Stories;

namespace Dossier.Tests.Issues;

public sealed class IssueTaggerTests
{
    public static TheoryData<string, string> SampleIssues => new()
    {
        // a file of the story, an issue it must be tagged with
        { "a1-wire-original.txt", "Taiwan" },
        { "a1-wire-original.txt", "Russia/Ukraine" },
        { "a1-wire-original.txt", "TikTok" },
        { "a1-wire-original.txt", "AI" },
        { "b1-reuters-guangzhou.txt", "Trade" },
        { "c2-afp-beijing.txt", "South China Sea" },
        { "c2-afp-beijing.txt", "Taiwan" },
    };

    [Theory]
    [MemberData(nameof(SampleIssues))]
    public void EachSampleStoryIsTaggedWithTheIssuesItsReportsDiscuss(string file, string issue)
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);
        var story = corpus.Stories.Single(s => s.Articles.Contains(ids[file]));
        var record = corpus.Issues.Single(i => i.Name == issue);
        Assert.Contains(story.Id, record.Stories);
        Assert.Contains(record.Evidence, e => story.Articles.Contains(e.Article));
    }

    [Fact]
    public void EvidenceIsASentenceOfTheArticleThatNamesTheIssue()
    {
        var (corpus, _) = CorpusRun.Of(RepoPaths.Samples);
        var byId = corpus.Articles.ToDictionary(d => d.Id);
        Assert.NotEmpty(corpus.Issues);
        foreach (var record in corpus.Issues)
        {
            var rule = IssueRules.Issues.Single(r => r.Name == record.Name);
            Assert.All(record.Evidence, e =>
            {
                Assert.Equal(e.Text, byId[e.Article][e.Span]);
                Assert.Matches(rule.Pattern, e.Text);
            });
        }
    }

    [Fact]
    public void TheYellenStoryIsNotAboutTikTokOrArtificialIntelligence()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);
        var storyB = corpus.Stories.Single(s => s.Articles.Contains(ids["b1-reuters-guangzhou.txt"]));
        Assert.DoesNotContain(corpus.Issues, i => i.Name is "TikTok" or "AI" && i.Stories.Contains(storyB.Id));
    }

    [Fact]
    public void OnePassingMentionDoesNotMakeAnIssueOfAStory()
    {
        var once = CopyTexts.Doc("The ferry company said fentanyl was never found on board. Ticket prices stay the same.", "2024-03-04");
        var twice = CopyTexts.Doc("Customs seized fentanyl at the port. The fentanyl was hidden in crates of fruit.", "2024-03-04");
        var corpus = CorpusSnapshot.Empty with
        {
            Articles = [once, twice],
            Stories =
            [
                new Story("s-once", "once", [once.Id], null, null, ""),
                new Story("s-twice", "twice", [twice.Id], null, null, ""),
            ],
        };

        var issues = new IssueTagger().Run(corpus, new StageContext("issues", TimeProvider.System, default)).Issues;

        var fentanyl = Assert.Single(issues);
        Assert.Equal(["s-twice"], fentanyl.Stories.ToArray());
    }
}
