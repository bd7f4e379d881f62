using Dossier.Extraction.Entities;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Entities;

public sealed class NerStandoffReaderTests
{
    // Invented newswire in TimeML: a title, a dateline, markup inside the text, an entity reference and \r\n line ends.
    private const string TimeMl = "<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DOCID>X1</DOCID>\r\n" +
        "<TITLE>Floods hit Ruritania</TITLE>\r\n<TEXT>\r\nSTRELSAU, Ruritania (AP) _\r\n\r\n" +
        "Rivers <EVENT eid=\"e1\">burst</EVENT> their banks on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>, " +
        "Prime Minister Anna Holm said. Relief came from Smith &amp; Sons Ltd.\r\n</TEXT>\r\n</TimeML>\r\n";

    [Fact]
    public void ATimeMlDocumentIsItsTitleABlankLineAndItsTextWithoutMarkup()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "x1.tml");
        File.WriteAllText(file, TimeMl);

        var text = NerStandoffReader.DocumentText(file);

        Assert.Equal("Floods hit Ruritania\n\nSTRELSAU, Ruritania (AP) _\n\nRivers burst their banks on Friday, Prime Minister Anna Holm said. Relief came from Smith & Sons Ltd.\n", text);
    }

    [Fact]
    public void EntitiesByOffsetBecomeTokenSpansInTheirSentences()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "x1.tml"), TimeMl);
        var gold = WriteGold(directory, "x1.tml", "dev", (11, "LOC", "Ruritania"), (22, "LOC", "STRELSAU"), (32, "LOC", "Ruritania"),
            (43, "ORG", "AP"), (101, "PER", "Anna Holm"), (134, "ORG", "Smith & Sons Ltd."));

        var set = NerStandoffReader.Read(gold, directory.Path);

        Assert.Equal((1, 6, 0, 0), (set.Documents, set.Entities, set.Widened, set.Cut));
        var named = set.Sentences.SelectMany(s => s.Entities.Select(e => $"{string.Join(' ', s.Tokens.Skip(e.Start).Take(e.End - e.Start))}:{e.Label}"));
        Assert.Equal(["Ruritania:LOC", "STRELSAU:LOC", "Ruritania:LOC", "AP:ORG", "Anna Holm:PER", "Smith & Sons Ltd.:ORG"], named);
        Assert.All(set.Sentences, s => Assert.Equal("x1.tml", s.Document));
    }

    [Fact]
    public void ANameThatIsNotAtItsOffsetIsAnErrorNamingTheDocument()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "x1.tml"), TimeMl);
        var gold = WriteGold(directory, "x1.tml", "dev", (12, "LOC", "Ruritania"));

        var error = Assert.Throws<FormatException>(() => NerStandoffReader.Read(gold, directory.Path));

        Assert.Equal("x1.tml: \"Ruritania\" is not at offset 12", error.Message);
    }

    [Fact]
    public void AnEntityEndingInsideATokenIsWidenedToItAndCounted()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "a.txt"), "The Oslo-based group met.\n");
        var gold = WriteGold(directory, "a.txt", "test", (4, "LOC", "Oslo"));

        var set = NerStandoffReader.Read(gold, directory.Path);

        Assert.Equal(1, set.Widened);
        var entity = set.Sentences.Single().Entities.Single();
        Assert.Equal("Oslo-based", set.Sentences.Single().Tokens[entity.Start]);
    }

    [Fact]
    public void ASplitKeepsOnlyItsDocuments()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "a.txt"), "Ann Lee sang.\n");
        var gold = WriteGold(directory, "a.txt", "test", (0, "PER", "Ann Lee"));

        Assert.Equal(0, NerStandoffReader.Read(gold, directory.Path, "dev").Documents);
        Assert.Equal(1, NerStandoffReader.Read(gold, directory.Path, "test").Documents);
    }

    private static string WriteGold(TempDirectory directory, string path, string split, params (int Start, string Label, string Name)[] entities)
    {
        var file = Path.Combine(directory.Path, "gold.json");
        var list = string.Join(", ", entities.Select(e => $"[{e.Start}, \"{e.Label}\", \"{e.Name}\"]"));
        File.WriteAllText(file, $$"""{"documents": [{"path": "{{path}}", "split": "{{split}}", "entities": [{{list}}]}]}""");
        return file;
    }
}
