using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Evaluation;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval stories DIR</c>: story clustering (pairwise F1, B-cubed F1, ARI) and copy detection (P/R/F1) against gold labels.</summary>
internal static class EvalStoriesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "A folder with gold.json (as samples/), labelled news-please JSON files (as ../shared/data/clustering/giveme5w1h-news-cluster), or an extraction gold.json of pages (as ../shared/data/extraction/l3s-gn1: each page its own story, for --synthetic-copies)." };
        var split = new Option<string>("--split") { Description = "Which part of a set with sampling.json: all, train, test or heldout (not train).", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong([.. StoryGoldSet.Splits]);
        var damaged = new Option<bool>("--include-damaged") { Description = "Also score data_damaged/ (articles the dataset's authors flagged: missing dates, truncated text)." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (stage 'stories')." };
        var errors = new Option<bool>("--errors") { Description = "List predicted stories that mix gold stories (precision errors)." };
        var synthetic = new Option<bool>("--synthetic-copies") { Description = "Add generated copies (duplicate, syndicated, spun rewrite, summary) of every third article and score copy detection on them (synthetic: see docs/stories.md)." };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "FILE" };
        var command = new Command("stories", """
            Score story clustering (pairwise P/R/F1, B-cubed P/R/F1, adjusted Rand index) and, where the set has copy
            relations, copy detection (P/R/F1 over unordered pairs, and how many kinds are right).

            Examples:
              dossier eval stories samples
              dossier eval stories ../shared/data/clustering/giveme5w1h-news-cluster --split heldout
              dossier eval stories ../shared/data/extraction/l3s-gn1 --synthetic-copies
            """)
        {
            directory, split, damaged, gate, floors, errors, synthetic,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(directory)!;
            if (!Directory.Exists(path))
                throw new CliException(ExitCode.IO, $"{path}: no such directory [{DiagnosticCatalog.NotFound.Code}]");
            var set = StoryGoldSet.Load(path, result.GetValue(split)!, result.GetValue(damaged));
            if (result.GetValue(synthetic))
                set = SyntheticCopies.Add(set);
            foreach (var problem in set.Problems)
                environment.Error.WriteLine($"{(problem.Severity == Severity.Error ? "error" : "warning")}: {problem.Message} [{problem.Code}]");
            if (set.Articles.IsEmpty)
                return (int)ExitCode.InputErrors;

            var evaluation = StoryEvaluator.Evaluate(set);
            var output = environment.Output;
            var c = evaluation.Clustering;
            output.WriteLine(Invariant($"stories: {set.Format}, split {result.GetValue(split)}, {c.Items} article(s), {c.GoldClusters} gold stories, {c.PredictedClusters} predicted"));
            output.WriteLine($"pairwise  {c.Pairwise}");
            output.WriteLine(Invariant($"B-cubed   P {c.BCubedPrecision:0.000}  R {c.BCubedRecall:0.000}  F1 {c.BCubedF1:0.000}"));
            output.WriteLine(Invariant($"ARI       {c.AdjustedRand:0.000}"));
            if (evaluation.Copies is { } copies)
            {
                output.WriteLine($"copies    {copies}");
                output.WriteLine(Invariant($"copy kinds right: {evaluation.CopyKindsRight} of {copies.TruePositives} found"));
                if (result.GetValue(synthetic))
                {
                    foreach (var (kind, gold, found, right) in evaluation.ByKind)
                        output.WriteLine(Invariant($"  {kind,-10} gold {gold,3}  found {found,3}  kind right {right,3}"));
                    foreach (var (confusion, count) in evaluation.WrongKinds)
                        output.WriteLine(Invariant($"  wrong kind: {confusion} ×{count}"));
                    output.WriteLine(Invariant($"  gold pairs in one copy group (linked through the group's original): {evaluation.GoldInSameGroup} of {set.Copies.Length}"));
                    output.WriteLine(Invariant($"  pairs found between two original articles (not generated): {evaluation.FoundBetweenOriginals}"));
                }
            }
            if (result.GetValue(errors))
                PrintMixed(set, evaluation, output);
            if (!result.GetValue(gate))
                return (int)ExitCode.Ok;
            return Gate(result.GetValue(floors)!, evaluation, environment) ? (int)ExitCode.Ok : (int)ExitCode.InputErrors;
        });
        return command;
    }

    private static bool Gate(string floorsPath, StoryEvaluation evaluation, CliEnvironment environment)
    {
        if (!File.Exists(floorsPath))
            throw new CliException(ExitCode.IO, $"{floorsPath}: no floors file");
        using var json = JsonDocument.Parse(File.ReadAllText(floorsPath));
        if (!json.RootElement.GetProperty("stages").TryGetProperty("stories", out var floors))
            throw new CliException(ExitCode.InputErrors, $"{floorsPath}: no floors for stage 'stories'");
        var epsilon = floors.TryGetProperty("epsilon", out var e) ? e.GetDouble() : 0.0;
        var scores = new Dictionary<string, double>
        {
            ["pairwise_f1"] = evaluation.Clustering.Pairwise.F1,
            ["bcubed_f1"] = evaluation.Clustering.BCubedF1,
            ["ari"] = evaluation.Clustering.AdjustedRand,
        };
        var ok = true;
        foreach (var (name, score) in scores)
        {
            if (floors.TryGetProperty(name, out var floor) && score < floor.GetDouble() - epsilon)
            {
                environment.Error.WriteLine(Invariant($"below floor: {name} {score:0.000} < {floor.GetDouble():0.000}"));
                ok = false;
            }
        }
        return ok;
    }

    private static void PrintMixed(StoryGoldSet set, StoryEvaluation evaluation, TextWriter output)
    {
        var byId = set.Articles.GroupBy(a => a.Raw.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var story in evaluation.Corpus.Stories)
        {
            var labels = story.Articles.Where(byId.ContainsKey).GroupBy(a => byId[a].Story).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (labels.Count > 1)
                output.WriteLine($"mixed {story.Id} \"{story.Title}\": " + string.Join(", ", labels.Select(g => $"{g.Key} ({g.Count()})")));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
