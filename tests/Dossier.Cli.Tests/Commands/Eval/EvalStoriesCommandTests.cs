using Dossier.Cli;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class EvalStoriesCommandTests
{
    [Fact]
    public void TheSamplesScorePerfectStoriesAndCopies()
    {
        var (code, output, _) = CliRunner.Run("eval", "stories", RepoPaths.Samples);
        Assert.Equal(0, code);
        Assert.Contains("pairwise  P 1.000  R 1.000  F1 1.000", output);
        Assert.Contains("B-cubed   P 1.000  R 1.000  F1 1.000", output);
        Assert.Contains("copies    P 1.000  R 1.000  F1 1.000", output);
        Assert.Contains("copy kinds right: 3 of 3", output);
    }

    [Fact]
    public void AFolderWithoutLabelsIsAnInputErrorWithItsCode()
    {
        using var directory = new TempDirectory();
        directory.Write("note.json", "{\"text\": \"no label here\"}");
        var (code, _, error) = CliRunner.Run("eval", "stories", directory.Path);
        Assert.Equal(1, code);
        Assert.Contains("DSR3001", error);
        Assert.Contains("DSR3002", error);
    }

    [Fact]
    public void AMissingFolderIsAnIoError()
    {
        var (code, _, error) = CliRunner.Run("eval", "stories", Path.Combine(Path.GetTempPath(), "no-such-dossier-folder"));
        Assert.Equal(3, code);
        Assert.Contains("no such directory", error);
    }

    [Fact]
    public void TheGateFailsWhenAScoreIsBelowItsFloor()
    {
        using var directory = new TempDirectory();
        var floors = directory.Write("floors.json", "{\"stages\": {\"stories\": {\"bcubed_f1\": 1.01}}}");
        var (code, _, error) = CliRunner.Run("eval", "stories", RepoPaths.Samples, "--gate", "--floors", floors);
        Assert.Equal(1, code);
        Assert.Contains("below floor: bcubed_f1", error);
    }
}
