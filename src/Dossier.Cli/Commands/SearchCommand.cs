using System.CommandLine;
using System.Globalization;

namespace Dossier.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find (all must match), or an FTS5 query (\"exact phrase\", OR, NOT, prefix*)." };
        var limit = new Option<int>("--limit") { Description = "Most results to show.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("search", """
            Full-text search over headlines and article text, best match first, with a snippet ([matches] marked).

            Examples:
              dossier search fentanyl
              dossier search "\"Wang Yi\" OR Xi" --limit 5
            """)
        {
            query,
            limit,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var text = result.GetRequiredValue(query);
            IReadOnlyList<Storage.SearchHit> hits;
            try
            {
                hits = store.Search(text, Math.Max(1, result.GetValue(limit)));
            }
            catch (ArgumentException exception)
            {
                throw new CliException(ExitCode.Usage, exception.Message.Split(" (Parameter", 2)[0]);
            }
            foreach (var hit in hits)
            {
                environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Article}  {hit.Headline ?? "(no headline)"}"));
                environment.Output.WriteLine($"    {hit.Snippet}");
            }
            environment.Output.WriteLine($"{hits.Count} result(s).");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
