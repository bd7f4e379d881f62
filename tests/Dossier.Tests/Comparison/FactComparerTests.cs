using Dossier.Comparison;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Comparison;

// Every corpus here is hand-written: two reports of one invented story, run through the default pipeline, then
// compared as one story.
public sealed class FactComparerTests
{
    private static readonly DossierPipeline Pipeline = DossierPipeline.CreateDefault();

    private static RawArticle Raw(string name, string body, string date = "May 10, 2024")
    {
        var text = $"Floods in the Varno valley\n\n{date}\n\n{body}";
        return new RawArticle(name, "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
    }

    private static List<Contradiction> Compare(params RawArticle[] raws)
    {
        var docs = Pipeline.ProcessMany(raws);
        var corpus = Pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id.Value, StringComparer.Ordinal)] });
        var story = new Story("s-test", "Floods", [.. corpus.Articles.Select(d => d.Id)], null, null, "");
        corpus = corpus with { Stories = [story], Contradictions = [] };
        return [.. new FactComparer().Run(corpus, new StageContext("facts", TimeProvider.System, default)).Contradictions];
    }

    [Fact]
    public void TwoDeathTollsForOneLandslideAreAContradictionWithBothSentencesCited()
    {
        var found = Compare(
            Raw("a.txt", "A landslide in the hill town of Kesra killed 12 people on Monday, the regional governor said."),
            Raw("b.txt", "A landslide in the hill town of Kesra killed 15 people on Monday, according to the regional governor."));
        var count = Assert.Single(found, f => f.Kind == "count");
        Assert.False(count.Agrees);
        Assert.Equal(["killed 12", "killed 15"], new[] { count.Claim, count.Against }.Order(StringComparer.Ordinal));
        Assert.Contains("killed 12 people", count.Evidence.Concat(count.AgainstEvidence).Single(e => e.Text.Contains("12", StringComparison.Ordinal)).Text);
        Assert.Contains("killed 15 people", count.Evidence.Concat(count.AgainstEvidence).Single(e => e.Text.Contains("15", StringComparison.Ordinal)).Text);
    }

    public static TheoryData<string, string> SameCountsInOtherWords => new()
    {
        { "The ministry pledged $1 billion for the reconstruction of Kesra.", "The ministry pledged 1bn dollars to rebuild Kesra." },
        { "Rescuers searched the mud of Kesra for more than five hours before dusk.", "Rescuers searched the mud of Kesra for over 5 hours before dusk." },
        { "Rescuers from Kesra worked through three nights in the rain.", "Rescuers from Kesra worked through 3 nights in the rain." },
    };

    [Theory]
    [MemberData(nameof(SameCountsInOtherWords))]
    public void TheSameCountInOtherWordsIsAnAgreement(string one, string other)
    {
        var found = Compare(Raw("a.txt", one), Raw("b.txt", other));
        var count = Assert.Single(found);
        Assert.Equal("count", count.Kind);
        Assert.True(count.Agrees, count.Note);
    }

    [Fact]
    public void CountsOfDifferentThingsAreNotCompared()
    {
        var found = Compare(
            Raw("a.txt", "The landslide in Kesra killed 12 people and destroyed the old bridge."),
            Raw("b.txt", "The landslide in Kesra injured 40 people and destroyed the old bridge."));
        Assert.DoesNotContain(found, f => f.Kind == "count" && !f.Agrees);
    }

    [Fact]
    public void APersonGivenTwoDifferentPostsIsAContradiction()
    {
        var found = Compare(
            Raw("a.txt", "Foreign Minister Mara Telesco visited the flooded town of Kesra on Tuesday and met rescuers."),
            Raw("b.txt", "Vice Premier Mara Telesco visited the flooded town of Kesra on Tuesday and met volunteers."));
        var title = Assert.Single(found, f => f.Kind == "title");
        Assert.False(title.Agrees);
        Assert.Equal(["Mara Telesco: Foreign Minister", "Mara Telesco: Vice Premier"], new[] { title.Claim, title.Against }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OneTitleInTwoSpellingsIsAnAgreementAndARankIsNoOtherPost()
    {
        var found = Compare(
            Raw("a.txt", "Defence Minister Oskar Brandt flew over the flooded town of Kesra on Tuesday."),
            Raw("b.txt", "Defense Minister Oskar Brandt flew over the flooded town of Kesra on Tuesday. Adm. Oskar Brandt later spoke to reporters."));
        var title = Assert.Single(found, f => f.Kind == "title");
        Assert.True(title.Agrees);
    }

    [Fact]
    public void AQuoteWordedDifferentlyListsTheWordsThatChanged()
    {
        var found = Compare(
            Raw("a.txt", "\"We will rebuild every road in Kesra before the winter,\" Telesco said on Tuesday."),
            Raw("b.txt", "\"We are going to reconstruct every road in Kesra before the winter,\" Telesco said on Tuesday."));
        var quote = Assert.Single(found, f => f.Kind == "quote");
        Assert.False(quote.Agrees);
        Assert.True(quote.Note.Contains("will rebuild → are going to reconstruct", StringComparison.Ordinal)
            || quote.Note.Contains("are going to reconstruct → will rebuild", StringComparison.Ordinal), quote.Note);
        Assert.StartsWith("“We", quote.Claim);
    }

    public static TheoryData<string, string, bool> Durations => new()
    {
        { "It was the first flood of this size in the Kesra valley in 14 years, officials said.", "It was the worst flood in the Kesra valley since 2010, officials said.", true },
        { "It was the first flood of this size in the Kesra valley in 14 years, officials said.", "It was the worst flood in the Kesra valley since 2005, officials said.", false },
        { "She is the first premier to visit the Kesra valley in 14 years, officials said.", "No premier had visited the Kesra valley since Olga Varn in 2010, officials said.", true },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void AYearsCountIsCheckedAgainstASinceDateUsingTheReportsDate(string one, string other, bool agrees)
    {
        var found = Compare(Raw("a.txt", one), Raw("b.txt", other));
        var duration = Assert.Single(found, f => f.Kind == "duration");
        Assert.Equal(agrees, duration.Agrees);
        Assert.Contains("2010", duration.Note, StringComparison.Ordinal); // 2024 − 14
    }

    [Fact]
    public void RunningTheStageAgainListsNothingTwice()
    {
        var docs = Pipeline.ProcessMany([
            Raw("a.txt", "A landslide in the hill town of Kesra killed 12 people on Monday, the regional governor said."),
            Raw("b.txt", "A landslide in the hill town of Kesra killed 15 people on Monday, according to the regional governor.")]);
        var corpus = Pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id.Value, StringComparer.Ordinal)] });
        corpus = corpus with { Stories = [new Story("s-test", "Floods", [.. corpus.Articles.Select(d => d.Id)], null, null, "")] };
        var stage = new FactComparer();
        var once = stage.Run(corpus, new StageContext("facts", TimeProvider.System, default));

        var twice = stage.Run(once, new StageContext("facts", TimeProvider.System, default));

        Assert.Equal(once.Contradictions.Select(c => (c.Kind, c.Claim, c.Against, c.Agrees, c.Note)),
            twice.Contradictions.Select(c => (c.Kind, c.Claim, c.Against, c.Agrees, c.Note)));
        Assert.Contains(once.Contradictions, c => c.Kind == "count");
    }

    [Fact]
    public void IdenticalCopiesNeitherContradictNorAgree()
    {
        const string body = "A landslide in Kesra killed 12 people on Monday. The ministry pledged $1 billion for the valley. " +
            "Foreign Minister Mara Telesco visited on Tuesday. \"We will rebuild every road in Kesra before the winter,\" Telesco said. " +
            "It was the first flood of this size in the valley in 14 years, officials said.";
        var found = Compare(Raw("a.txt", body), Raw("b.txt", body + "\n\nCopyright Kesra Courier."));
        Assert.Empty(found);
    }
}
