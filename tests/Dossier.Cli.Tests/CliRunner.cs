using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>Runs the <c>dossier</c> command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DossierCli.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>The built <c>dossier.dll</c> of the same configuration as these tests, for out-of-process runs.</summary>
    public static string CliAssembly()
    {
        var testDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = Path.GetFileName(testDirectory);
        var path = Path.Combine(RepoPaths.Root, "artifacts", "bin", "Dossier.Cli", configuration, "dossier.dll");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: build src/Dossier.Cli first.");
        return path;
    }
}
