namespace Dossier.Ingest;

/// <summary>One file to read.</summary>
/// <param name="Source">The path as the user gave it (a directory's files are joined to the directory as given).</param>
/// <param name="FullPath">The absolute path.</param>
public sealed record SourceFile(string Source, string FullPath);
