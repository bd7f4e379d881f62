using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class ExtractionEvalCommandTests
{
    [Fact]
    public void The_hand_written_golden_pages_are_extracted_exactly()
    {
        var (exit, output, _) = CliRunner.Run("eval", "extraction", Path.Combine(RepoPaths.Root, "eval", "extraction-golden"), "--split", "all");

        Assert.Equal(0, exit);
        var row = output.Split('\n').Single(line => line.StartsWith("extraction-golden", StringComparison.Ordinal));
        Assert.Contains(" 1.0000  1.0000  1.0000  1.0000 ", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_is_scored_on_the_same_pages()
    {
        var (exit, output, _) = CliRunner.Run("eval", "extraction", Path.Combine(RepoPaths.Root, "eval", "extraction-golden"), "--split", "all", "--baseline", "smartreader");

        Assert.Equal(0, exit);
        Assert.Contains(output.Split('\n'), line => line.Contains(" smartreader ", StringComparison.Ordinal) && line.Contains("     3 ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gate_fails_when_a_score_is_below_its_floor()
    {
        using var directory = new TempDirectory();
        var floors = directory.Write("floors.json", """{ "stages": { "extraction": { "epsilon": 0.0, "extraction-golden/all": { "f1": 1.01 } } } }""");

        var (exit, _, error) = CliRunner.Run("eval", "extraction", Path.Combine(RepoPaths.Root, "eval", "extraction-golden"), "--split", "all", "--gate", "--floors", floors);

        Assert.Equal(1, exit);
        Assert.Contains("below floor", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_gold_is_an_input_error()
    {
        using var directory = new TempDirectory();

        var (exit, _, error) = CliRunner.Run("eval", "extraction", directory.Path);

        Assert.Equal(1, exit);
        Assert.Contains("no gold set", error, StringComparison.Ordinal);
    }
}
