using System.Collections.Immutable;

namespace Dossier.Ingest;

/// <summary>What one ingest run did.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Added">New articles stored.</param>
/// <param name="Unchanged">Articles already stored with the same bytes.</param>
/// <param name="NewVersions">Sources whose bytes changed, stored as a new version of their article.</param>
/// <param name="Problems">Files (or items) that could not be ingested, one line each.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record IngestReport(int Files, int Added, int Unchanged, int NewVersions, ImmutableArray<IngestProblem> Problems, TimeSpan Elapsed)
{
    /// <summary>True when something was skipped for an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Diagnostics.Severity.Error);
}

/// <summary>Progress of an ingest run, after each file.</summary>
public readonly record struct IngestProgress(int FilesDone, int FilesTotal, string Source);
