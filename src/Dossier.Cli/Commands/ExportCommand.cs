using System.CommandLine;
using Dossier.Export.Csv;
using Dossier.Export.GraphMl;
using Dossier.Export.Json;

namespace Dossier.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "json (the export contract), csv (one row per event) or graphml (the actor network).", DefaultValueFactory = _ => "json", Required = true };
        format.AcceptOnlyFromAmong("json", "csv", "graphml");
        var outFile = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", """
            Export everything in the store. JSON follows the contract in docs/export.md (schema: docs/export.schema.json);
            CSV has one row per event (date, actor, target, PLOVER category, CAMEO code, place, status, evidence...);
            GraphML is the actor network with typed, weighted edges (opens in Gephi). The same store gives the same bytes.

            Examples:
              dossier export --format json --out dossier.json
              dossier export --format json --db seeds.db | jq '.articles | length'
              dossier export --format csv --out events.csv
              dossier export --format graphml --out actors.graphml
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
            var chosen = result.GetValue(format);
            if (chosen == "json" && !string.IsNullOrEmpty(path) && path != "-")
            {
                // Streamed: the JSON of a large store need not be held as one string.
                var temporary = path + ".tmp";
                using (var stream = File.Create(temporary))
                    JsonExporter.Write(corpus, stream);
                File.Move(temporary, path, overwrite: true);
                environment.Error.WriteLine($"Wrote {corpus.Articles.Length} article(s) to {path}.");
                return (int)ExitCode.Ok;
            }
            var text = chosen switch
            {
                "csv" => EventCsvExporter.Write(corpus),
                "graphml" => GraphMlExporter.Write(corpus),
                _ => JsonExporter.ToJson(corpus),
            };
            OutputFile.Write(environment, path, text, $"Wrote the {chosen} export");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
