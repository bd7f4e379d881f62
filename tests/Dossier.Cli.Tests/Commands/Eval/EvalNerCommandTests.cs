using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands.Eval;

public sealed class EvalNerCommandTests
{
    [Fact]
    public void PrintsScoresPerTypeAndWritesPredictions()
    {
        using var directory = new TempDirectory();
        var gold = Path.Combine(directory.Path, "gold.conll");
        File.WriteAllText(gold, """
            -DOCSTART- -X- O O

            Angela NNP B-NP B-PER
            Merkel NNP I-NP I-PER
            visited VBD B-VP O
            Paris NNP B-NP B-LOC
            . . O O

            """);
        var predictions = Path.Combine(directory.Path, "out.txt");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DossierCli.Run(["eval", "ner", gold, "--format", "conll", "--out", predictions], output, error);

        Assert.True(exit == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("ner: 1 sentences, 5 tokens", text);
        Assert.Contains("PER", text);
        Assert.Contains("LOC", text);
        Assert.Matches(@"all\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}", text);
        var lines = File.ReadAllLines(predictions);
        Assert.Equal("Angela B-PER B-PER", lines[0]);
        Assert.Equal(5, lines.Count(l => l.Split(' ').Length == 3));
    }

    [Fact]
    public void HeldBackScoresOnlyTheWikigoldDocumentsTrainingLeavesOut()
    {
        using var directory = new TempDirectory();
        var gold = Path.Combine(directory.Path, "wikigold.conllu");
        // Ten documents of one sentence each: the fifth and the tenth are held back.
        File.WriteAllLines(gold, Enumerable.Range(1, 10).SelectMany(d => new[] { "0\t-DOCSTART-\tO", "", "0\tAnna\tB-PER", "1\tspoke\tO", "" }));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DossierCli.Run(["eval", "ner", gold, "--held-back"], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("ner: 2 sentences, 4 tokens", output.ToString());
    }

    [Fact]
    public void HeldBackOnAFileWithoutHeldBackDocumentsIsAnInputError()
    {
        using var directory = new TempDirectory();
        var gold = Path.Combine(directory.Path, "gold.conll");
        File.WriteAllText(gold, "Anna B-PER\nspoke O\n");
        var error = new StringWriter();
        var exit = DossierCli.Run(["eval", "ner", gold, "--held-back"], new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Contains("no held-back documents", error.ToString());
    }

    [Fact]
    public void AMissingFileIsAnIoErrorWithOneLine()
    {
        var error = new StringWriter();
        var exit = DossierCli.Run(["eval", "ner", "no/such/file.conll"], new StringWriter(), error);
        Assert.Equal(3, exit);
        Assert.Single(error.ToString().Trim().Split('\n'));
    }
}
