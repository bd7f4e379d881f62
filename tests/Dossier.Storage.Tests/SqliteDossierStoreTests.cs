using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using Dossier.Testing;
using Dossier.Text;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>The store contract, run against a real SQLite file.</summary>
public sealed class SqliteDossierStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DossierPipeline _pipeline = DossierPipeline.CreateDefault();

    public void Dispose() => _directory.Dispose();

    private SqliteDossierStore Open(string name = "store.db") => SqliteDossierStore.Open(_directory.File(name));

    private Doc Process(string source, string text, string itemKey = "") =>
        _pipeline.Process(new RawArticle(source, itemKey, SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8"));

    [Fact]
    public void ANewStoreIsAtTheLatestSchemaVersionInWalMode()
    {
        using var store = Open();
        Assert.Equal(1, store.SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void ArticlesRoundTripWithTheirLayers()
    {
        var doc = Process("a.txt", "A headline with several words\n\nFirst paragraph.\n\nSecond paragraph.");
        using (var store = Open())
            Assert.Equal([SaveOutcome.Added], store.SaveBatch([doc]).ToArray());
        using var reopened = Open();
        var loaded = Assert.Single(reopened.LoadArticles());
        Assert.Equal(doc.Id, loaded.Id);
        Assert.Equal(doc.Text, loaded.Text);
        Assert.Equal(doc.Metadata.Headline, loaded.Metadata.Headline);
        Assert.Equal(doc.Layers, loaded.Layers);
        Assert.Equal(doc.Raw, loaded.Raw);
    }

    [Fact]
    public void AnnotationSpansAndEvidenceRoundTripExactly()
    {
        var doc = Process("a.txt", "A headline with several words\n\nBlinken met Wang Yi on Friday in Beijing.");
        var start = doc.Text.IndexOf("Wang Yi", StringComparison.Ordinal);
        var span = new TextSpan(start, start + "Wang Yi".Length);
        doc = doc with
        {
            Mentions = [new Mention(span, EntityKind.Person, "wang-yi")],
            Dates = [new DateMention(new TextSpan(doc.Text.IndexOf("Friday", StringComparison.Ordinal), doc.Text.IndexOf("Friday", StringComparison.Ordinal) + 6), "2024-04-26")],
        };
        using var store = Open();
        store.SaveBatch([doc]);
        var story = new Story("s-1", "Talks", [doc.Id], null, null, "Summary.");
        var entity = new Entity("e-1", "Wang Yi", EntityKind.Person, ["Wang Yi"], [new Role("Foreign Minister", "China", null, [Evidence.Of(doc, span)])], [new EntityMention(doc.Id, span.Start, span.End, "Wang Yi")]);
        store.SaveCorpus(CorpusSnapshot.Empty with { Stories = [story], Entities = [entity] });

        var loaded = Assert.Single(store.LoadArticles());
        Assert.Equal(doc.Mentions.ToArray(), loaded.Mentions.ToArray());
        Assert.Equal("Wang Yi", loaded[loaded.Mentions[0].Span]);
        Assert.Equal("Friday", loaded[loaded.Dates[0].Span]);
        var role = Assert.Single(Assert.Single(store.LoadCorpus().Entities).Roles);
        Assert.Equal(span, Assert.Single(role.Evidence).Span);
    }

    [Fact]
    public void SavingTheSameSourceAndBytesTwiceChangesNothing()
    {
        var doc = Process("a.txt", "A headline with several words\n\nBody.");
        using var store = Open();
        store.SaveBatch([doc]);
        Assert.True(store.IsStored(doc.Raw));
        Assert.Equal([SaveOutcome.Unchanged], store.SaveBatch([doc]).ToArray());
        Assert.Single(store.LoadArticles());
        Assert.Equal(1, Assert.Single(store.ListSources()).Version);
    }

    [Fact]
    public void AChangedFileIsANewVersionNotASecondArticle()
    {
        using var store = Open();
        store.SaveBatch([Process("a.txt", "A headline with several words\n\nOld body.")]);
        var changed = Process("a.txt", "A headline with several words\n\nNew body.");
        Assert.Equal([SaveOutcome.NewVersion], store.SaveBatch([changed]).ToArray());
        var article = Assert.Single(store.LoadArticles());
        Assert.Equal(changed.Id, article.Id);
        Assert.Contains("New body.", article.Text);
        var source = Assert.Single(store.ListSources());
        Assert.Equal(2, source.Version);
        Assert.Empty(store.Search("Old"));
    }

    [Fact]
    public void TheSameBytesFromTwoPathsAreOneArticle()
    {
        using var store = Open();
        var text = "A headline with several words\n\nBody.";
        var outcomes = store.SaveBatch([Process("first/a.txt", text), Process("second/a.txt", text)]);
        Assert.Equal([SaveOutcome.Added, SaveOutcome.SameAsExisting], outcomes.ToArray());
        var article = Assert.Single(store.LoadArticles());
        Assert.Equal("first/a.txt", article.Raw.Source);
        Assert.Equal(2, store.ListSources().Length);
    }

    [Fact]
    public void ABatchThatFailsMidwayLeavesNothingBehind()
    {
        using var store = Open();
        var good = Process("good.txt", "A headline with several words\n\nBody.");
        var broken = good with { Id = new ArticleId(null!) };
        Assert.ThrowsAny<Exception>(() => store.SaveBatch([Process("other.txt", "Another headline with words\n\nText."), broken]));
        Assert.Empty(store.LoadArticles());
        Assert.Empty(store.ListSources());
    }

    [Fact]
    public void SearchRanksMatchesAndMarksThemInASnippet()
    {
        using var store = Open();
        store.SaveBatch([
            Process("a.txt", "Talks on fentanyl resume in Beijing\n\nOfficials discussed fentanyl precursors and fentanyl trafficking."),
            Process("b.txt", "Trade officials meet in Guangzhou\n\nThe talks touched on steel and, briefly, fentanyl."),
            Process("c.txt", "Basketball night in Shanghai\n\nNothing about drugs here."),
        ]);
        var hits = store.Search("fentanyl");
        Assert.Equal(2, hits.Length);
        Assert.Equal("Talks on fentanyl resume in Beijing", hits[0].Headline);
        Assert.Contains("[fentanyl]", hits[0].Snippet);
        Assert.Single(store.Search("US-China OR Shanghai"));
        Assert.Single(store.Search("\"fentanyl trafficking"));
        Assert.Throws<ArgumentException>(() => store.Search("fentanyl AND"));
    }

    [Fact]
    public void FindArticleAcceptsAUniquePrefix()
    {
        using var store = Open();
        var doc = Process("a.txt", "A headline with several words\n\nBody.");
        store.SaveBatch([doc]);
        Assert.Equal(doc.Id, store.FindArticle(doc.Id.Value[..6])?.Id);
        Assert.Equal(doc.Id, store.FindArticle(doc.Id.Value[2..8])?.Id);
        Assert.Null(store.FindArticle("a-zzzz"));
    }

    [Fact]
    public void CorpusFindingsAreReplacedWholeAndReadBackInOrder()
    {
        using var store = Open();
        var a = Process("a.txt", "A headline with several words\n\nBody one.");
        var b = Process("b.txt", "Another headline with several words\n\nBody two.");
        store.SaveBatch([a, b]);
        var story = new Story("s-1", "A story", [a.Id, b.Id], "2024-04-24", "2024-04-26", "Summary.");
        store.SaveCorpus(CorpusSnapshot.Empty with { Stories = [story], Copies = [new CopyLink(b.Id, a.Id, "syndicated", 0.9)] });
        store.SaveCorpus(CorpusSnapshot.Empty with { Stories = [story] });
        var corpus = store.LoadCorpus();
        Assert.Equal(2, corpus.Articles.Length);
        var loaded = Assert.Single(corpus.Stories);
        Assert.Equal(story.Title, loaded.Title);
        Assert.Equal(story.Articles.ToArray(), loaded.Articles.ToArray());
        Assert.Empty(corpus.Copies);
    }

    [Fact]
    public void AFileThatIsNotAStoreIsAStoreErrorNamingIt()
    {
        var path = _directory.Write("notes.db", "this is not a database, just text that is long enough to look like a header block");
        var exception = Assert.Throws<StoreException>(() => SqliteDossierStore.Open(path));
        Assert.Equal("DSR5001", exception.Code);
        Assert.StartsWith(path, exception.Message);
    }

    [Fact]
    public void AStoreFromANewerDossierIsRefused()
    {
        var path = _directory.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        Assert.Equal("DSR5002", Assert.Throws<StoreException>(() => SqliteDossierStore.Open(path)).Code);
    }
}
