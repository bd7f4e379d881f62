using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class EvalQuotesCommandTests : IDisposable
{
    private const string Text = "“We will keep talking,” Lena Ortiz said. The mayor said the bridge was safe.";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static string Span(string id, string type, string words)
    {
        var at = Text.IndexOf(words, StringComparison.Ordinal);
        return $"{id}\t{type} {at} {at + words.Length}\t{words}";
    }

    private void WriteCorpus(string ann)
    {
        _directory.Write(Path.Combine("text", "one.txt"), Text);
        _directory.Write(Path.Combine("attributions", "one_ab12.ann"), ann);
    }

    [Fact]
    public void PrintsSpanScoresAndAttributionAccuracy()
    {
        WriteCorpus(string.Join("\n",
            Span("T1", "Content", "“We will keep talking,”"), Span("T2", "Source", "Lena Ortiz"), Span("T3", "Cue", "said"),
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2", ""));
        var result = CliRunner.Run("eval", "quotes", _directory.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 articles, 1 attributions", result.Output, StringComparison.Ordinal);
        // The reported "the bridge was safe" is not annotated here: content precision 1/2, recall 1, speaker right.
        Assert.Matches(@"all\s+content\s+0\.500 1\.000 0\.667\s+0\.500 1\.000 0\.667\s+\(gold 1, found 2\)\s+1\.000 \(1/1\)", result.Output);
    }

    [Fact]
    public void AMalformedAnnotationFileIsReportedWithItsCodeAndTheRunGoesOn()
    {
        WriteCorpus("T1\tContent 0 99999\tnot in the text\n");
        var result = CliRunner.Run("eval", "quotes", _directory.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DSR4401", result.Error, StringComparison.Ordinal);
        Assert.Contains("0 articles", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderIsAnIoError()
    {
        var result = CliRunner.Run("eval", "quotes", _directory.File("nowhere"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("DSR1007", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAGoldFileScoresTheDirectQuotesOfAFolderOfReports()
    {
        _directory.Write(Path.Combine("reports", "one.txt"), "Lena Ortiz arrived in Oslo on Monday.\n\n“The quay opens in May,” she said.\n\n“Nobody asked us,” a senior port official said.\n");
        var gold = _directory.Write("quotes.json", """
            { "quotes": [
              { "file": "one.txt", "words": "The quay opens", "speaker": "Lena Ortiz" },
              { "file": "one.txt", "words": "Nobody asked us", "speaker": "a senior port official" },
              { "file": "one.txt", "words": "Costs are rising", "speaker": "Tomas Berg" }
            ] }
            """);
        var result = CliRunner.Run("eval", "quotes", _directory.File("reports"), "--gold", gold, "--errors");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("direct quotes  P 1.000  R 0.667", result.Output, StringComparison.Ordinal);
        Assert.Contains("speaker        1.000 (2/2", result.Output, StringComparison.Ordinal);
        Assert.Contains("missed \"Costs are rising\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoldFileWithoutQuotesIsAnInputErrorWithItsCode()
    {
        _directory.Write(Path.Combine("reports", "one.txt"), "Tomas Berg arrived.\n");
        var gold = _directory.Write("quotes.json", "{ \"people\": {} }");
        var result = CliRunner.Run("eval", "quotes", _directory.File("reports"), "--gold", gold);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("DSR4402", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedQuotesAreFoundWithTheirSpeakersAtTheIssuesTargetsAndTheirFloors()
    {
        var result = CliRunner.Run("eval", "quotes", RepoPaths.Seeds, "--gold", Path.Combine(RepoPaths.Root, "testdata", "seeds-quotes.json"),
            "--gate", "--floors", Path.Combine(RepoPaths.Root, "eval", "floors.json"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        double Score(string pattern) => double.Parse(
            System.Text.RegularExpressions.Regex.Match(result.Output, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Score(@"direct quotes\s+P ([\d.]+)") >= 0.95, result.Output);
        Assert.True(Score(@"direct quotes\s+P [\d.]+\s+R ([\d.]+)") >= 0.95, result.Output);
        Assert.True(Score(@"speaker\s+([\d.]+)") >= 0.90, result.Output);
    }
}
