using Dossier.Cli;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class DatesEvalCommandTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-22" temporalFunction="false" functionInDocument="CREATION_TIME">2024-04-22</TIMEX3></DCT>
        <TEXT>
        The ministers said on <TIMEX3 tid="t1" type="DATE" value="2024-04-19">Friday</TIMEX3> they would meet again <TIMEX3 tid="t2" type="DATE" value="2024-W18">next week</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> &amp; more.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void ScoresAFolderOfTimeMlAgainstEachDocumentsCreationTime()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("News", "t1.tml"), Document);

        var (code, output, _) = CliRunner.Run("eval", "dates", dir.Path);

        Assert.Equal(0, code);
        var all = output.Split('\n').Single(line => line.StartsWith("all", StringComparison.Ordinal));
        // Three gold expressions, three found with the exact words and values: every score is 1.
        Assert.Equal(["all", "1", "3", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"],
            all.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AWrongValueLowersValueAccuracyButNotSpanScores()
    {
        using var dir = new TempDirectory();
        dir.Write("t1.tml", Document.Replace("value=\"2024-04-19\"", "value=\"2024-04-26\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("eval", "dates", dir.Path, "--errors", "5");

        Assert.Equal(0, code);
        var all = output.Split('\n').Single(line => line.StartsWith("all", StringComparison.Ordinal));
        // Spans and types all right; two values of three.
        Assert.Equal(["all", "1", "3", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000", "0.667", "0.667"],
            all.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"Friday\" expected 2024-04-26, found 2024-04-19", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotTimeMlIsReportedWithItsCodeAndTheRestIsScored()
    {
        using var dir = new TempDirectory();
        dir.Write("good.tml", Document);
        dir.Write("bad.tml", "<html>not timeml</html>");

        var (code, output, error) = CliRunner.Run("eval", "dates", dir.Path);

        Assert.Equal(1, code);
        Assert.Contains("DSR4301", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("all", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDirectoryIsAnIoError()
    {
        var (code, _, error) = CliRunner.Run("eval", "dates", Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(3, code);
        Assert.Contains("DSR1007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGateFailsWhenAScoreIsBelowItsFloor()
    {
        using var dir = new TempDirectory();
        dir.Write("t1.tml", Document.Replace("value=\"2024-04-19\"", "value=\"2024-04-26\"", StringComparison.Ordinal));
        var floors = dir.Write("floors.json", """{ "stages": { "dates": { "value_accuracy": 0.9, "epsilon": 0.005 } } }""");

        var (code, _, error) = CliRunner.Run("eval", "dates", Path.Combine(dir.Path, "t1.tml"), "--gate", "--floors", floors);

        Assert.Equal(1, code);
        Assert.Contains("value_accuracy", error, StringComparison.Ordinal);
    }

    private const string Report = """
        Harbour talks resume

        Reuters April 24, 2024

        The two ministers met on Monday in the old port, which opened on May 2, 2019. They will meet again on Friday, aides said.

        The ferry line closed in March, and a strike planned for that month was called off.
        """;

    private const string ReportGold = """
        { "reports": [ { "file": "harbour.txt", "anchor": "2024-04-24", "expressions": [
          { "text": "May 2, 2019", "n": 0, "kind": "absolute", "value": "2019-05-02" },
          { "text": "Monday", "n": 0, "kind": "relative", "value": "2024-04-22" },
          { "text": "Friday", "n": 0, "kind": "relative", "value": "VALUE" },
          { "text": "March", "n": 0, "kind": "partial", "value": "2024-03" },
          { "text": "that month", "n": 0, "kind": "relative", "value": "2024-03" }
        ] } ] }
        """;

    [Theory]
    [InlineData("2024-04-26", "1.000 (4/4)")]
    [InlineData("2024-04-19", "0.750 (3/4)")]
    public void WithAGoldFileTheReportsDatesAreScoredByGroupAndAWrongValueIsListed(string friday, string relativeResolved)
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("reports", "harbour.txt"), Report);
        var gold = dir.Write("gold.json", ReportGold.Replace("VALUE", friday, StringComparison.Ordinal));

        var (code, output, error) = CliRunner.Run("eval", "dates", Path.Combine(dir.Path, "reports"), "--gold", gold, "--errors", "10");

        Assert.True(code == 0, output + error);
        var relative = output.Split('\n').Single(line => line.StartsWith("relative+partial", StringComparison.Ordinal));
        Assert.EndsWith(relativeResolved, relative.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("absolute", StringComparison.Ordinal) && line.TrimEnd().EndsWith("1.000 (1/1)", StringComparison.Ordinal));
        Assert.Equal(friday != "2024-04-26", output.Contains("\"Friday\" #0 expected " + friday + ", found \"Friday\" 2024-04-26", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnreadableGoldFileIsAnInputErrorWithItsCode()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("reports", "harbour.txt"), Report);
        var gold = dir.Write("gold.json", """{ "reports": [ { "file": "harbour.txt", "expressions": [ { "text": "Monday", "kind": "someday", "value": null } ] } ] }""");

        var (code, _, error) = CliRunner.Run("eval", "dates", Path.Combine(dir.Path, "reports"), "--gold", gold);

        Assert.Equal(1, code);
        Assert.Contains("DSR4302", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedDatesMeetTheIssuesTargetAndTheirFloors()
    {
        var (code, output, error) = CliRunner.Run("eval", "dates", RepoPaths.Seeds, "--gold", Path.Combine(RepoPaths.Root, "testdata", "seeds-dates.json"),
            "--gate", "--floors", Path.Combine(RepoPaths.Root, "eval", "floors.json"));

        Assert.True(code == 0, output + error);
        var relative = output.Split('\n').Single(line => line.StartsWith("relative+partial", StringComparison.Ordinal));
        var resolved = double.Parse(relative.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(resolved >= 0.95, output);
    }
}
