using System.CommandLine;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Evaluation;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval facts FILE</c>: agreement and contradiction findings of the <c>facts</c> stage against
/// hand-written cases, P/R/F1 overall and per kind.</summary>
internal static class FactsEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The fact-comparison gold JSON (eval/facts/gold.json)." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (minus epsilon)." };
        var errors = new Option<bool>("--errors") { Description = "List every unexpected and missed finding." };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "PATH" };
        var command = new Command("facts", """
            Score the comparison of stated facts across a story's reports (counts, titles, quote wording, durations):
            a finding is right when its kind, its verdict (agrees or contradicts) and the words of both sides are the
            expected ones.

            Example:
              dossier eval facts eval/facts/gold.json
            """)
        {
            file,
            gate,
            errors,
            floors,
        };
        command.SetAction(result => Run(environment, result.GetRequiredValue(file), result.GetValue(gate), result.GetValue(errors), result.GetRequiredValue(floors)));
        return command;
    }

    private static int Run(CliEnvironment environment, string path, bool gate, bool errors, string floorsPath)
    {
        if (!File.Exists(path))
            throw new CliException(ExitCode.IO, $"{path}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
        System.Collections.Immutable.ImmutableArray<FactCase> cases;
        try
        {
            cases = FactEvaluator.Parse(File.ReadAllText(path));
        }
        catch (FormatException exception)
        {
            throw new CliException(ExitCode.InputErrors, $"{path}: {DiagnosticCatalog.MalformedFactGold.Format(exception.Message)} [{DiagnosticCatalog.MalformedFactGold.Code}]");
        }
        var evaluation = FactEvaluator.Evaluate(cases);
        var output = environment.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"facts: {path} ({cases.Length} cases, {evaluation.All.TruePositives + evaluation.All.FalseNegatives} expected findings)"));
        output.WriteLine($"all       {evaluation.All}");
        foreach (var (kind, score) in evaluation.ByKind)
            output.WriteLine($"{kind,-9} {score}");
        if (errors)
        {
            foreach (var error in evaluation.Errors)
                output.WriteLine("  " + error);
        }
        if (!gate)
            return (int)ExitCode.Ok;
        var ok = FloorGate.Meets(environment, floorsPath, "facts", [("f1", evaluation.All.F1), ("precision", evaluation.All.Precision)]);
        return (int)(ok ? ExitCode.Ok : ExitCode.InputErrors);
    }
}
