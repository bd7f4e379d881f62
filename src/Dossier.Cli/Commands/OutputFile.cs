namespace Dossier.Cli.Commands;

/// <summary>Writes command output to a file (atomically) or to standard output.</summary>
internal static class OutputFile
{
    public static void Write(CliEnvironment environment, string? path, string text, string what)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            environment.Output.Write(text);
            return;
        }
        // Write beside the target, then move: a reader never sees half a file, and a failed run leaves the old one.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        environment.Error.WriteLine($"{what} to {path}.");
    }
}
