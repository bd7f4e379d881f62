using System.CommandLine;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Evaluation;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval events FILE</c>: PLOVER category P/R/F1 of the event extractor on a JSON gold, and the
/// accuracy of mode, CAMEO code, actors, targets and status on matched events.</summary>
internal static class EventsEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The event gold JSON (eval/events/gold.json), or with --gold a folder of reports." };
        var corpusGold = new Option<string?>("--gold") { Description = "Score the whole pipeline on the folder FILE against this corpus event gold (testdata/seeds-events.json).", HelpName = "GOLD" };
        var errors = new Option<bool>("--errors") { Description = "With --gold: list missed, extra and wrong events and wrong merges." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (minus epsilon)." };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "PATH" };
        var command = new Command("events", """
            Score the event extractor on a JSON gold: an event is right when its PLOVER category is right and its
            trigger overlaps the gold trigger; on those, the share with the right mode, CAMEO code, actors, targets
            (every gold one found, none extra; words match when one contains the other) and status.

            With --gold, FILE is a folder of reports: the pipeline runs on it and each report's events are scored
            against the corpus gold (category and trigger), with CONSULT recall counting only meetings, visits and
            calls with the right actors, targets and month, and merge precision/recall over pairs of mentions of
            one gold event in different reports.

            Examples:
              dossier eval events eval/events/gold.json
              dossier eval events ../shared/corpus/seeds --gold testdata/seeds-events.json
            """)
        {
            file,
            corpusGold,
            errors,
            gate,
            floors,
        };
        command.SetAction(result => result.GetValue(corpusGold) is { } goldPath
            ? CorpusEventsEval.Run(environment, result.GetRequiredValue(file), goldPath, result.GetValue(errors), result.GetValue(gate), result.GetRequiredValue(floors))
            : Run(environment, result.GetRequiredValue(file), result.GetValue(gate), result.GetRequiredValue(floors)));
        return command;
    }

    private static int Run(CliEnvironment environment, string path, bool gate, string floorsPath)
    {
        if (!File.Exists(path))
            throw new CliException(ExitCode.IO, $"{path}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
        System.Collections.Immutable.ImmutableArray<GoldEventItem> items;
        try
        {
            items = EventGold.Parse(File.ReadAllText(path));
        }
        catch (FormatException exception)
        {
            throw new CliException(ExitCode.InputErrors, $"{path}: {DiagnosticCatalog.MalformedEventGold.Format(exception.Message)} [{DiagnosticCatalog.MalformedEventGold.Code}]");
        }
        var pipeline = DossierPipeline.CreateDefault();
        var total = EventEvaluation.Empty;
        foreach (var item in items)
            total += EventEvaluation.Score(QuoteEvaluation.Annotate(pipeline, item.Text, item.Id), item);

        var output = environment.Output;
        output.WriteLine($"events: {path} ({total.Items} texts, {total.Category.TruePositives + total.Category.FalseNegatives} gold events)");
        output.WriteLine(Row("category", total.Category));
        output.WriteLine(Row("consult", total.Consult));
        foreach (var (name, right) in new[] { ("mode", total.ModeRight), ("cameo", total.CameoRight), ("actors", total.ActorsRight), ("targets", total.TargetsRight), ("status", total.StatusRight) })
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} accuracy {total.Accuracy(right):0.000} ({right}/{total.Category.TruePositives} matched)"));
        var failed = gate && !MeetsFloors(environment, total, floorsPath);
        return (int)(failed ? ExitCode.InputErrors : ExitCode.Ok);
    }

    private static string Row(string name, PrfScore score) => string.Create(CultureInfo.InvariantCulture, $"{name,-9} {score}");

    private static bool MeetsFloors(CliEnvironment environment, EventEvaluation total, string floorsPath) =>
        FloorGate.Meets(environment, floorsPath, "events",
        [
            ("category_f1", total.Category.F1), ("consult_recall", total.Consult.Recall), ("precision", total.Category.Precision),
            ("actors_accuracy", total.Accuracy(total.ActorsRight)), ("targets_accuracy", total.Accuracy(total.TargetsRight)),
            ("status_accuracy", total.Accuracy(total.StatusRight))
        ]);
}
