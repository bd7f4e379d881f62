using System.CommandLine;
using Dossier.Export.Json;

namespace Dossier.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("ID") { Description = "An article id, or a unique prefix of one (the 'a-' may be left out)." };
        var json = new Option<bool>("--json") { Description = "Print the article as its JSON export entry." };
        var command = new Command("show", """
            Show one article: metadata, then the clean body.

            Examples:
              dossier show a-1f3c
              dossier show 1f3c --json
            """)
        {
            id,
            json,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var wanted = result.GetRequiredValue(id);
            var doc = store.FindArticle(wanted)
                ?? throw new CliException(ExitCode.InputErrors, $"no article with id (or unique id prefix) '{wanted}'; 'dossier articles' lists them");
            if (result.GetValue(json))
            {
                environment.Output.WriteLine(JsonExporter.ArticleToJson(doc));
                return (int)ExitCode.Ok;
            }
            var metadata = doc.Metadata;
            var output = environment.Output;
            output.WriteLine($"id:        {doc.Id}");
            output.WriteLine($"source:    {doc.Raw.Source}{(doc.Raw.ItemKey.Length > 0 ? " #" + doc.Raw.ItemKey : "")}");
            output.WriteLine($"headline:  {metadata.Headline ?? "-"}");
            output.WriteLine($"outlet:    {metadata.Outlet ?? "-"}");
            output.WriteLine($"bylines:   {(metadata.Bylines.IsEmpty ? "-" : string.Join(", ", metadata.Bylines))}");
            output.WriteLine($"wire:      {metadata.Wire ?? "-"}");
            output.WriteLine($"published: {metadata.Published ?? "-"}");
            output.WriteLine($"url:       {metadata.Url ?? "-"}");
            foreach (var flag in metadata.Flags)
                output.WriteLine($"flag:      {flag.Code}: {flag.Detail}");
            foreach (var diagnostic in doc.Diagnostics)
                output.WriteLine($"note:      {diagnostic.Code} {diagnostic.Message} ({diagnostic.Stage})");
            output.WriteLine();
            output.WriteLine(doc.Text);
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
