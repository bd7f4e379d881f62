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
        Assert.Equal("she", direct.SpeakerText);
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

    [Fact]
    public void IdsAreStableAndTheExportListsTheQuotes()
    {
        var first = Run(Corpus([]));
        var second = Run(Corpus([]));
        Assert.Equal(first.Quotes.Select(q => q.Id), second.Quotes.Select(q => q.Id));
        Assert.Equal(first.Quotes.Length, first.Quotes.Select(q => q.Id).Distinct().Count());
        var json = JsonExporter.ToJson(first);
        Assert.Contains("\"speaker_text\": \"she\"", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonExporter.ToJson(second));
    }
}
