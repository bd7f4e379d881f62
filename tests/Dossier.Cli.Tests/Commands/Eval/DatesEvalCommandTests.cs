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

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DossierCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void ScoresAFolderOfTimeMlAgainstEachDocumentsCreationTime()
    {
        using var dir = new TempDirectory();
        dir.Write(Path.Combine("News", "t1.tml"), Document);

        var (code, output, _) = Run("eval", "dates", dir.Path);

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

        var (code, output, _) = Run("eval", "dates", dir.Path, "--errors", "5");

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

        var (code, output, error) = Run("eval", "dates", dir.Path);

        Assert.Equal(1, code);
        Assert.Contains("DSR4301", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("all", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDirectoryIsAnIoError()
    {
        var (code, _, error) = Run("eval", "dates", Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(3, code);
        Assert.Contains("DSR1007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGateFailsWhenAScoreIsBelowItsFloor()
    {
        using var dir = new TempDirectory();
        dir.Write("t1.tml", Document.Replace("value=\"2024-04-19\"", "value=\"2024-04-26\"", StringComparison.Ordinal));
        var floors = dir.Write("floors.json", """{ "stages": { "dates": { "value_accuracy": 0.9, "epsilon": 0.005 } } }""");

        var (code, _, error) = Run("eval", "dates", Path.Combine(dir.Path, "t1.tml"), "--gate", "--floors", floors);

        Assert.Equal(1, code);
        Assert.Contains("value_accuracy", error, StringComparison.Ordinal);
    }
}
