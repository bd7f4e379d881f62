using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Storage;
using Dossier.Text;

namespace Dossier.Tests.Storage;

public sealed class StoreJsonTests
{
    [Fact]
    public void StoredLayersKeepTheirSpans()
    {
        const string text = "Ana Ruiz visited Lima.";
        var raw = new RawArticle("a.txt", "", SourceKind.Text, text, "0123456789abcdef", "utf-8");
        var doc = Doc.From(raw) with
        {
            Text = text,
            Tokens = [new Token(new TextSpan(0, 3)), new Token(new TextSpan(4, 8))],
            Sentences = [new Sentence(new TextSpan(0, 22))],
            Mentions = [new Mention(new TextSpan(0, 8), EntityKind.Person, "person:ana ruiz")],
        };

        var back = StoreJson.DeserializeDoc(raw, StoreJson.SerializeLayers(doc));

        Assert.Equal(doc.Tokens.ToArray(), back.Tokens.ToArray());
        Assert.Equal(doc.Sentences.ToArray(), back.Sentences.ToArray());
        Assert.Equal(doc.Mentions.ToArray(), back.Mentions.ToArray());
        Assert.Equal("Ana Ruiz", back[back.Mentions[0].Span]);
    }
}
