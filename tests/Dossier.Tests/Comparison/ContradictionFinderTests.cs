using Dossier.Comparison;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Tests.Briefing;
using Dossier.Text;

namespace Dossier.Tests.Comparison;

public sealed class ContradictionFinderTests
{
    private static Doc WithEvent(Doc doc, string trigger, string? date, string status)
    {
        var start = doc.Text.IndexOf(trigger, StringComparison.Ordinal);
        var mention = new EventMention(new TextSpan(start, start + trigger.Length), "CONSULT", "meet", "040", [], [], null, date, status);
        return doc with { Events = [mention], Layers = doc.Layers | Layers.Events };
    }

    private static CorpusSnapshot Corpus(string? wireDate, string wireStatus, string? rewriteDate, string rewriteStatus)
    {
        var wire = WithEvent(BriefFixture.Doc(BriefFixture.WireText, "wire.txt", "Wire", "2024-03-04"), "met", wireDate, wireStatus);
        var rewrite = WithEvent(BriefFixture.Doc(BriefFixture.RewriteText, "rewrite.txt", "Spun", "2024-03-06"), "held talks", rewriteDate, rewriteStatus);
        var merged = new CorpusEvent("v-1", "CONSULT", "meet", "040", ["e-kovac"], ["e-lenz"], null, wireDate, "happened", null,
            [BriefFixture.Cite(wire, "met her Sylvanian counterpart"), BriefFixture.Cite(rewrite, "held talks with Piotr Lenz")]);
        var kovac = new Entity("e-kovac", "Ana Kovac", EntityKind.Person, [], [], []);
        var lenz = new Entity("e-lenz", "Piotr Lenz", EntityKind.Person, [], [], []);
        return new CorpusSnapshot { Articles = [wire, rewrite], Events = [merged], Entities = [kovac, lenz] };
    }

    private static IReadOnlyList<Contradiction> Find(CorpusSnapshot corpus) =>
        new ContradictionFinder().Run(corpus, new StageContext("contradictions", TimeProvider.System, default)).Contradictions;

    [Fact]
    public void TwoDaysForOneMeetingAreListedWithBothReportsCited()
    {
        var contradiction = Assert.Single(Find(Corpus("2024-03-04", "happened", "2024-03-05", "happened")));
        Assert.Equal("Ana Kovac meet with Piotr Lenz on 2024-03-04", contradiction.Claim);
        Assert.Equal("Ana Kovac meet with Piotr Lenz on 2024-03-05", contradiction.Against);
        Assert.Contains("met her Sylvanian counterpart", Assert.Single(contradiction.Evidence).Text);
        Assert.Contains("held talks with Piotr Lenz", Assert.Single(contradiction.AgainstEvidence).Text);
    }

    [Theory]
    [InlineData("2024-03-04", "2024-03")]
    [InlineData("2024-03-05", "2024-03-04/2024-03-06")]
    [InlineData("2024-03-05", "2024-W10")]
    [InlineData("2024-03-04", null)]
    public void DatesThatCanBothBeRightAreNotAContradiction(string wire, string? rewrite)
    {
        Assert.Empty(Find(Corpus(wire, "happened", rewrite, "happened")));
    }

    [Fact]
    public void AMentionWhoseSentenceSharesNothingWithTheOtherReportIsNotCompared()
    {
        var wire = WithEvent(BriefFixture.Doc(BriefFixture.WireText, "wire.txt", "Wire", "2024-03-04"), "met", "2024-03-04", "happened");
        var other = WithEvent(BriefFixture.Doc("Harvest festivals drew large crowds to rural markets this autumn.", "other.txt", "Other", "2024-03-06"), "drew", "2024-03-09", "happened");
        var merged = new CorpusEvent("v-1", "CONSULT", "meet", "040", [], [], null, null, "happened", null,
            [BriefFixture.Cite(wire, "met her Sylvanian counterpart"), BriefFixture.Cite(other, "drew large crowds")]);

        Assert.Empty(Find(new CorpusSnapshot { Articles = [wire, other], Events = [merged] }));
    }

    [Fact]
    public void ReportsInTwoDifferentStoriesAreNotCompared()
    {
        var corpus = Corpus("2024-03-04", "happened", "2024-03-05", "happened");
        corpus = corpus with
        {
            Stories = [new Story("s-1", "one", [corpus.Articles[0].Id], null, null, ""), new Story("s-2", "two", [corpus.Articles[1].Id], null, null, "")],
        };
        Assert.Empty(Find(corpus));
    }

    [Fact]
    public void APlanInTheEarlierReportAndTheDeedInTheLaterOneIsListedAsTheStoryMovingOn()
    {
        var contradiction = Assert.Single(Find(Corpus(null, "planned", null, "happened")));
        Assert.EndsWith("(planned)", contradiction.Claim);
        Assert.EndsWith("(happened)", contradiction.Against);
        Assert.Contains("moved on", contradiction.Note);
    }
}
