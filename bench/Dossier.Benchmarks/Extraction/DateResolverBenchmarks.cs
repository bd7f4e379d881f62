using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dossier.Extraction.Dates;
using Dossier.Testing;

namespace Dossier.Benchmarks.Extraction;

/// <summary>Tagging and resolving every time expression of a corpus, each article against its own publication date.</summary>
/// <remarks>
/// Corpora: "news" = the five seeds and the eight plain-text samples (13 articles); "timeml" = the 256 TBAQ documents
/// (the set the peers in bench/peers resolve). Articles/s = articles ÷ mean; expressions/s = expressions found ÷ mean;
/// both counts are printed at setup.
/// </remarks>
[MemoryDiagnoser]
public class DateResolverBenchmarks
{
    // Same publication dates as the seed tests; the cleaner does not yet find them in plain-text seeds.
    private static readonly Dictionary<string, string> SeedDates = new()
    {
        ["000"] = "2024-04-25", ["001"] = "2024-04-27", ["002"] = "2024-04-24", ["003"] = "2023-06-16", ["004"] = "2024-04-23",
    };

    private readonly DateResolver _resolver = new();
    private List<(string Text, string? Anchor)> _articles = [];

    [Params("news", "timeml")]
    public string Corpus { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus == "news" ? News() : TimeMl();
        var expressions = _articles.Sum(a => _resolver.Resolve(a.Text, a.Anchor).Length);
        Console.WriteLine($"// corpus {Corpus}: {_articles.Count} articles, {expressions} expressions, {_articles.Sum(a => a.Text.Length)} chars");
    }

    [Benchmark]
    public int ResolveCorpus()
    {
        var found = 0;
        foreach (var (text, anchor) in _articles)
            found += _resolver.Resolve(text, anchor).Length;
        return found;
    }

    private static List<(string, string?)> News()
    {
        var articles = new List<(string, string?)>();
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            articles.Add((File.ReadAllText(path), SeedDates[Path.GetFileName(path)[..3]]));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        foreach (var file in gold.RootElement.GetProperty("files").EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (file.Name.EndsWith(".txt", StringComparison.Ordinal))
                articles.Add((File.ReadAllText(Path.Combine(RepoPaths.Samples, file.Name)), file.Value.GetProperty("date").GetString()));
        }
        return articles;
    }

    private static List<(string, string?)> TimeMl() =>
    [
        .. Directory.EnumerateFiles(RepoPaths.RequireShared(Path.Combine("data", "timex", "TBAQ-cleaned")), "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => TimeMlDocument.Parse(File.ReadAllText(path), Path.GetFileName(path)))
            .Select(doc => (doc.Text, doc.CreationTime)),
    ];
}
