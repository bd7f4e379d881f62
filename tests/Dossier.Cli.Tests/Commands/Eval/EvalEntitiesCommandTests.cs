using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class EvalEntitiesCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void ScoresPeopleOneEntityPerPersonAndRolesAgainstAGoldList()
    {
        _directory.Write("one.txt", "Foreign Minister Kari Dahl met Defense Secretary Tom Reyes in Oslo on Monday.\n\nDahl said the talks were useful.\n");
        _directory.Write("two.txt", "Tom Reyes told reporters in Bergen that the talks had been frank.\n");
        var gold = _directory.Write("people.json", """
            { "people": { "list": [
              { "name": "Kari Dahl", "also": [], "roles": [ { "title": "Foreign Minister", "of": null } ] },
              { "name": "Tom Reyes", "also": [], "roles": [ { "title": "Defense Secretary", "of": null } ] },
              { "name": "Ana Soto", "also": [], "roles": [] }
            ] } }
            """);
        var result = CliRunner.Run("eval", "entities", _directory.Path, "--gold", gold, "--errors");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 gold people, 2 person entities", result.Output, StringComparison.Ordinal);
        Assert.Contains("people      P 1.000  R 0.667", result.Output, StringComparison.Ordinal);
        Assert.Contains("one entity  0.667 (2/3", result.Output, StringComparison.Ordinal);
        Assert.Contains("roles       1.000 (2/2", result.Output, StringComparison.Ordinal);
        Assert.Contains("missed person: Ana Soto", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoldFileWithoutPeopleIsAnInputErrorWithItsCode()
    {
        _directory.Write("one.txt", "Tom Reyes arrived in Oslo.\n");
        var gold = _directory.Write("people.json", "{ \"stories\": {} }");
        var result = CliRunner.Run("eval", "entities", _directory.Path, "--gold", gold);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DSR4101", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedPeopleAreFoundOnceEachWithTheirRolesAtTheIssuesTargets()
    {
        var result = CliRunner.Run("eval", "entities", RepoPaths.Seeds, "--gold", System.IO.Path.Combine(RepoPaths.Root, "testdata", "seeds-people.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        double Score(string pattern) => double.Parse(
            System.Text.RegularExpressions.Regex.Match(result.Output, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Score(@"people\s+P ([\d.]+)") >= 0.95, result.Output);
        Assert.True(Score(@"people\s+P [\d.]+\s+R ([\d.]+)") >= 0.95, result.Output);
        Assert.True(Score(@"one entity\s+([\d.]+)") >= 0.95, result.Output);
        Assert.True(Score(@"roles\s+([\d.]+)") >= 0.90, result.Output);
    }

    [Fact]
    public void TheSeedsAreGatedByTheirOwnFloorsNotTheDemoCorpus()
    {
        var floors = System.IO.Path.Combine(RepoPaths.Root, "eval", "floors.json");
        var seeds = CliRunner.Run("eval", "entities", RepoPaths.Seeds, "--gold", System.IO.Path.Combine(RepoPaths.Root, "testdata", "seeds-people.json"), "--gate", "--floors", floors);
        Assert.True(seeds.ExitCode == 0, seeds.Output + seeds.Error);

        // A stricter seed floor than the figure reached fails the gate and names the stage it came from.
        var strict = _directory.Write("floors.json", """{ "stages": { "entities-seeds": { "roles": 1.0 }, "entities": { "roles": 0.0 } } }""");
        var failing = CliRunner.Run("eval", "entities", RepoPaths.Seeds, "--gold", System.IO.Path.Combine(RepoPaths.Root, "testdata", "seeds-people.json"), "--gate", "--floors", strict);
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("gate: entities-seeds roles", failing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDemoCorpusMeetsItsFloors()
    {
        var result = CliRunner.Run("eval", "entities", RepoPaths.Samples, "--gate", "--floors", System.IO.Path.Combine(RepoPaths.Root, "eval", "floors.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }
}
