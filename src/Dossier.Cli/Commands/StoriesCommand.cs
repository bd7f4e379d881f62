using System.CommandLine;
using System.Globalization;

namespace Dossier.Cli.Commands;

internal static class StoriesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var explain = new Option<bool>("--explain") { Description = "Also print each story's cited summary and why each article is in it." };
        var command = new Command("stories", """
            List the stories found, largest first, each with its articles.

            Examples:
              dossier stories --db seeds.db
              dossier stories --db seeds.db --explain
            """)
        {
            explain,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var corpus = store.LoadCorpus();
            var byId = corpus.Articles.ToDictionary(doc => doc.Id);
            var output = environment.Output;
            var stories = corpus.Stories
                .OrderByDescending(story => story.Articles.Length)
                .ThenBy(story => story.Start, StringComparer.Ordinal)
                .ThenBy(story => story.Id, StringComparer.Ordinal)
                .ToList();
            foreach (var story in stories)
            {
                var span = story.Start is null ? "" : story.End is null || story.End == story.Start ? $" ({story.Start})" : $" ({story.Start} to {story.End})";
                output.WriteLine($"{story.Id}  {story.Title}{span}  [{story.Articles.Length} article(s)]");
                foreach (var articleId in story.Articles)
                {
                    var doc = byId.GetValueOrDefault(articleId);
                    var copy = corpus.Copies.FirstOrDefault(c => c.Article == articleId);
                    var note = copy is null ? "" : $"  ({copy.Kind} of {copy.Of})";
                    output.WriteLine($"    {articleId}  {doc?.Metadata.Published ?? "----------"}  {doc?.Metadata.Outlet ?? "-"}: {doc?.Metadata.Headline ?? "(no headline)"}{note}");
                    if (result.GetValue(explain) && story.Explanation.FirstOrDefault(e => e.Article == articleId) is { } why)
                    {
                        var link = why.Via is { } via ? string.Create(CultureInfo.InvariantCulture, $"linked to {via} ({why.Score:0.00})") : "first article";
                        output.WriteLine($"        {link}; words: {string.Join(", ", why.Terms)}; names: {string.Join(", ", why.Names)}; date: {why.Date ?? "unknown"}");
                    }
                }
                if (result.GetValue(explain))
                {
                    foreach (var evidence in story.SummaryEvidence)
                        output.WriteLine($"    > {evidence.Text}  [{evidence.Article} {evidence.Span.Start}-{evidence.Span.End}]");
                }
                output.WriteLine();
            }
            var unassigned = corpus.Articles.Where(doc => !stories.Any(s => s.Articles.Contains(doc.Id))).ToList();
            if (unassigned.Count > 0)
            {
                output.WriteLine(stories.Count == 0
                    ? $"No stories yet (story clustering has not run on this store); {unassigned.Count} article(s):"
                    : $"Not in any story: {unassigned.Count} article(s):");
                foreach (var doc in unassigned)
                    output.WriteLine($"    {doc.Id}  {doc.Metadata.Published ?? "----------"}  {doc.Metadata.Outlet ?? "-"}: {doc.Metadata.Headline ?? "(no headline)"}");
            }
            output.WriteLine($"{stories.Count} story(ies), {corpus.Articles.Length} article(s).");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
