using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Cleaning;
using Dossier.Cleaning.Evaluation;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval extraction DIR</c>: article-body extraction scored against gold sets (shingle P/R/F1, exact match).</summary>
internal static class ExtractionEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "A gold set folder, or a folder of gold sets (e.g. ../shared/data/extraction)." };
        var split = new Option<string>("--split") { Description = "Which half of each set: tune, test or all (halves by a stable hash of the page name).", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong("tune", "test", "all");
        var baseline = new Option<string?>("--baseline") { Description = "Also score a reference extractor on the same pages: smartreader." };
        baseline.AcceptOnlyFromAmong("smartreader");
        var limit = new Option<int?>("--limit") { Description = "Score at most N pages per set (quick checks)." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json." };
        var perPage = new Option<bool>("--per-page") { Description = "Also print each page's precision and recall (error analysis)." };
        var floors = new Option<string>("--floors") { Description = "Floors file for --gate.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json") };
        var command = new Command("extraction", """
            Score the cleaning stage's HTML article extraction against gold sets.

            Full-text sets (gold.json, e.g. l3s-gn1): per page, precision and recall of the gold text's word 4-gram
            shingles (lower-cased \w+ tokens), averaged over pages; F1 from the averages; exact = share of pages whose
            token list equals the gold's. Snippet sets (gold-extraction.json, e.g. adbar-eval): trafilatura's method,
            snippets found/not found in the output, summed over the corpus; exact column = accuracy.

            Examples:
              dossier eval extraction ../shared/data/extraction
              dossier eval extraction ../shared/data/extraction/l3s-gn1 --split all --baseline smartreader
            """)
        {
            directory, split, baseline, limit, gate, floors, perPage,
        };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(directory);
            if (!Directory.Exists(path))
                throw new CliException(ExitCode.InputErrors, $"no such directory: {path}");
            var sets = ExtractionGold.Load(path);
            if (sets.IsEmpty)
                throw new CliException(ExitCode.InputErrors, $"no gold set (gold.json or gold-extraction.json with html/) in {path}");
            var half = result.GetValue(split)!;
            var max = result.GetValue(limit);
            var extractors = new List<(string Name, Func<string, string> Extract)> { ("dossier", Dossier) };
            if (result.GetValue(baseline) == "smartreader")
                extractors.Add(("smartreader", SmartReaderText));

            var scores = new List<(string Extractor, ExtractionScore Score)>();
            environment.Output.WriteLine($"{"set",-14} {"split",-5} {"extractor",-12} {"pages",5} {"P",7} {"R",7} {"F1",7} {"exact",7} {"fail",4}");
            foreach (var (set, pages) in sets)
            {
                var chosen = pages.Where(p => half == "all" || p.Split == half).Take(max ?? int.MaxValue).ToList();
                foreach (var (name, extract) in extractors)
                {
                    Action<GoldPage, PageScore>? report = result.GetValue(perPage)
                        ? (page, s) => environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} {page.Name} P={s.Precision:F3} R={s.Recall:F3}{(s.Exact ? " exact" : "")}"))
                        : null;
                    var score = ExtractionEvaluator.Evaluate(set, chosen, extract, report);
                    scores.Add((name, score));
                    environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{set,-14} {half,-5} {name,-12} {score.Pages,5} {score.Precision,7:F4} {score.Recall,7:F4} {score.F1,7:F4} {score.ExactMatch,7:F4} {score.Failures,4}"));
                }
            }
            if (!result.GetValue(gate))
                return (int)ExitCode.Ok;
            return Gate(environment, result.GetValue(floors)!, half, scores.Where(s => s.Extractor == "dossier").Select(s => s.Score));
        });
        return command;
    }

    private static readonly ArticleCleaner Cleaner = new();

    private static string Dossier(string html)
    {
        var raw = new RawArticle("page.html", "", SourceKind.Html, html, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(html)), "utf-8");
        var context = new StageContext("clean", TimeProvider.System, CancellationToken.None);
        return Cleaner.Run(Doc.From(raw), context).Text;
    }

    private static string SmartReaderText(string html)
    {
        var reader = new SmartReader.Reader("https://example.invalid/", html);
        var article = reader.GetArticle();
        // Scored even when SmartReader itself judges the page not readable (short pages), as our extractor is.
        return article.TextContent ?? "";
    }

    private static int Gate(CliEnvironment environment, string floorsPath, string half, IEnumerable<ExtractionScore> scores)
    {
        if (!File.Exists(floorsPath))
            throw new CliException(ExitCode.IO, $"no floors file at {floorsPath}");
        using var json = JsonDocument.Parse(File.ReadAllBytes(floorsPath));
        if (!json.RootElement.TryGetProperty("stages", out var stages) || !stages.TryGetProperty("extraction", out var stage))
            throw new CliException(ExitCode.InputErrors, $"{floorsPath} has no stages.extraction entry");
        var epsilon = stage.TryGetProperty("epsilon", out var e) ? e.GetDouble() : 0.005;
        var failed = false;
        foreach (var score in scores)
        {
            if (!stage.TryGetProperty($"{score.Set}/{half}", out var floor))
                continue;
            foreach (var (metric, value) in new[] { ("precision", score.Precision), ("recall", score.Recall), ("f1", score.F1), ("exact", score.ExactMatch) })
            {
                if (floor.TryGetProperty(metric, out var min) && value < min.GetDouble() - epsilon)
                {
                    environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"below floor: {score.Set}/{half} {metric} {value:F4} < {min.GetDouble():F4}"));
                    failed = true;
                }
            }
        }
        return (int)(failed ? ExitCode.InputErrors : ExitCode.Ok);
    }
}
