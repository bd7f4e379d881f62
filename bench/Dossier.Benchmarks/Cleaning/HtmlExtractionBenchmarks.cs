using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dossier.Cleaning;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Benchmarks.Cleaning;

/// <summary>HTML article extraction on the L3S-GN1 pages: Dossier's cleaning stage against SmartReader in the same run.</summary>
/// <remarks>
/// Pages/s = <see cref="Pages"/> ÷ mean time of one operation (each operation cleans every page once, on one thread).
/// The Dossier benchmark runs the whole cleaning stage (DOM extraction, boilerplate rules, metadata, flags); SmartReader
/// runs its Readability port (<c>GetArticle</c>), text only.
/// </remarks>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private readonly ArticleCleaner _cleaner = new();
    private List<RawArticle> _pages = [];

    /// <summary>How many pages (sorted by name) each operation extracts.</summary>
    [Params(200)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = RepoPaths.RequireShared(Path.Combine("data", "extraction", "l3s-gn1", "html"));
        _pages = [.. Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Take(Pages).Select(path =>
        {
            using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            var bytes = output.ToArray();
            return new RawArticle(path, "", SourceKind.Html, Encoding.UTF8.GetString(bytes), ArticleId.Hash(bytes), "utf-8");
        })];
    }

    [Benchmark(Baseline = true)]
    public int Dossier()
    {
        var characters = 0;
        foreach (var raw in _pages)
            characters += _cleaner.Run(Doc.From(raw), new StageContext("clean", TimeProvider.System, CancellationToken.None)).Text.Length;
        return characters;
    }

    [Benchmark]
    public int SmartReader()
    {
        var characters = 0;
        foreach (var raw in _pages)
        {
            var article = new SmartReader.Reader("https://example.invalid/", raw.Content).GetArticle();
            characters += article.TextContent?.Length ?? 0;
        }
        return characters;
    }
}
