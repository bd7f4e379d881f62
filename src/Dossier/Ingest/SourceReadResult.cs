using System.Collections.Immutable;

namespace Dossier.Ingest;

/// <summary>What reading one source gave: its articles and the problems met.</summary>
public sealed record SourceReadResult(ImmutableArray<RawArticle> Articles, ImmutableArray<IngestProblem> Problems)
{
    /// <summary>A source that gave no article.</summary>
    public static SourceReadResult Failed(IngestProblem problem) => new([], [problem]);
}
