namespace Dossier.Storage.Sqlite;

/// <summary>The store's schema as forward migrations: migration N brings a store from version N-1 to N.</summary>
/// <remarks>Never edit a shipped migration; add the next one. The version lives in <c>PRAGMA user_version</c>.</remarks>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: articles with their raw input and layers, sources with versions, corpus findings, full-text index.
        """
        CREATE TABLE articles (
            id            TEXT PRIMARY KEY,
            source        TEXT NOT NULL,
            item_key      TEXT NOT NULL,
            kind          TEXT NOT NULL,
            encoding      TEXT NOT NULL,
            content_sha   TEXT NOT NULL,
            raw           TEXT NOT NULL,
            feed_json     TEXT,
            headline      TEXT,
            published     TEXT,
            body          TEXT NOT NULL,
            layers_json   TEXT NOT NULL
        );
        CREATE TABLE sources (
            source        TEXT NOT NULL,
            item_key      TEXT NOT NULL,
            article_id    TEXT NOT NULL,
            content_sha   TEXT NOT NULL,
            version       INTEGER NOT NULL,
            PRIMARY KEY (source, item_key)
        );
        CREATE INDEX ix_sources_article ON sources(article_id);
        CREATE TABLE source_versions (
            source        TEXT NOT NULL,
            item_key      TEXT NOT NULL,
            version       INTEGER NOT NULL,
            article_id    TEXT NOT NULL,
            content_sha   TEXT NOT NULL,
            PRIMARY KEY (source, item_key, version)
        );
        CREATE TABLE corpus_records (
            layer         TEXT NOT NULL,
            ordinal       INTEGER NOT NULL,
            json          TEXT NOT NULL,
            PRIMARY KEY (layer, ordinal)
        );
        CREATE VIRTUAL TABLE article_search USING fts5(
            article_id UNINDEXED, headline, body,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """,
    ];

    public static int LatestVersion => Migrations.Count;
}
