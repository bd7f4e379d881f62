using System.Globalization;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Evaluation;
using Dossier.Extraction.Events;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval events DIR --gold FILE</c>: the event stages on a folder of reports against a corpus event gold.</summary>
internal static class CorpusEventsEval
{
    public static int Run(CliEnvironment environment, string path, string goldPath, bool showErrors, bool gate, string floorsPath)
    {
        AnnotatedFolder.Require(path, goldPath);
        var gold = AnnotatedFolder.ReadGold(goldPath, CorpusEventGold.Parse, DiagnosticCatalog.MalformedEventGold);

        var corpus = AnnotatedFolder.Corpus(path);
        var result = CorpusEventEvaluation.Score(corpus, gold);

        var output = environment.Output;
        var files = gold.Select(g => g.File).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(Invariant($"events: {path} against {goldPath} ({corpus.Articles.Length} reports, {files} annotated, {gold.Length} gold events, {gold.Select(g => g.Event).Distinct(StringComparer.Ordinal).Count()} real-world events)"));
        output.WriteLine($"events    {result.Events}");
        output.WriteLine(Invariant($"consult   recall {result.ConsultRecall:0.000} ({result.ConsultRight}/{result.ConsultGold} meetings, visits, calls with right actors, targets and month)"));
        foreach (var (name, right) in new[] { ("actors", result.ActorsRight), ("targets", result.TargetsRight), ("status", result.StatusRight), ("month", result.MonthRight), ("place", result.PlaceRight) })
            output.WriteLine(Invariant($"{name,-9} accuracy {result.Accuracy(right):0.000} ({right}/{result.Events.TruePositives} matched)"));
        output.WriteLine($"merge     {result.Merge} (pairs of mentions in different reports)");
        if (showErrors)
        {
            foreach (var line in result.Errors)
                output.WriteLine("  " + line);
        }
        if (!gate)
            return (int)ExitCode.Ok;
        return FloorGate.Meets(environment, floorsPath, "events-seeds",
        [
            ("precision", result.Events.Precision), ("recall", result.Events.Recall), ("consult_recall", result.ConsultRecall),
            ("actors_accuracy", result.Accuracy(result.ActorsRight)), ("targets_accuracy", result.Accuracy(result.TargetsRight)),
            ("status_accuracy", result.Accuracy(result.StatusRight)), ("month_accuracy", result.Accuracy(result.MonthRight)),
            ("merge_precision", result.Merge.Precision), ("merge_recall", result.Merge.Recall)
        ]) ? (int)ExitCode.Ok : (int)ExitCode.InputErrors;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
