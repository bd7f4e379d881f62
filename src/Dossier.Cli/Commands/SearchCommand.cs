using System.CommandLine;
using System.Globalization;
using Dossier.Briefing;
using Dossier.Documents;
using Dossier.Storage;

namespace Dossier.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find (all must match), or an FTS5 query (\"exact phrase\", OR, NOT, prefix*)." };
        var limit = new Option<int>("--limit") { Description = "Most results to show.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var story = new Option<string?>("--story") { Description = "Only articles of this story (id or unique prefix).", HelpName = "S" };
        var entity = new Option<string?>("--entity") { Description = "Only articles that mention this entity (name, alias or id).", HelpName = "E" };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).", HelpName = "D" };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this date.", HelpName = "D" };
        var command = new Command("search", """
            Full-text search over headlines and article text, best match first, with a snippet ([matches] marked).

            Examples:
              dossier search fentanyl
              dossier search "\"Wang Yi\" OR Xi" --limit 5
              dossier search Taiwan --entity Blinken --from 2024-04 --to 2024-04-30
            """)
        {
            query,
            limit,
            story,
            entity,
            from,
            to,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var text = result.GetRequiredValue(query);
            var max = Math.Max(1, result.GetValue(limit));
            var filter = Filter(store, result.GetValue(story), result.GetValue(entity), result.GetValue(from), result.GetValue(to));
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = filter is null ? store.Search(text, max) : [.. store.Search(text, int.MaxValue).Where(h => filter(h.Article)).Take(max)];
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

    private static Func<ArticleId, bool>? Filter(IDossierStore store, string? storyId, string? entityName, string? from, string? to)
    {
        if (storyId is null && entityName is null && from is null && to is null)
            return null;
        foreach (var date in new[] { from, to }.OfType<string>())
        {
            if (!DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw new CliException(ExitCode.Usage, $"'{date}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        var corpus = store.LoadCorpus();
        var allowed = corpus.Articles.Select(doc => doc.Id).ToHashSet();
        if (storyId is not null)
        {
            var found = BriefBuilder.FindStory(corpus, storyId) ?? throw new CliException(ExitCode.InputErrors, $"no story with id (or unique id prefix) '{storyId}'");
            allowed.IntersectWith(found.Articles);
        }
        if (entityName is not null)
        {
            var matches = EntityCommand.Exact(corpus, entityName);
            if (matches.Count == 0)
                throw new CliException(ExitCode.InputErrors, $"no entity named '{entityName}'");
            allowed.IntersectWith(matches.SelectMany(e => e.Mentions).Select(m => m.Article));
        }
        var published = corpus.Articles.ToDictionary(doc => doc.Id, doc => doc.Metadata.Published);
        // Partial dates compare by prefix: "--from 2024-04" keeps April's articles, "--to 2024-04" keeps them too.
        bool InRange(ArticleId id)
        {
            var date = published[id];
            if (from is null && to is null)
                return true;
            if (date is null)
                return false;
            return (from is null || string.CompareOrdinal(date, from) >= 0 || date.StartsWith(from, StringComparison.Ordinal))
                && (to is null || string.CompareOrdinal(date[..Math.Min(date.Length, to.Length)], to) <= 0);
        }
        return id => allowed.Contains(id) && InRange(id);
    }
}
