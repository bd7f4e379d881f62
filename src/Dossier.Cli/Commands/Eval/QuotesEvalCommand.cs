using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Evaluation;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval quotes DIR</c>: content, source and cue span scores and attribution accuracy of the quote
/// extractor on brat attribution annotation (PolNeAR).</summary>
internal static class QuotesEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "A folder with text/NAME.txt and attributions/NAME_ANNOTATOR.ann (e.g. polnear data/dev)." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (minus epsilon)." };
        var errors = new Option<bool>("--errors") { Description = "List the matched quotations whose speaker is wrong or missing, direct or indirect (for error analysis on a training split)." };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "PATH" };
        var goldOption = new Option<string?>("--gold") { Description = "Score DIR as a folder of reports against a JSON file of hand-annotated direct quotes ({\"quotes\": [{\"file\", \"words\", \"speaker\"}]}) instead of brat annotation.", HelpName = "FILE" };
        var command = new Command("quotes", """
            Score the quote extractor on brat attribution annotation (PolNeAR): exact and overlap P/R/F1 of content,
            source and cue spans, and attribution accuracy (the speaker found for a matched content overlaps the gold
            source). Rows: all attributions (PolNeAR also marks beliefs and intentions), those whose cue is a verb of
            saying, and those whose content is in quotation marks. One annotation file per article (the first by name).
            With --gold FILE, DIR is a folder of reports and FILE lists their direct quotes (report file, first words,
            speaker): direct-quote P/R/F1 and the share of matched quotes whose speaker is right.

            Examples:
              dossier eval quotes ../shared/data/quotes/polnear/data/dev
              dossier eval quotes ../shared/corpus/seeds --gold testdata/seeds-quotes.json
            """)
        {
            directory,
            gate,
            floors,
            errors,
            goldOption,
        };
        command.SetAction(result => result.GetValue(goldOption) is { } goldPath
            ? RunGold(environment, result.GetRequiredValue(directory), goldPath, result.GetValue(gate), result.GetRequiredValue(floors), result.GetValue(errors))
            : Run(environment, result.GetRequiredValue(directory), result.GetValue(gate), result.GetRequiredValue(floors), result.GetValue(errors)));
        return command;
    }

    private static int Run(CliEnvironment environment, string path, bool gate, string floorsPath, bool listErrors)
    {
        var textDirectory = Path.Combine(path, "text");
        var annotationDirectory = Path.Combine(path, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
            throw new CliException(ExitCode.IO, $"{path}: {DiagnosticCatalog.NotFound.Format()} (expected text/ and attributions/) [{DiagnosticCatalog.NotFound.Code}]");
        var texts = Directory.EnumerateFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0)
            throw new CliException(ExitCode.InputErrors, $"{path}: no text/*.txt files found");
        var annotations = Directory.EnumerateFiles(annotationDirectory, "*.ann").Order(StringComparer.Ordinal).ToList();

        var pipeline = DossierPipeline.CreateDefault();
        var total = QuoteEvaluation.Empty;
        var bad = 0;
        var missing = 0;
        foreach (var file in texts)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var ann = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                missing++;
                continue;
            }
            var text = File.ReadAllText(file);
            System.Collections.Immutable.ImmutableArray<BratAttribution> gold;
            try
            {
                gold = BratAttributions.Parse(File.ReadAllText(ann), text);
            }
            catch (FormatException exception)
            {
                environment.Error.WriteLine($"error: {ann}: {DiagnosticCatalog.MalformedBrat.Format(exception.Message)} [{DiagnosticCatalog.MalformedBrat.Code}]");
                bad++;
                continue;
            }
            var doc = QuoteEvaluation.Annotate(pipeline, text, file);
            var speakerErrors = listErrors ? new List<QuoteSpeakerError>() : null;
            total += QuoteEvaluation.Score(text, gold, doc.Quotes, speakerErrors);
            foreach (var error in speakerErrors ?? [])
            {
                var from = Math.Max(0, error.Content.Start - 160);
                var to = Math.Min(text.Length, error.Content.End + 120);
                environment.Output.WriteLine($"{(error.Direct ? "direct" : "indirect")} {name}: gold [{error.Gold}] found [{error.Found}] :: {text[from..to].ReplaceLineEndings(" / ")}");
            }
        }

        var output = environment.Output;
        output.WriteLine($"quotes: brat attributions {path} ({total.Documents} articles, {total.Attributions} attributions; {missing} without annotation skipped)");
        output.WriteLine("subset  unit      exact P/R/F1            overlap P/R/F1          attribution accuracy");
        foreach (var (label, score) in new[] { ("all", total.All), ("speech", total.Speech), ("direct", total.Direct) })
        {
            output.WriteLine(Row(label, "content", score.ContentExact, score.ContentOverlap) + string.Create(CultureInfo.InvariantCulture, $"  {score.SpeakerAccuracy:0.000} ({score.SpeakerRight}/{score.SpeakerJudged})"));
            output.WriteLine(Row(label, "source", score.SourceExact, score.SourceOverlap));
            output.WriteLine(Row(label, "cue", score.CueExact, score.CueOverlap));
        }
        var failed = gate && !MeetsFloors(environment, total, floorsPath);
        return (int)(bad > 0 || failed ? ExitCode.InputErrors : ExitCode.Ok);
    }

    private static int RunGold(CliEnvironment environment, string path, string goldPath, bool gate, string floorsPath, bool listErrors)
    {
        AnnotatedFolder.Require(path, goldPath);
        var gold = AnnotatedFolder.ReadItems(goldPath, QuoteGold.Parse, DiagnosticCatalog.NoQuoteGold);

        var corpus = AnnotatedFolder.Corpus(path);
        var evaluation = QuoteGoldEvaluator.Score(corpus, gold);

        var output = environment.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes: {path} against {goldPath} ({corpus.Articles.Length} reports, {gold.Length} gold direct quotes)"));
        output.WriteLine($"direct quotes  {evaluation.Quotes}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker        {evaluation.SpeakerAccuracy:0.000} ({evaluation.SpeakerRight}/{evaluation.SpeakerJudged} matched quotes with the right speaker)"));
        if (listErrors)
        {
            foreach (var line in evaluation.Errors)
                output.WriteLine("  " + line);
        }
        var failed = gate && !FloorGate.Meets(environment, floorsPath, "quotes-seeds",
        [
            ("direct_precision", evaluation.Quotes.Precision), ("direct_recall", evaluation.Quotes.Recall),
            ("direct_f1", evaluation.Quotes.F1), ("speaker_accuracy", evaluation.SpeakerAccuracy)
        ]);
        return (int)(failed ? ExitCode.InputErrors : ExitCode.Ok);
    }

    private static string Row(string subset, string unit, PrfScore exact, PrfScore overlap) => string.Create(CultureInfo.InvariantCulture,
        $"{subset,-7} {unit,-8}  {exact.Precision:0.000} {exact.Recall:0.000} {exact.F1:0.000}     {overlap.Precision:0.000} {overlap.Recall:0.000} {overlap.F1:0.000}  (gold {overlap.TruePositives + overlap.FalseNegatives}, found {overlap.TruePositives + overlap.FalsePositives})");

    private static bool MeetsFloors(CliEnvironment environment, QuoteEvaluation total, string floorsPath) =>
        FloorGate.Meets(environment, floorsPath, "quotes",
        [
            ("content_overlap_f1", total.All.ContentOverlap.F1), ("source_overlap_f1", total.All.SourceOverlap.F1),
            ("cue_exact_f1", total.All.CueExact.F1), ("attribution_accuracy", total.All.SpeakerAccuracy),
            ("speech_content_overlap_f1", total.Speech.ContentOverlap.F1), ("speech_attribution_accuracy", total.Speech.SpeakerAccuracy),
            ("direct_content_overlap_f1", total.Direct.ContentOverlap.F1), ("direct_attribution_accuracy", total.Direct.SpeakerAccuracy)
        ]);
}
