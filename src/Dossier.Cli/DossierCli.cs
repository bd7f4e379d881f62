using System.CommandLine;
using System.CommandLine.Help;
using Dossier.Cli.Commands;
using Dossier.Cli.Commands.Eval;
using Dossier.Storage;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli;

/// <summary>The <c>dossier</c> command: a thin host over the engine and the SQLite store.</summary>
public static class DossierCli
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool attachedToTerminal = false)
    {
        var environment = new CliEnvironment(output, error, attachedToTerminal);
        var root = BuildRoot(environment);
        var result = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };

        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            foreach (var parseError in result.Errors)
                error.WriteLine($"error: {parseError.Message}");
            error.WriteLine("Run 'dossier --help' (or 'dossier COMMAND --help') for usage.");
            return (int)ExitCode.Usage;
        }

        var verbose = result.GetValue(CommonOptions.Verbose);
        try
        {
            return result.Invoke(configuration);
        }
        catch (CliException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return (int)exception.ExitCode;
        }
        catch (StoreException exception)
        {
            error.WriteLine($"error: {exception.Message} [{exception.Code}]");
            if (verbose)
                error.WriteLine(exception);
            return (int)ExitCode.IO;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {FirstLine(exception.Message)}");
            if (verbose)
                error.WriteLine(exception);
            return (int)ExitCode.IO;
        }
        catch (Exception exception) when (!verbose)
        {
            error.WriteLine($"error: unexpected {exception.GetType().Name}: {FirstLine(exception.Message)} (run with --verbose for details)");
            return (int)ExitCode.InputErrors;
        }
    }

    internal static RootCommand BuildRoot(CliEnvironment environment)
    {
        var root = new RootCommand("""
            Dossier turns a pile of news reports into a cross-checked, cited record.

            Examples:
              dossier ingest samples/ --db demo.db
              dossier stories --db demo.db
              dossier search "Wang Yi" --db demo.db
              dossier export --format json --out demo.json --db demo.db
            """);
        root.Add(CommonOptions.Db);
        root.Add(CommonOptions.Verbose);
        root.Add(CommonOptions.Strict);
        root.Add(IngestCommand.Create(environment));
        root.Add(ArticlesCommand.Create(environment));
        root.Add(ShowCommand.Create(environment));
        root.Add(StoriesCommand.Create(environment));
        root.Add(SearchCommand.Create(environment));
        root.Add(ExportCommand.Create(environment));
        root.Add(BriefCommand.Create(environment));
        root.Add(EntityCommand.Create(environment));
        root.Add(ExtractCommand.Create(environment));
        root.Add(PipelineCommand.Create(environment));
        root.Add(EvalCommand.Create(environment));
        root.Add(TrainCommand.Create(environment));
        return root;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
