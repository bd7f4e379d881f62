using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;

namespace Dossier.Storage;

/// <summary>Where articles and findings are kept: the embedded SQLite file by default, a server database later.</summary>
/// <remarks>
/// Every write is one transaction: a batch is stored whole or not at all. Saving an article already stored from the
/// same source with the same bytes changes nothing; new bytes from a known source replace its article as a new version.
/// </remarks>
public interface IDossierStore : IDisposable
{
    /// <summary>The schema version the store is at.</summary>
    int SchemaVersion { get; }

    /// <summary>True when this exact input (same source, item and bytes) is already stored.</summary>
    bool IsStored(RawArticle raw);

    /// <summary>Stores processed articles in one transaction.</summary>
    /// <param name="docs">The articles, with their raw input.</param>
    /// <param name="replace">Overwrite the layers of articles already stored (after reprocessing) instead of leaving them.</param>
    ImmutableArray<SaveOutcome> SaveBatch(IReadOnlyList<Doc> docs, bool replace = false);

    /// <summary>Every article, ordered by id.</summary>
    ImmutableArray<Doc> LoadArticles();

    /// <summary>The article whose id is <paramref name="id"/> or starts with it (when unique), or null.</summary>
    Doc? FindArticle(string id);

    /// <summary>The sources each article was ingested from, with their versions.</summary>
    ImmutableArray<SourceRecord> ListSources();

    /// <summary>Replaces every corpus-level finding (copies, stories, entities, events, quotes, issues, contradictions) in one transaction.</summary>
    void SaveCorpus(CorpusSnapshot corpus);

    /// <summary>Every article and every corpus-level finding.</summary>
    CorpusSnapshot LoadCorpus();

    /// <summary>Full-text search over headlines and bodies, best first.</summary>
    ImmutableArray<SearchHit> Search(string query, int limit = 20);
}

/// <summary>What saving one article did.</summary>
public enum SaveOutcome
{
    /// <summary>A new article.</summary>
    Added,
    /// <summary>Nothing: the same bytes from the same source were already stored.</summary>
    Unchanged,
    /// <summary>The source had other bytes before; its article was replaced by a new version.</summary>
    NewVersion,
    /// <summary>The bytes were already stored from another source; this source now points at that article too.</summary>
    SameAsExisting,
}

/// <summary>One source (file, or item of a feed) and the article it currently gives.</summary>
public sealed record SourceRecord(string Source, string ItemKey, ArticleId Article, int Version);

/// <summary>One search result.</summary>
/// <param name="Article">The article found.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Snippet">Matching words in context, matches marked with <c>[</c> and <c>]</c>.</param>
/// <param name="Rank">Relevance (BM25; lower is better).</param>
public sealed record SearchHit(ArticleId Article, string? Headline, string Snippet, double Rank);
