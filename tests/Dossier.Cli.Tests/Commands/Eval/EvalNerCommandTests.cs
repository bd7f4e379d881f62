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
        Assert.Equal(["-DOCSTART- O O", ""], lines[..2]); // the document line, so the file reads back as CoNLL columns
        Assert.Equal("Angela B-PER B-PER", lines[2]);
        Assert.Equal(5, lines.Count(l => l.Split(' ').Length == 3 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadsAConll2003NewsFileWithHeadlineDatelineAndResultsTableEndToEnd()
    {
        using var directory = new TempDirectory();
        var gold = Path.Combine(directory.Path, "news.conll");
        // Invented, in CoNLL-2003's layout: token POS chunk tag, IOB1 (B- only between two adjacent names of one
        // type), an all-capitals headline, a dateline, a results table whose numbers are tokens, and MISC.
        File.WriteAllText(gold, """
            -DOCSTART- -X- -X- O

            SOCCER NN I-NP O
            - : O O
            GERMANY NNP I-NP I-LOC
            BEAT VB I-VP O
            JAPAN NNP I-NP I-LOC
            IN IN I-PP O
            FRIENDLY JJ I-NP O
            . . O O

            BERLIN NNP I-NP I-LOC
            1996-08-30 CD I-NP O

            Germany NNP I-NP I-LOC
            beat VBD I-VP O
            Japan NNP I-NP I-LOC
            2-1 CD I-NP O
            on IN I-PP O
            Friday NNP I-NP O
            , , O O
            German JJ I-NP I-MISC
            coach NN I-NP O
            Hans NNP I-NP I-PER
            Keller NNP I-NP I-PER
            told VBD I-VP O
            Reuters NNP I-NP I-ORG
            . . O O

            Standings NNS I-NP O
            : : O O

            Germany NNP I-NP I-LOC
            3 CD I-NP O
            2 CD I-NP O
            1 CD I-NP O
            0 CD I-NP O
            7 CD I-NP O

            Japan NNP I-NP I-LOC
            3 CD I-NP O
            1 CD I-NP O
            1 CD I-NP O
            1 CD I-NP O
            4 CD I-NP O

            -DOCSTART- -X- -X- O

            Bayern NNP I-NP I-ORG
            Munich NNP I-NP I-ORG
            Hamburg NNP I-NP B-ORG
            2 CD I-NP O

            """);
        var predictions = Path.Combine(directory.Path, "out.txt");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DossierCli.Run(["eval", "ner", gold, "--out", predictions], output, error);

        Assert.True(exit == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("ner: 7 sentences, 42 tokens", text);
        foreach (var type in new[] { "LOC", "MISC", "ORG", "PER", "all" })
            Assert.Matches($@"(?m)^  {type}\s+P \d\.\d{{3}}", text);
        // Gold PER+LOC+ORG: 7 places, 1 person, 3 organisations (the IOB1 B- splits Bayern Munich from Hamburg); MISC is left out.
        var core = System.Text.RegularExpressions.Regex.Match(text, @"(?m)^  PER\+LOC\+ORG\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}\s+\(tp (\d+), fp \d+, fn (\d+)\)");
        Assert.True(core.Success, text);
        Assert.Equal(11, int.Parse(core.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(core.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var gold2 = File.ReadAllLines(predictions).Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split(' ')[..2])).ToArray();
        Assert.Equal(42, gold2.Length);
        Assert.Equal(["SOCCER O", "-", "GERMANY B-LOC"], [gold2[0], gold2[1][..1], gold2[2]]);
        Assert.Equal(["BERLIN B-LOC", "1996-08-30 O"], gold2[8..10]);
        Assert.Equal(["Germany B-LOC", "3 O", "2 O", "1 O", "0 O", "7 O"], gold2[26..32]);
        Assert.Equal(["Bayern B-ORG", "Munich I-ORG", "Hamburg B-ORG", "2 O"], gold2[38..42]);
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

    [Fact]
    public void AStandOffAnnotationIsScoredOverTheDocumentsOfItsSplit()
    {
        using var directory = new TempDirectory();
        var documents = Directory.CreateDirectory(Path.Combine(directory.Path, "docs")).FullName;
        File.WriteAllText(Path.Combine(documents, "a.txt"), "Angela Merkel visited Paris on Monday.\n");
        File.WriteAllText(Path.Combine(documents, "b.txt"), "Ann Lee sang.\n");
        var gold = Path.Combine(directory.Path, "gold.json");
        File.WriteAllText(gold, """
            {"documents": [
              {"path": "a.txt", "split": "test", "entities": [[0, "PER", "Angela Merkel"], [22, "LOC", "Paris"]]},
              {"path": "b.txt", "split": "dev", "entities": [[0, "PER", "Ann Lee"]]}
            ]}
            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = DossierCli.Run(["eval", "ner", documents, "--gold", gold, "--split", "test"], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("gold: 1 documents, 2 entities (0 widened to our tokens, 0 cut by a sentence end)", output.ToString());
        Assert.Contains("ner: 1 sentences, 7 tokens", output.ToString());
    }

    [Fact]
    public void AStandOffNameAwayFromItsOffsetIsAnInputErrorNamingTheDocument()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "a.txt"), "Ann Lee sang.\n");
        var gold = Path.Combine(directory.Path, "gold.json");
        File.WriteAllText(gold, """{"documents": [{"path": "a.txt", "entities": [[1, "PER", "Ann Lee"]]}]}""");
        var error = new StringWriter();

        var exit = DossierCli.Run(["eval", "ner", directory.Path, "--gold", gold], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Equal($"{gold}: a.txt: \"Ann Lee\" is not at offset 1", error.ToString().Trim().Replace("error: ", "", StringComparison.Ordinal));
    }
}
