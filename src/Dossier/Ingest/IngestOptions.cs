namespace Dossier.Ingest;

/// <summary>Limits and choices for reading sources.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest file (after decompression) read; larger ones are skipped with <c>DSR1005</c>. Default 50 MiB.</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest number of items read from one feed.</summary>
    public int MaxFeedItems { get; init; } = 10_000;

    /// <summary>File endings taken when a directory is scanned (a file named on the command line is always read).</summary>
    public IReadOnlySet<string> DirectoryExtensions { get; init; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom" };
}
