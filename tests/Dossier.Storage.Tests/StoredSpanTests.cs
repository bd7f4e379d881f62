using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Storage;

namespace Dossier.Storage.Tests;

public sealed class StoredSpanTests
{
    [Fact]
    public void SpansOfEveryLayerSurviveTheStoreJson()
    {
        const string text = "“We will keep talking,” Ambassador Lena Ortiz said. Ortiz met Premier Li Wei in Hanoi.";
        var raw = new RawArticle("t.txt", "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
        var doc = DossierPipeline.CreateDefault().Process(raw);
        Assert.NotEmpty(doc.Quotes);
        Assert.NotEmpty(doc.Events);

        var back = StoreJson.DeserializeDoc(raw, StoreJson.SerializeLayers(doc));

        Assert.Equal(doc.Sentences.ToArray(), back.Sentences.ToArray());
        Assert.Equal(doc.Quotes.ToArray(), back.Quotes.ToArray());
        Assert.Equal(doc.Events.Select(e => (e.Trigger, e.Place, e.Category)).ToArray(), back.Events.Select(e => (e.Trigger, e.Place, e.Category)).ToArray());
        Assert.Equal(doc.Events.SelectMany(e => e.Actors).ToArray(), back.Events.SelectMany(e => e.Actors).ToArray());
    }
}
