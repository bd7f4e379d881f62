using System.Globalization;
using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Cli.Commands.Eval;

/// <summary>`--gate` for the eval commands whose floors are flat keys under <c>stages.&lt;stage&gt;</c> in floors.json:
/// every named score must reach its floor minus the stage's epsilon.</summary>
internal static class FloorGate
{
    public static bool Meets(CliEnvironment environment, string floorsPath, string stage, IEnumerable<(string Key, double Actual)> scores)
    {
        if (!File.Exists(floorsPath))
            throw new CliException(ExitCode.IO, $"{floorsPath}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
        using var json = JsonDocument.Parse(File.ReadAllText(floorsPath));
        if (!json.RootElement.TryGetProperty("stages", out var stages) || !stages.TryGetProperty(stage, out var floors))
        {
            environment.Error.WriteLine($"gate: {floorsPath} has no floors for '{stage}'");
            return false;
        }
        var epsilon = floors.TryGetProperty("epsilon", out var e) ? e.GetDouble() : 0;
        var ok = true;
        foreach (var (key, actual) in scores)
        {
            if (floors.TryGetProperty(key, out var floor) && actual < floor.GetDouble() - epsilon)
            {
                environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate: {stage} {key} {actual:0.000} is below its floor {floor.GetDouble():0.000}"));
                ok = false;
            }
        }
        return ok;
    }
}
