using System.Collections.Immutable;
using Dossier.Diagnostics;
using Dossier.Documents;

namespace Dossier.Corpus;

/// <summary>Every article of a store and every cross-article finding, as corpus stages see and produce them.</summary>
/// <remarks>Immutable; a corpus stage returns a new snapshot with its own layer replaced.</remarks>
public sealed record CorpusSnapshot
{
    /// <summary>An empty corpus.</summary>
    public static CorpusSnapshot Empty { get; } = new();

    /// <summary>The articles, ordered by id.</summary>
    public ImmutableArray<Doc> Articles { get; init; } = [];

    /// <summary>Copy relations between articles.</summary>
    public ImmutableArray<CopyLink> Copies { get; init; } = [];

    /// <summary>Story clusters.</summary>
    public ImmutableArray<Story> Stories { get; init; } = [];

    /// <summary>Entities merged across articles.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    /// <summary>Events merged across articles.</summary>
    public ImmutableArray<CorpusEvent> Events { get; init; } = [];

    /// <summary>Quotations with resolved speakers.</summary>
    public ImmutableArray<CorpusQuote> Quotes { get; init; } = [];

    /// <summary>Issues and stated positions.</summary>
    public ImmutableArray<IssueRecord> Issues { get; init; } = [];

    /// <summary>Agreements and contradictions between reports.</summary>
    public ImmutableArray<Contradiction> Contradictions { get; init; } = [];

    /// <summary>Problems found by corpus stages.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
