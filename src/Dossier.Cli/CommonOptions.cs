using System.CommandLine;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Options every command understands.</summary>
internal static class CommonOptions
{
    public const string DbVariable = "DOSSIER_DB";

    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"The store file (default: ${DbVariable}, else ./{SqliteDossierStore.DefaultPath}).",
        HelpName = "PATH",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print details of failures (stack traces) and every diagnostic.",
        Recursive = true,
    };

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Stop at the first stage failure instead of recording it and going on.",
        Recursive = true,
    };

    public static string DbPath(ParseResult result) =>
        result.GetValue(Db) is { Length: > 0 } path ? path
        : Environment.GetEnvironmentVariable(DbVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : SqliteDossierStore.DefaultPath;

    /// <summary>Opens the store named by <c>--db</c>; a store that does not exist yet is an error unless <paramref name="create"/>.</summary>
    public static SqliteDossierStore OpenStore(ParseResult result, bool create = false)
    {
        var path = DbPath(result);
        if (!create && !File.Exists(path))
            throw new CliException(ExitCode.IO, $"{path}: no such store; run 'dossier ingest PATH... --db {path}' first");
        return SqliteDossierStore.Open(path);
    }
}
