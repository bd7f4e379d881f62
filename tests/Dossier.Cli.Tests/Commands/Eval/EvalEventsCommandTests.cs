using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class EvalEventsCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static string SeedGold => System.IO.Path.Combine(RepoPaths.Root, "testdata", "seeds-events.json");

    [Fact]
    public void ScoresReportEventsConsultPartiesAndMergesAgainstACorpusGold()
    {
        _directory.Write("one.txt", "Foreign Minister Kari Dahl met Defense Secretary Tom Reyes in Oslo.\n\nDahl also accused Ruritania of spying.\n");
        _directory.Write("two.txt", "Kari Dahl will meet Tom Reyes in Oslo.\n");
        var gold = _directory.Write("events.json", """
            { "events": [
              { "file": "one.txt", "trigger": "met", "category": "CONSULT", "actors": ["Kari Dahl"], "targets": ["Tom Reyes"], "place": "Oslo", "status": "happened", "event": "dahl-reyes" },
              { "file": "two.txt", "trigger": "meet", "category": "CONSULT", "actors": ["Kari Dahl"], "targets": ["Tom Reyes"], "place": "Oslo", "status": "planned", "event": "dahl-reyes" },
              { "file": "two.txt", "trigger": "Oslo", "category": "AGREE", "actors": ["Tom Reyes"], "targets": [], "event": "nothing" }
            ] }
            """);
        var result = CliRunner.Run("eval", "events", _directory.Path, "--gold", gold, "--errors");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("events    P 0.667  R 0.667", result.Output, StringComparison.Ordinal); // the accusation is not in the gold; the AGREE is not found
        Assert.Contains("consult   recall 1.000 (2/2", result.Output, StringComparison.Ordinal);
        Assert.Contains("status    accuracy 1.000 (2/2", result.Output, StringComparison.Ordinal);
        Assert.Contains("merge     P 1.000  R 1.000", result.Output, StringComparison.Ordinal);
        Assert.Contains("missed  two.txt AGREE \"Oslo\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("extra   one.txt ACCUSE \"accused\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingGoldFileIsAnIOError()
    {
        _directory.Write("one.txt", "Kari Dahl met Tom Reyes.\n");
        var result = CliRunner.Run("eval", "events", _directory.Path, "--gold", System.IO.Path.Combine(_directory.Path, "none.json"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("DSR", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedGoldFileIsReportedWithItsCode()
    {
        _directory.Write("one.txt", "Kari Dahl met Tom Reyes.\n");
        var gold = _directory.Write("events.json", "{ \"events\": [ { \"trigger\": \"met\" } ] }");
        var result = CliRunner.Run("eval", "events", _directory.Path, "--gold", gold);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DSR4501", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedEventsMeetTheFiguresReachedOnOurOwnAnnotation()
    {
        // The seeds are read at run time; the floors are the figures reached when the rules were fixed (eval/floors.json,
        // stage events-seeds), so a change that loses a seed event, a party, a status or a merge fails here.
        var result = CliRunner.Run("eval", "events", RepoPaths.Seeds, "--gold", SeedGold, "--gate", "--floors", System.IO.Path.Combine(RepoPaths.Root, "eval", "floors.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("80 gold events, 48 real-world events", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEventGoldModeIsUnchanged()
    {
        var result = CliRunner.Run("eval", "events", System.IO.Path.Combine(RepoPaths.Root, "eval", "events", "gold.json"), "--gate", "--floors", System.IO.Path.Combine(RepoPaths.Root, "eval", "floors.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("category  P", result.Output, StringComparison.Ordinal);
    }

    // The sentence gold mode (eval/events/gold.json).
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
