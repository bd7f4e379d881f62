using System.CommandLine;
using Dossier.Corpus;

namespace Dossier.Cli.Commands;

internal static class EntityCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string>("NAME") { Description = "A name or alias (case-insensitive; a unique part of a name also works), or an entity id." };
        var command = new Command("entity", """
            Everything about one person, organisation or place across stories: aliases, roles, stories, events, quotes.

            Examples:
              dossier entity Blinken
              dossier entity "Wang Yi"
            """)
        {
            name,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var corpus = store.LoadCorpus();
            var wanted = result.GetRequiredValue(name);
            var matches = Find(corpus, wanted);
            if (matches.Count == 0)
                throw new CliException(ExitCode.InputErrors, $"no entity named '{wanted}'");
            if (matches.Count > 1)
                throw new CliException(ExitCode.InputErrors, $"'{wanted}' names {matches.Count} entities: {string.Join(", ", matches.Take(8).Select(e => $"{e.Name} ({e.Id})"))}; be more precise");
            Print(environment.Output, corpus, matches[0]);
            return (int)ExitCode.Ok;
        });
        return command;
    }

    /// <summary>Entities whose id, name or an alias is <paramref name="wanted"/> (names case-insensitively).</summary>
    internal static List<Entity> Exact(CorpusSnapshot corpus, string wanted) =>
        [.. corpus.Entities.Where(e => e.Id == wanted
            || string.Equals(e.Name, wanted, StringComparison.OrdinalIgnoreCase)
            || e.Aliases.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase)))];

    private static List<Entity> Find(CorpusSnapshot corpus, string wanted)
    {
        var exact = Exact(corpus, wanted);
        if (exact.Count > 0)
            return exact.Count == 1 ? exact : [.. exact.OrderByDescending(e => e.Mentions.Length).Take(1)];
        return [.. corpus.Entities.Where(e => e.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase))];
    }

    private static void Print(TextWriter output, CorpusSnapshot corpus, Entity entity)
    {
        output.WriteLine($"{entity.Name}  ({entity.Kind.ToString().ToUpperInvariant()}, {entity.Id})");
        if (entity.Aliases.Length > 1)
            output.WriteLine($"also: {string.Join(", ", entity.Aliases.Where(a => a != entity.Name))}");
        foreach (var role in entity.Roles)
            output.WriteLine($"role: {role.Title}{(role.Of is null ? "" : " of " + NameOf(corpus, role.Of))}{(role.AsOf is null ? "" : " (as of " + role.AsOf + ")")}");

        var articles = entity.Mentions.Select(m => m.Article).ToHashSet();
        output.WriteLine($"mentioned {entity.Mentions.Length} time(s) in {articles.Count} article(s)");
        foreach (var story in corpus.Stories.Where(s => s.Articles.Any(articles.Contains)).OrderBy(s => s.Start ?? "9999", StringComparer.Ordinal))
            output.WriteLine($"story: {story.Id}  {story.Title} ({story.Start ?? "?"} to {story.End ?? "?"})");

        foreach (var @event in corpus.Events.Where(v => v.Actors.Contains(entity.Id) || v.Targets.Contains(entity.Id)).OrderBy(v => v.Date ?? "9999", StringComparer.Ordinal))
        {
            output.WriteLine($"event: {@event.Date ?? "date unknown"}  {string.Join(", ", @event.Actors.Select(a => NameOf(corpus, a)))} → "
                + $"{string.Join(", ", @event.Targets.Select(t => NameOf(corpus, t)))}: {@event.Category} ({@event.Mode}), {@event.Status}");
        }
        foreach (var quote in corpus.Quotes.Where(q => q.Speaker == entity.Id).Take(10))
            output.WriteLine($"said: “{quote.Text}” ({quote.Article})");
    }

    private static string NameOf(CorpusSnapshot corpus, string id) => corpus.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;
}
