using System.CommandLine;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class ArticlesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("articles", """
            List the articles in the store: id, date, outlet, headline, file.

            Example:
              dossier articles --db seeds.db
            """);
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var docs = store.LoadArticles();
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("id").AddColumn("published").AddColumn("outlet").AddColumn("headline").AddColumn("file");
            foreach (var doc in docs)
            {
                table.AddRow(
                    Markup.Escape(doc.Id.Value),
                    Markup.Escape(doc.Metadata.Published ?? "-"),
                    Markup.Escape(doc.Metadata.Outlet ?? "-"),
                    Markup.Escape(doc.Metadata.Headline ?? "(no headline)"),
                    Markup.Escape(doc.Raw.FileName + (doc.Raw.ItemKey.Length > 0 ? " #" + doc.Raw.ItemKey : "")));
            }
            environment.Console.Write(table);
            environment.Output.WriteLine($"{docs.Length} article(s).");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
