using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Export.Json;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Quotes;

public sealed class QuoteRecorderTests
{
    private const string Text = "Lena Ortiz arrived.\n\n“We will keep talking,” she said. The mayor said the bridge would reopen.";

    private static CorpusSnapshot Corpus(ImmutableArray<Entity> entities)
    {
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), Text, "a.txt");
        return CorpusSnapshot.Empty with { Articles = [doc], Entities = entities };
    }

    private static CorpusSnapshot Run(CorpusSnapshot corpus) =>
        new QuoteRecorder().Run(corpus, new StageContext("quote-records", TimeProvider.System, CancellationToken.None));

    [Fact]
    public void EveryQuoteBecomesARecordWithSpeakerWordsAndContentOffsets()
    {
        var corpus = Run(Corpus([]));
        var doc = corpus.Articles[0];
        Assert.Equal(doc.Quotes.Length, corpus.Quotes.Length);
        var direct = Assert.Single(corpus.Quotes, q => q.Direct);
        Assert.Equal("Lena Ortiz", direct.SpeakerText); // the words "she" refers to, not the pronoun
        Assert.Equal("We will keep talking", direct.Text);
        Assert.Equal(direct.Text, Text[direct.Start..direct.End]);
        Assert.Null(direct.Speaker);
        Assert.StartsWith("q-", direct.Id, StringComparison.Ordinal);
        Assert.Contains(corpus.Quotes, q => !q.Direct && q.SpeakerText == "The mayor");
    }

    [Fact]
    public void APronounSpeakerIsLinkedToTheEntityItRefersTo()
    {
        var doc = Corpus([]).Articles[0];
        var ortiz = new Entity("e-ortiz", "Lena Ortiz", EntityKind.Person, ["Lena Ortiz"], [], [new EntityMention(doc.Id, 0, 10, "Lena Ortiz")]);
        var corpus = Run(Corpus([ortiz]));
        Assert.Equal("e-ortiz", Assert.Single(corpus.Quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void AnUnnamedSpeakerIsNotLinkedToTheOrganisationInItsDescription()
    {
        const string text = "“We are ready,” a State Department spokesperson said.";
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), text, "b.txt");
        var at = text.IndexOf("State Department", StringComparison.Ordinal);
        var department = new Entity("e-dos", "State Department", EntityKind.Org, ["State Department"], [], [new EntityMention(doc.Id, at, at + 16, "State Department")]);
        var corpus = Run(CorpusSnapshot.Empty with { Articles = [doc], Entities = [department] });
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal("a State Department spokesperson", quote.SpeakerText);
        Assert.Null(quote.Speaker);
    }

    // The speaker words of a record: what a pronoun or "the official" refers to, the phrase itself otherwise.
    public static TheoryData<string, string, string> SpeakerTextCases => new()
    {
        { "“We are ready,” a senior harbour official said. “We will open,” the official added.", "We will open", "a senior harbour official" },
        { "Maria Chen arrived in Oslo.\n\n“The plan is sound,” she said.", "The plan is sound", "Maria Chen" },
        { "“The plan is sound,” Economist Maria Chen said.", "The plan is sound", "Economist Maria Chen" },
        { "“Nobody told us about the plan.”", "Nobody told us about the plan.", "" },
    };

    [Theory]
    [MemberData(nameof(SpeakerTextCases))]
    public void TheSpeakerTextNamesWhoSpokeRatherThanThePronoun(string text, string content, string speakerText)
    {
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), text, "c.txt");
        var corpus = Run(CorpusSnapshot.Empty with { Articles = [doc] });
        Assert.Equal(speakerText, Assert.Single(corpus.Quotes, q => q.Text == content).SpeakerText);
    }

    [Fact]
    public void ReportedSpeechThatIsOnlyAVerbsObjectIsNotRecorded()
    {
        const string text = "Norway claims the disputed islands as its own. The ministry said talks would resume.";
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), text, "d.txt");
        Assert.Contains(doc.Quotes, q => q.ObjectOnly);
        var corpus = Run(CorpusSnapshot.Empty with { Articles = [doc] });
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal("talks would resume", quote.Text);
    }

    [Fact]
    public void IdsAreStableAndTheExportListsTheQuotes()
    {
        var first = Run(Corpus([]));
        var second = Run(Corpus([]));
        Assert.Equal(first.Quotes.Select(q => q.Id), second.Quotes.Select(q => q.Id));
        Assert.Equal(first.Quotes.Length, first.Quotes.Select(q => q.Id).Distinct().Count());
        var json = JsonExporter.ToJson(first);
        Assert.Contains("\"speaker_text\": \"Lena Ortiz\"", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonExporter.ToJson(second));
    }
}
