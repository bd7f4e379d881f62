using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;

namespace Dossier.Evaluation;

/// <summary>One labelled article of an evaluation set.</summary>
/// <param name="Key">Its name in the gold file (file name, feed link or news-please id).</param>
/// <param name="Raw">The article as read.</param>
/// <param name="Story">Its gold story label.</param>
/// <param name="Published">Publication date the set states (news-please <c>date_publish</c>), or null.</param>
/// <param name="Headline">Headline the set states, or null.</param>
public sealed record GoldArticle(string Key, RawArticle Raw, string Story, string? Published, string? Headline);

/// <summary>A gold copy relation: <paramref name="Copy"/> copies <paramref name="Of"/>.</summary>
public sealed record GoldCopy(string Copy, string Of, string Kind);

/// <summary>Articles with gold story labels (and copy relations where known), read from an evaluation folder.</summary>
/// <remarks>
/// Two layouts are read: a Dossier demo folder with <c>gold.json</c> (as <c>samples/</c>), whose files go through the
/// normal ingest; and a folder of news-please JSON files labelled with <c>newsCluster.EventId</c> (the clustering data),
/// whose <c>title</c> and <c>text</c> become a plain-text article and <c>date_publish</c> its publication date. A
/// news-please folder with a <c>data/</c> subfolder is read from there; <c>data_damaged/</c> (articles the dataset's
/// authors flagged as failing their quality check: no date, truncated text) only on request.
/// </remarks>
public sealed record StoryGoldSet(string Format, ImmutableArray<GoldArticle> Articles, ImmutableArray<GoldCopy> Copies, ImmutableArray<Diagnostic> Problems)
{
    /// <summary>Split names understood by <see cref="Load"/>.</summary>
    public static readonly ImmutableArray<string> Splits = ["all", "train", "test", "heldout"];

    /// <summary>Reads the set in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="split"><c>all</c>; or, where the folder has <c>sampling.json</c>: <c>train</c> (its training list),
    /// <c>test</c> (its test list) or <c>heldout</c> (everything not in training).</param>
    /// <param name="includeDamaged">Also read <c>data_damaged/</c>.</param>
    public static StoryGoldSet Load(string directory, string split = "all", bool includeDamaged = false)
    {
        var goldFile = Path.Combine(directory, "gold.json");
        return File.Exists(goldFile) ? LoadDemo(directory, goldFile) : LoadNewsPlease(directory, split, includeDamaged);
    }

    private static StoryGoldSet LoadDemo(string directory, string goldFile)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var copies = new List<GoldCopy>();
        foreach (var section in new[] { "files", "feed_items" })
        {
            if (!gold.RootElement.TryGetProperty(section, out var entries))
                continue;
            foreach (var entry in entries.EnumerateObject())
            {
                if (entry.Value.TryGetProperty("story", out var story) && story.GetString() is { } label)
                    labels[entry.Name] = label;
                if (entry.Value.TryGetProperty("copy_of", out var copyOf) && copyOf.ValueKind == JsonValueKind.Object)
                    copies.Add(new GoldCopy(entry.Name, copyOf.GetProperty("file").GetString()!, copyOf.GetProperty("kind").GetString()!));
            }
        }
        var options = new IngestOptions();
        var problems = new List<IngestProblem>();
        var reader = new SourceReader(options);
        var articles = new List<GoldArticle>();
        foreach (var file in SourceScanner.Expand([directory], options, problems))
        {
            foreach (var raw in reader.Read(file).Articles)
            {
                var key = raw.Feed?.Link ?? raw.FileName;
                if (labels.TryGetValue(key, out var label))
                    articles.Add(new GoldArticle(key, raw, label, null, null));
            }
        }
        return new StoryGoldSet("gold.json", [.. articles.OrderBy(a => a.Key, StringComparer.Ordinal)], [.. copies], WithMissing(articles.Count, []));
    }

    private static StoryGoldSet LoadNewsPlease(string directory, string split, bool includeDamaged)
    {
        var folders = new List<string>();
        var data = Path.Combine(directory, "data");
        folders.Add(Directory.Exists(data) ? data : directory);
        var damaged = Path.Combine(directory, "data_damaged");
        if (includeDamaged && Directory.Exists(damaged))
            folders.Add(damaged);
        HashSet<string>? keep = null, drop = null;
        var sampling = Path.Combine(directory, "sampling.json");
        if (split != "all" && File.Exists(sampling))
        {
            using var lists = JsonDocument.Parse(File.ReadAllText(sampling));
            HashSet<string> List(string name) => lists.RootElement.TryGetProperty(name, out var l)
                ? [.. l.EnumerateArray().Select(e => e.GetString()!)] : [];
            if (split == "train")
                keep = List("training");
            else if (split == "test")
                keep = List("test");
            else if (split == "heldout")
                drop = List("training");
        }
        var problems = new List<Diagnostic>();
        var articles = new List<GoldArticle>();
        foreach (var path in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.json")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name is "sampling.json" || (keep is not null && !keep.Contains(name)) || (drop is not null && drop.Contains(name)))
                continue;
            var article = ReadNewsPlease(path, problems);
            if (article is not null)
                articles.Add(article);
        }
        return new StoryGoldSet("news-please", [.. articles], [], WithMissing(articles.Count, problems));
    }

    private static GoldArticle? ReadNewsPlease(string path, List<Diagnostic> problems)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            string? Text(JsonElement element, string name) =>
                element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s && s != "None" ? s : null;
            string? label = null;
            if (root.TryGetProperty("newsCluster", out var cluster) && cluster.ValueKind == JsonValueKind.Object && cluster.TryGetProperty("EventId", out var eventId))
                label = eventId.ValueKind == JsonValueKind.Number ? eventId.GetInt64().ToString(CultureInfo.InvariantCulture) : eventId.GetString();
            label ??= Text(root, "story") ?? Text(root, "event_id") ?? Text(root, "label");
            var body = Text(root, "text");
            if (label is null || body is null)
            {
                problems.Add(Diagnostic.Create(DiagnosticCatalog.BadGoldFile, "eval", null, Path.GetFileName(path)));
                return null;
            }
            var title = Text(root, "title");
            // The title as first line, as a plain-text scrape has it; news-please texts often repeat it, which is harmless.
            var content = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
            // The file name is hashed in too: two labelled files with the same text stay two articles.
            var bytes = Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n" + content);
            var raw = new RawArticle(path, "", SourceKind.Text, content, ArticleId.Hash(bytes), "utf-8");
            var published = Text(root, "date_publish");
            return new GoldArticle(Path.GetFileName(path), raw, label, published is { Length: >= 10 } ? published[..10] : null, title);
        }
        catch (JsonException exception)
        {
            problems.Add(Diagnostic.Create(DiagnosticCatalog.BadGoldFile, "eval", null, exception.Message.Split('\n')[0]));
            return null;
        }
    }

    private static ImmutableArray<Diagnostic> WithMissing(int count, List<Diagnostic> problems) =>
        count == 0 ? [.. problems, Diagnostic.Create(DiagnosticCatalog.NoStoryGold, "eval", null)] : [.. problems];
}
