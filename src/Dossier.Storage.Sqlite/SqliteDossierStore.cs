using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode, with an FTS5 index of article text.</summary>
/// <remarks>Not thread-safe: one store object per thread. Several processes may read while one writes (WAL).</remarks>
public sealed partial class SqliteDossierStore : IDossierStore
{
    /// <summary>The file used when neither <c>--db</c> nor <c>DOSSIER_DB</c> names one.</summary>
    public const string DefaultPath = "dossier.db";

    private static readonly string[] CorpusLayers = ["copies", "stories", "entities", "events", "quotes", "issues", "contradictions", "diagnostics"];

    private readonly SqliteConnection _connection;

    private SqliteDossierStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public int SchemaVersion => (int)(long)Scalar("PRAGMA user_version")!;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file cannot be opened, is not a Dossier store, or is newer than this version.</exception>
    public static SqliteDossierStore Open(string path)
    {
        SqliteConnection? connection = null;
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (directory is not null && !Directory.Exists(directory))
                throw new StoreException(DiagnosticCatalog.StoreFailed.Code, $"{path}: {DiagnosticCatalog.StoreFailed.Format($"directory {directory} does not exist")}");
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            connection.Open();
            var store = new SqliteDossierStore(path, connection);
            store.Execute("PRAGMA busy_timeout = 5000");
            store.Execute("PRAGMA journal_mode = WAL");
            store.Execute("PRAGMA synchronous = NORMAL");
            store.Migrate();
            return store;
        }
        catch (SqliteException exception)
        {
            connection?.Dispose();
            throw new StoreException(DiagnosticCatalog.StoreFailed.Code, $"{path}: {DiagnosticCatalog.StoreFailed.Format(exception.Message.Replace("SQLite Error ", "", StringComparison.Ordinal))}", exception);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        var version = SchemaVersion;
        if (version > SqliteSchema.LatestVersion)
            throw new StoreException(DiagnosticCatalog.StoreTooNew.Code, $"{Path}: {DiagnosticCatalog.StoreTooNew.Format(version, SqliteSchema.LatestVersion)}");
        for (var next = version + 1; next <= SqliteSchema.LatestVersion; next++)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(SqliteSchema.Migrations[next - 1], transaction);
            Execute($"PRAGMA user_version = {next}", transaction);
            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public bool IsStored(RawArticle raw)
    {
        var sha = Scalar("SELECT content_sha FROM sources WHERE source = $source AND item_key = $key", null,
            ("$source", raw.Source), ("$key", raw.ItemKey)) as string;
        return sha == raw.ContentHash;
    }

    /// <inheritdoc />
    public ImmutableArray<SaveOutcome> SaveBatch(IReadOnlyList<Doc> docs, bool replace = false)
    {
        var outcomes = ImmutableArray.CreateBuilder<SaveOutcome>(docs.Count);
        using var transaction = _connection.BeginTransaction();
        foreach (var doc in docs)
            outcomes.Add(Save(doc, replace, transaction));
        transaction.Commit();
        return outcomes.MoveToImmutable();
    }

    private SaveOutcome Save(Doc doc, bool replace, SqliteTransaction transaction)
    {
        var raw = doc.Raw;
        var id = doc.Id.Value;
        string? previousArticle = null, previousSha = null;
        var previousVersion = 0;
        using (var command = Command("SELECT article_id, content_sha, version FROM sources WHERE source = $source AND item_key = $key", transaction,
            ("$source", raw.Source), ("$key", raw.ItemKey)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                previousArticle = reader.GetString(0);
                previousSha = reader.GetString(1);
                previousVersion = reader.GetInt32(2);
            }
        }

        var articleExists = Scalar("SELECT 1 FROM articles WHERE id = $id", transaction, ("$id", id)) is not null;
        if (!articleExists)
            InsertArticle(doc, transaction);
        else if (replace)
            UpdateLayers(doc, transaction);

        if (previousSha == raw.ContentHash)
            return SaveOutcome.Unchanged;

        var version = previousVersion + 1;
        if (previousArticle is null)
        {
            Execute("INSERT INTO sources (source, item_key, article_id, content_sha, version) VALUES ($source, $key, $id, $sha, $version)", transaction,
                ("$source", raw.Source), ("$key", raw.ItemKey), ("$id", id), ("$sha", raw.ContentHash), ("$version", version));
        }
        else
        {
            Execute("UPDATE sources SET article_id = $id, content_sha = $sha, version = $version WHERE source = $source AND item_key = $key", transaction,
                ("$source", raw.Source), ("$key", raw.ItemKey), ("$id", id), ("$sha", raw.ContentHash), ("$version", version));
        }
        Execute("INSERT OR REPLACE INTO source_versions (source, item_key, version, article_id, content_sha) VALUES ($source, $key, $version, $id, $sha)", transaction,
            ("$source", raw.Source), ("$key", raw.ItemKey), ("$version", version), ("$id", id), ("$sha", raw.ContentHash));

        if (previousArticle is not null && previousArticle != id)
        {
            DeleteIfOrphan(previousArticle, transaction);
            return SaveOutcome.NewVersion;
        }
        return articleExists ? SaveOutcome.SameAsExisting : SaveOutcome.Added;
    }

    private void InsertArticle(Doc doc, SqliteTransaction transaction)
    {
        var raw = doc.Raw;
        Execute("""
            INSERT INTO articles (id, source, item_key, kind, encoding, content_sha, raw, feed_json, headline, published, body, layers_json)
            VALUES ($id, $source, $key, $kind, $encoding, $sha, $raw, $feed, $headline, $published, $body, $layers)
            """, transaction,
            ("$id", doc.Id.Value), ("$source", raw.Source), ("$key", raw.ItemKey), ("$kind", raw.Kind.ToString()),
            ("$encoding", raw.Encoding), ("$sha", raw.ContentHash), ("$raw", raw.Content),
            ("$feed", raw.Feed is null ? null : StoreJson.Serialize(raw.Feed)),
            ("$headline", doc.Metadata.Headline), ("$published", doc.Metadata.Published), ("$body", doc.Text),
            ("$layers", StoreJson.SerializeLayers(doc)));
        Execute("INSERT INTO article_search (article_id, headline, body) VALUES ($id, $headline, $body)", transaction,
            ("$id", doc.Id.Value), ("$headline", doc.Metadata.Headline ?? ""), ("$body", doc.Text));
    }

    private void UpdateLayers(Doc doc, SqliteTransaction transaction)
    {
        Execute("UPDATE articles SET headline = $headline, published = $published, body = $body, layers_json = $layers WHERE id = $id", transaction,
            ("$id", doc.Id.Value), ("$headline", doc.Metadata.Headline), ("$published", doc.Metadata.Published), ("$body", doc.Text),
            ("$layers", StoreJson.SerializeLayers(doc)));
        Execute("DELETE FROM article_search WHERE article_id = $id", transaction, ("$id", doc.Id.Value));
        Execute("INSERT INTO article_search (article_id, headline, body) VALUES ($id, $headline, $body)", transaction,
            ("$id", doc.Id.Value), ("$headline", doc.Metadata.Headline ?? ""), ("$body", doc.Text));
    }

    private void DeleteIfOrphan(string articleId, SqliteTransaction transaction)
    {
        if (Scalar("SELECT 1 FROM sources WHERE article_id = $id LIMIT 1", transaction, ("$id", articleId)) is not null)
            return;
        Execute("DELETE FROM articles WHERE id = $id", transaction, ("$id", articleId));
        Execute("DELETE FROM article_search WHERE article_id = $id", transaction, ("$id", articleId));
    }

    /// <inheritdoc />
    public ImmutableArray<Doc> LoadArticles() => ReadArticles("ORDER BY id");

    /// <inheritdoc />
    public Doc? FindArticle(string id)
    {
        var exact = ReadArticles("WHERE id = $id", ("$id", id));
        if (exact.Length == 1)
            return exact[0];
        var prefix = ReadArticles("WHERE id LIKE $prefix ESCAPE '\\' ORDER BY id LIMIT 2",
            ("$prefix", EscapeLike(id.StartsWith(ArticleId.Prefix, StringComparison.Ordinal) ? id : ArticleId.Prefix + id) + "%"));
        return prefix.Length == 1 ? prefix[0] : null;
    }

    private ImmutableArray<Doc> ReadArticles(string clause, params (string Name, object? Value)[] parameters)
    {
        var docs = ImmutableArray.CreateBuilder<Doc>();
        using var command = Command($"SELECT source, item_key, kind, content_sha, raw, encoding, feed_json, layers_json FROM articles {clause}", null, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var feed = reader.IsDBNull(6) ? null : StoreJson.Deserialize<FeedItemInfo>(reader.GetString(6));
            var raw = new RawArticle(reader.GetString(0), reader.GetString(1), Enum.Parse<SourceKind>(reader.GetString(2)),
                reader.GetString(4), reader.GetString(3), reader.GetString(5), feed);
            docs.Add(StoreJson.DeserializeDoc(raw, reader.GetString(7)));
        }
        return docs.ToImmutable();
    }

    /// <inheritdoc />
    public ImmutableArray<SourceRecord> ListSources()
    {
        var sources = ImmutableArray.CreateBuilder<SourceRecord>();
        using var command = Command("SELECT source, item_key, article_id, version FROM sources ORDER BY source, item_key", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            sources.Add(new SourceRecord(reader.GetString(0), reader.GetString(1), new ArticleId(reader.GetString(2)), reader.GetInt32(3)));
        return sources.ToImmutable();
    }

    /// <inheritdoc />
    public void SaveCorpus(CorpusSnapshot corpus)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM corpus_records", transaction);
        Write("copies", corpus.Copies);
        Write("stories", corpus.Stories);
        Write("entities", corpus.Entities);
        Write("events", corpus.Events);
        Write("quotes", corpus.Quotes);
        Write("issues", corpus.Issues);
        Write("contradictions", corpus.Contradictions);
        Write("diagnostics", corpus.Diagnostics);
        transaction.Commit();

        void Write<T>(string layer, ImmutableArray<T> records)
        {
            for (var i = 0; i < records.Length; i++)
            {
                Execute("INSERT INTO corpus_records (layer, ordinal, json) VALUES ($layer, $ordinal, $json)", transaction,
                    ("$layer", layer), ("$ordinal", i), ("$json", StoreJson.Serialize(records[i])));
            }
        }
    }

    /// <inheritdoc />
    public CorpusSnapshot LoadCorpus() => new()
    {
        Articles = LoadArticles(),
        Copies = Read<CopyLink>("copies"),
        Stories = Read<Story>("stories"),
        Entities = Read<Entity>("entities"),
        Events = Read<CorpusEvent>("events"),
        Quotes = Read<CorpusQuote>("quotes"),
        Issues = Read<IssueRecord>("issues"),
        Contradictions = Read<Contradiction>("contradictions"),
        Diagnostics = Read<Diagnostic>("diagnostics"),
    };

    private ImmutableArray<T> Read<T>(string layer)
    {
        var records = ImmutableArray.CreateBuilder<T>();
        using var command = Command("SELECT json FROM corpus_records WHERE layer = $layer ORDER BY ordinal", null, ("$layer", layer));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            records.Add(StoreJson.Deserialize<T>(reader.GetString(0)));
        return records.ToImmutable();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The query is not valid FTS5 syntax.</exception>
    public ImmutableArray<SearchHit> Search(string query, int limit = 20)
    {
        var hits = ImmutableArray.CreateBuilder<SearchHit>();
        try
        {
            using var command = Command("""
                SELECT article_id, headline, snippet(article_search, 2, '[', ']', '…', 16), bm25(article_search, 0.0, 3.0, 1.0) AS rank
                FROM article_search WHERE article_search MATCH $query ORDER BY rank, article_id LIMIT $limit
                """, null, ("$query", ToFtsQuery(query)), ("$limit", limit));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var headline = reader.GetString(1);
                hits.Add(new SearchHit(new ArticleId(reader.GetString(0)), headline.Length == 0 ? null : headline, reader.GetString(2), reader.GetDouble(3)));
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 1)
        {
            throw new ArgumentException($"invalid search query: {query}", nameof(query), exception);
        }
        return hits.ToImmutable();
    }

    // Bare words are quoted so that hyphens, dots and apostrophes ("US-China", "Xi's") never read as FTS5 syntax
    // (a column filter, say); phrases in quotes, parentheses, AND/OR/NOT/NEAR and a trailing * keep their meaning.
    private static string ToFtsQuery(string query)
    {
        var parts = new List<string>();
        foreach (Match match in FtsToken().Matches(query))
        {
            var token = match.Value;
            if (token.StartsWith('"') || token is "(" or ")" or "AND" or "OR" or "NOT" or "NEAR")
            {
                parts.Add(token.StartsWith('"') && !token.EndsWith('"') ? token + "\"" : token);
                continue;
            }
            var prefix = token.Length > 1 && token.EndsWith('*');
            var word = (prefix ? token[..^1] : token).Replace("\"", "\"\"", StringComparison.Ordinal);
            parts.Add("\"" + word + "\"" + (prefix ? "*" : ""));
        }
        return string.Join(' ', parts);
    }

    [GeneratedRegex("""\"[^\"]*\"?|[()]|[^\s()\"]+""")]
    private static partial Regex FtsToken();

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private SqliteCommand Command(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Execute(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
