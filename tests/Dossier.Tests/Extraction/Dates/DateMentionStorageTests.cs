using Dossier.Documents;
using Dossier.Extraction.Dates;
using Dossier.Ingest;
using Dossier.Storage;

namespace Dossier.Tests.Extraction.Dates;

public sealed class DateMentionStorageTests
{
    [Fact]
    public void StoredDatesComeBackWithTheirSpansCuesAndValues()
    {
        const string text = "It was the first visit in 14 years. The ministers will meet on Friday.";
        var raw = new RawArticle("x.txt", "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
        var doc = Doc.From(raw) with { Text = text, Dates = new DateResolver().Resolve(text, "2024-04-22") };

        var back = StoreJson.DeserializeDoc(raw, StoreJson.SerializeLayers(doc));

        Assert.Equal(doc.Dates.ToArray(), back.Dates.ToArray());
        Assert.Equal(["14 years", "Friday"], back.Dates.Select(d => back[d.Span]));
        Assert.Equal("on Friday", back[back.Dates[1].Evidence]);
        Assert.Equal("2010", back.Dates[0].Implied);
    }
}
