using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class EvalEventsCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void PrintsCategoryScoresAndFieldAccuracy()
    {
        var gold = _directory.Write("gold.json", """
            { "items": [
              { "id": "1", "text": "Foreign Minister Ana Lopez met Premier Li Wei in Hanoi.",
                "events": [ { "trigger": "met", "category": "CONSULT", "mode": "", "cameo": "040", "actors": ["Ana Lopez"], "targets": ["Li Wei"], "status": "happened" } ] },
              { "id": "2", "text": "The council criticised the government.",
                "events": [ { "trigger": "criticised", "category": "ACCUSE", "mode": "allege", "cameo": "112", "actors": ["The council"], "targets": ["the government"], "status": "happened" } ] }
            ] }
            """);
        var result = CliRunner.Run("eval", "events", gold);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 texts, 2 gold events", result.Output, StringComparison.Ordinal);
        Assert.Contains("category  P 1.000  R 1.000  F1 1.000", result.Output, StringComparison.Ordinal);
        // The gold says "allege" for criticism; the extractor codes it "disapprove" (CAMEO 111): mode 1 of 2.
        Assert.Contains("mode      accuracy 0.500 (1/2 matched)", result.Output, StringComparison.Ordinal);
        Assert.Contains("actors    accuracy 1.000 (2/2 matched)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedGoldFileIsAnInputErrorWithItsCode()
    {
        var gold = _directory.Write("gold.json", "{ \"items\": [ { \"id\": \"1\" } ] }");
        var result = CliRunner.Run("eval", "events", gold);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DSR4501", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedGoldMeetsItsFloors()
    {
        var result = CliRunner.Run("eval", "events", Path.Combine(RepoPaths.Root, "eval", "events", "gold.json"), "--gate", "--floors", Path.Combine(RepoPaths.Root, "eval", "floors.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }
}
