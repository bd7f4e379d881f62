namespace Dossier.Ingest;

/// <summary>Expands the paths a user names into the files to read, in a stable order.</summary>
public static class SourceScanner
{
    /// <summary>Files named directly, and files with a known ending (optionally <c>.gz</c>) under named directories, recursively.</summary>
    /// <param name="paths">Files and directories, as the user gave them.</param>
    /// <param name="options">Which endings a directory scan takes.</param>
    /// <param name="problems">Paths that do not exist or cannot be listed.</param>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths, IngestOptions options, List<IngestProblem> problems)
    {
        var files = new List<SourceFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var root = Path.GetFullPath(path);
                    var found = Directory
                        .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
                        .Where(file => IsIngestible(file, options))
                        .Order(StringComparer.Ordinal);
                    foreach (var file in found)
                        Add(Path.Join(path, Path.GetRelativePath(root, file)), file);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    problems.Add(IngestProblem.Create(path, Diagnostics.DiagnosticCatalog.Unreadable, exception.Message));
                }
            }
            else
            {
                problems.Add(IngestProblem.Create(path, Diagnostics.DiagnosticCatalog.NotFound));
            }
        }
        return files;

        void Add(string source, string fullPath)
        {
            if (seen.Add(fullPath))
                files.Add(new SourceFile(source, fullPath));
        }
    }

    private static bool IsIngestible(string file, IngestOptions options)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.'))
            return false;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            name = name[..^3];
        return options.DirectoryExtensions.Contains(Path.GetExtension(name));
    }
}
