using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Extraction.Dates;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval dates DIR</c>: TempEval-3 scores of the date resolver on TimeML files.</summary>
internal static class DatesEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "A TimeML file, or a directory searched recursively for .tml files (each subfolder is scored as a part too); with --gold, a folder of reports." };
        var gold = new Option<string?>("--gold") { Description = "Run the pipeline on the reports in DIR and score their dates against this hand annotation (as testdata/seeds-dates.json) instead of reading TimeML.", HelpName = "FILE" };
        var errors = new Option<int>("--errors") { Description = "Print up to N value errors on matched expressions, and up to N span errors (- missed, + spurious).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (minus epsilon)." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write what was found, one JSON line per document ({id, mentions:[{start,end,type,value}]}), for bench/peers/score.py.", HelpName = "PATH" };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "PATH" };
        var command = new Command("dates", """
            Score the date resolver on TimeML (TempEval-3 task A): strict and relaxed span P/R/F1, and type and value
            accuracy on matched expressions. Each document is resolved against its own creation time (DCT).

            Examples:
              dossier eval dates ../shared/data/timex/TBAQ-cleaned
              dossier eval dates ../shared/data/timex/TBAQ-cleaned/AQUAINT --errors 20
              dossier eval dates ../shared/corpus/seeds --gold testdata/seeds-dates.json --errors 100
            """)
        {
            directory,
            errors,
            gate,
            floors,
            predictions,
            gold,
        };
        command.SetAction(result => result.GetValue(gold) is { } goldPath
            ? RunGold(environment, result.GetRequiredValue(directory), goldPath, result.GetValue(errors), result.GetValue(gate), result.GetRequiredValue(floors))
            : Run(environment, result.GetRequiredValue(directory), result.GetValue(errors), result.GetValue(gate), result.GetRequiredValue(floors), result.GetValue(predictions)));
        return command;
    }

    private static int Run(CliEnvironment environment, string path, int errorCount, bool gate, string floorsPath, string? predictionsPath)
    {
        string[] files;
        string root;
        if (File.Exists(path))
        {
            files = [path];
            root = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        }
        else if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
            root = path;
        }
        else
        {
            throw new CliException(ExitCode.IO, $"{path}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
        }
        if (files.Length == 0)
            throw new CliException(ExitCode.InputErrors, $"{path}: no .tml files found");

        var resolver = new DateResolver();
        var parts = new SortedDictionary<string, DateEvaluation>(StringComparer.Ordinal);
        var total = DateEvaluation.Empty;
        var bad = 0;
        using var predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath) { NewLine = "\n" };
        foreach (var file in files)
        {
            TimeMlDocument document;
            try
            {
                document = TimeMlDocument.Parse(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file));
            }
            catch (FormatException exception)
            {
                environment.Error.WriteLine($"error: {file}: {DiagnosticCatalog.MalformedTimeMl.Format(exception.Message)} [{DiagnosticCatalog.MalformedTimeMl.Code}]");
                bad++;
                continue;
            }
            var score = DateEvaluation.Score(resolver, document);
            predictions?.WriteLine(JsonSerializer.Serialize(new
            {
                id = document.Id,
                mentions = resolver.Resolve(document.Text, document.CreationTime)
                    .Select(m => new { start = m.Span.Start, end = m.Span.End, type = m.Type.ToString().ToUpperInvariant(), value = m.Value }),
            }));
            var relative = Path.GetRelativePath(root, file);
            var part = relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)] : ".";
            parts[part] = parts.TryGetValue(part, out var sum) ? sum + score : score;
            total += score;
        }

        var output = environment.Output;
        output.WriteLine($"dates: TimeML {path} (anchor: each document's creation time)");
        output.WriteLine("part            docs  gold   strict P/R/F1         relaxed P/R/F1        type acc  value acc  value F1");
        if (parts.Count > 1)
        {
            foreach (var (name, score) in parts)
                output.WriteLine(Row(name, score));
        }
        output.WriteLine(Row("all", total));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"value acc with equivalent spellings counted (T17 = T17:00, P1E = P10Y, P2Q = P6M, P1W = P7D): {total.ValueEquivalentAccuracy:0.000} ({total.ValueEquivalent - total.ValueCorrect} more)"));
        foreach (var error in total.Errors.Take(errorCount))
            output.WriteLine($"  value  {error.Document}: \"{error.Text}\" expected {error.Expected}, found {error.Found ?? "null"} ({error.Note})");
        foreach (var error in total.SpanErrors.Take(errorCount))
            output.WriteLine($"  span   {error}");

        var failed = gate && !MeetsFloors(environment, total, floorsPath);
        return (int)(bad > 0 || failed ? ExitCode.InputErrors : ExitCode.Ok);
    }

    private static int RunGold(CliEnvironment environment, string path, string goldPath, int errorCount, bool gate, string floorsPath)
    {
        AnnotatedFolder.Require(path, goldPath);
        var gold = AnnotatedFolder.ReadGold(goldPath, DateGold.Parse, DiagnosticCatalog.MalformedDateGold);

        var docs = AnnotatedFolder.Articles(path);
        var score = DateGoldEvaluation.Score(docs, gold);

        var output = environment.Output;
        var total = score.Groups.Sum(g => g.Gold);
        output.WriteLine($"dates: {path} against {goldPath} ({score.Reports} reports, {total} annotated expressions; anchor: each report's publication date from the cleaner)");
        output.WriteLine("group              gold  found  recall  value acc  resolved right");
        foreach (var g in score.Groups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Name,-17} {g.Gold,5}  {g.Matched,5}  {g.Recall,6:0.000}  {g.ValueAccuracy,9:0.000}  {g.Resolved:0.000} ({g.ValueRight}/{g.Gold})"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spans (overlap)    {score.Spans}"));
        foreach (var line in score.Lines.Take(errorCount))
            output.WriteLine("  " + line);

        var failed = gate && !FloorGate.Meets(environment, floorsPath, "dates-seeds",
        [
            ("relative_partial_resolved", score.RelativeAndPartial.Resolved), ("absolute_resolved", score.Absolute.Resolved),
            ("span_precision", score.Spans.Precision), ("span_recall", score.Spans.Recall),
        ]);
        return (int)(failed ? ExitCode.InputErrors : ExitCode.Ok);
    }

    private static string Row(string name, DateEvaluation e) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-14} {e.Documents,5} {e.Relaxed.TruePositives + e.Relaxed.FalseNegatives,5}   {e.Strict.Precision:0.000} {e.Strict.Recall:0.000} {e.Strict.F1:0.000}   {e.Relaxed.Precision:0.000} {e.Relaxed.Recall:0.000} {e.Relaxed.F1:0.000}   {e.TypeAccuracy,8:0.000}  {e.ValueAccuracy,9:0.000}  {e.Value.F1,8:0.000}");

    private static bool MeetsFloors(CliEnvironment environment, DateEvaluation total, string floorsPath) =>
        FloorGate.Meets(environment, floorsPath, "dates",
            [("strict_f1", total.Strict.F1), ("relaxed_f1", total.Relaxed.F1), ("value_accuracy", total.ValueAccuracy), ("value_f1", total.Value.F1)]);
}
