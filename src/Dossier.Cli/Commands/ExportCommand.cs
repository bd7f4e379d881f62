using System.CommandLine;
using Dossier.Export.Json;

namespace Dossier.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json", Required = true };
        format.AcceptOnlyFromAmong("json");
        var outFile = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", """
            Export everything in the store. JSON follows the contract in docs/export.md (schema: docs/export.schema.json);
            the same store always gives the same bytes.

            Examples:
              dossier export --format json --out dossier.json
              dossier export --format json --db seeds.db | jq '.articles | length'
            """)
        {
            format,
            outFile,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var corpus = store.LoadCorpus();
            var path = result.GetValue(outFile);
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                environment.Output.Write(JsonExporter.ToJson(corpus));
                return (int)ExitCode.Ok;
            }
            // Write beside the target, then move: a reader never sees half a file, and a failed run leaves the old one.
            var temporary = path + ".tmp";
            using (var stream = File.Create(temporary))
                JsonExporter.Write(corpus, stream);
            File.Move(temporary, path, overwrite: true);
            environment.Error.WriteLine($"Wrote {corpus.Articles.Length} article(s) to {path}.");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
