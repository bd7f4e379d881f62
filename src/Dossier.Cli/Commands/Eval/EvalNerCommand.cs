using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Extraction.Entities;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval ner FILE…</c>: exact-span precision, recall and F1 per CoNLL type and overall.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Annotated files (CoNLL columns or CoNLL-U with GUM entities)." };
        var format = new Option<string>("--format") { Description = "conll (token … tag columns) or conllu (CoNLL-U with Entity= brackets); by default each file decides by its columns." };
        format.AcceptOnlyFromAmong("conll", "conllu");
        var output = new Option<string?>("--out") { Description = "Write 'token gold predicted' lines here." };
        var modelPath = new Option<string?>("--model") { Description = "A model file to score instead of the shipped one." };
        var heldBack = new Option<bool>("--held-back") { Description = "Score only the documents 'dossier train ner' holds back from a file it also trains on (Wikigold: every fifth document)." };
        var gold = new Option<string?>("--gold") { Description = "A stand-off annotation (JSON: documents by path, entities by offset) of the documents under FILE, a folder; see eval/ner/README.md.", HelpName = "JSON" };
        var split = new Option<string?>("--split") { Description = "With --gold: score only the documents of this split (dev or test)." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when overall F1 falls below this file's floor in eval/floors.json (stages.ner)." };
        var floorsPath = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json") };
        var command = new Command("ner", """
            Score the NER model: exact span and type match (CoNLL convention), per type and overall.

            Examples:
              dossier eval ner ../shared/data/ner/uner-english-ewt/en_ewt-ud-test.iob2
              dossier eval ner ../shared/data/ner/crossner/politics/test.txt --out politics.pred
              dossier eval ner ../shared/data/ner/wikigold/wikigold.conllu --held-back
              dossier eval ner ../shared/data/timex/TBAQ-cleaned --gold eval/ner/tbaq-news.json --split test
            """)
        {
            files, format, output, modelPath, heldBack, gold, split, gate, floorsPath,
        };
        command.SetAction(result =>
        {
            var sentences = new List<NerSentence>();
            var goldPath = result.GetValue(gold);
            if (goldPath is not null)
                sentences.AddRange(ReadStandoff(environment, goldPath, result.GetRequiredValue(files), result.GetValue(split)));
            else if (result.GetValue(split) is not null)
                throw new CliException(ExitCode.Usage, "--split needs --gold");
            foreach (var file in goldPath is null ? result.GetRequiredValue(files) : [])
            {
                if (!File.Exists(file))
                    throw new CliException(ExitCode.IO, $"{file} not found");
                var lines = File.ReadAllLines(file);
                sentences.AddRange(result.GetValue(format) switch
                {
                    "conll" => NerCorpusReader.ReadColumns(lines, Path.GetFileName(file)),
                    "conllu" => NerCorpusReader.ReadConllu(lines, Path.GetFileName(file)),
                    _ => NerCorpusReader.Read(file),
                });
            }
            if (result.GetValue(heldBack))
            {
                sentences = [.. sentences.Where(NerTrainingSet.IsHeldBack)];
                if (sentences.Count == 0)
                    throw new CliException(ExitCode.InputErrors, "--held-back: no held-back documents in these files (only Wikigold is split by document)");
            }
            var model = result.GetValue(modelPath) is { } path ? LoadModel(path) : NerModel.Default;
            var outPath = result.GetValue(output);
            using var predictions = outPath is null ? null : new StreamWriter(outPath) { NewLine = "\n" };
            var evaluation = NerEvaluator.Evaluate(model, sentences, predictions);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner: {evaluation.Sentences} sentences, {evaluation.Tokens} tokens"));
            foreach (var (type, score) in evaluation.ByType)
                environment.Output.WriteLine($"  {type,-5} {score}");
            environment.Output.WriteLine($"  {"all",-5} {evaluation.Overall}");
            environment.Output.WriteLine($"  PER+LOC+ORG {evaluation.PersonPlaceOrg}");
            if (!result.GetValue(gate))
                return (int)ExitCode.Ok;
            var gated = goldPath is null ? result.GetRequiredValue(files) : [goldPath + (result.GetValue(split) is { } s ? " --split " + s : "")];
            return Gate(environment, result.GetRequiredValue(floorsPath), gated, result.GetValue(heldBack), evaluation.Overall.F1);
        });
        return command;
    }

    // stages.ner in floors.json: { "epsilon": e, "f1": { "<path suffix>": floor } }; a run of one file is gated by the
    // floor whose key its path ends with (plus " --held-back" when only the held-back documents were scored).
    private static int Gate(CliEnvironment environment, string floorsPath, string[] files, bool heldBack, double f1)
    {
        if (!File.Exists(floorsPath))
            throw new CliException(ExitCode.IO, $"{floorsPath} not found");
        using var json = JsonDocument.Parse(File.ReadAllText(floorsPath));
        if (!json.RootElement.TryGetProperty("stages", out var stages) || !stages.TryGetProperty("ner", out var ner) || !ner.TryGetProperty("f1", out var floors))
            throw new CliException(ExitCode.InputErrors, $"{floorsPath} has no stages.ner.f1 floors");
        var epsilon = ner.TryGetProperty("epsilon", out var e) ? e.GetDouble() : 0;
        var path = files.Length == 1 ? files[0].Replace('\\', '/') + (heldBack ? " --held-back" : "") : "";
        var key = files.Length == 1 ? floors.EnumerateObject().FirstOrDefault(f => path.EndsWith(f.Name, StringComparison.Ordinal)) : default;
        if (key.Value.ValueKind != JsonValueKind.Number)
            throw new CliException(ExitCode.InputErrors, $"no NER floor for {string.Join(' ', files)} in {floorsPath}");
        var floor = key.Value.GetDouble();
        var passed = f1 + epsilon >= floor;
        environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate: F1 {f1:0.000} vs floor {floor:0.000} (epsilon {epsilon}): {(passed ? "ok" : "REGRESSION")}"));
        return (int)(passed ? ExitCode.Ok : ExitCode.InputErrors);
    }

    private static IReadOnlyList<NerSentence> ReadStandoff(CliEnvironment environment, string goldPath, string[] roots, string? split)
    {
        if (roots.Length != 1 || !Directory.Exists(roots[0]))
            throw new CliException(ExitCode.IO, $"with --gold, FILE is the one folder holding the annotated documents ({string.Join(' ', roots)} is not)");
        if (!File.Exists(goldPath))
            throw new CliException(ExitCode.IO, $"{goldPath} not found");
        NerStandoffSet set;
        try
        {
            set = NerStandoffReader.Read(goldPath, roots[0], split);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new CliException(ExitCode.InputErrors, $"{goldPath}: {exception.Message}");
        }
        if (set.Documents == 0)
            throw new CliException(ExitCode.InputErrors, $"{goldPath}: no documents{(split is null ? "" : " in split " + split)}");
        environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold: {set.Documents} documents, {set.Entities} entities ({set.Widened} widened to our tokens, {set.Cut} cut by a sentence end)"));
        return set.Sentences;
    }

    private static NerModel LoadModel(string path)
    {
        if (!File.Exists(path))
            throw new CliException(ExitCode.IO, $"{path} not found");
        try
        {
            return NerModel.Load(path);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            throw new CliException(ExitCode.InputErrors, $"{path} is not a Dossier NER model: {exception.Message}");
        }
    }
}
