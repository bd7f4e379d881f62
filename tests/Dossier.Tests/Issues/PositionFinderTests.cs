using Dossier.Corpus;
using Dossier.Issues;
using Dossier.Pipeline;
using Dossier.Tests.Briefing;

namespace Dossier.Tests.Issues;

public sealed class PositionFinderTests
{
    private static CorpusSnapshot Run(CorpusSnapshot corpus) =>
        new PositionFinder().Run(corpus, new StageContext("positions", TimeProvider.System, default));

    private static CorpusSnapshot Corpus(params CorpusQuote[] quotes)
    {
        var corpus = BriefFixture.Build();
        var text = "Kovac said \"Freedonia will press Sylvania on Taiwan and on fentanyl precursors\" before the talks.";
        var doc = BriefFixture.Doc(text, "taiwan.txt", "Wire", "2024-03-04");
        var story = corpus.Stories[0] with { Articles = [.. corpus.Stories[0].Articles, doc.Id] };
        return corpus with
        {
            Articles = [.. corpus.Articles, doc],
            Stories = [story],
            Quotes = [.. quotes.Select(q => q with { Article = q.Article == default ? doc.Id : q.Article })],
            Issues = [new IssueRecord("i-taiwan", "Taiwan", [story.Id], []), new IssueRecord("i-fentanyl", "Fentanyl", [story.Id], [])],
        };
    }

    [Fact]
    public void AQuoteThatUsesAnIssuesWordsIsAPositionOfItsSpeakerCited()
    {
        var quote = new CorpusQuote("q-1", "e-kovac", "Kovac", "Freedonia will press Sylvania on Taiwan and on fentanyl precursors", true, default, 12, 78);
        var issues = Run(Corpus(quote)).Issues;
        foreach (var issue in issues)
        {
            var position = Assert.Single(issue.Positions);
            Assert.Equal("e-kovac", position.Holder);
            Assert.StartsWith("“Freedonia will press", position.Stance);
            Assert.Equal(quote.Text, Assert.Single(position.Evidence).Text);
        }
    }

    [Fact]
    public void PronounSpeakersNobodyWasResolvedToAndFragmentsHoldNoPosition()
    {
        var pronoun = new CorpusQuote("q-1", null, "he", "Freedonia will press Sylvania on Taiwan and on fentanyl precursors", true, default, 12, 78);
        var fragment = new CorpusQuote("q-2", "e-kovac", "Kovac", "on Taiwan", true, default, 50, 59);
        Assert.All(Run(Corpus(pronoun, fragment)).Issues, issue => Assert.Empty(issue.Positions));
    }
}
