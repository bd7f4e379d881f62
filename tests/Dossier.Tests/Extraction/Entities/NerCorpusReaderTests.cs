using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class NerCorpusReaderTests
{
    // Each case: tokens and tags (space-separated), then the spans read as "start-end:Kind" joined by spaces.
    public static TheoryData<string, string, string, string> TagSchemes => new()
    {
        { "IOB2", "Ann Lee visited Oslo", "B-PER I-PER O B-LOC", "0-2:Person 3-4:Gpe" },
        { "IOB1 starts an entity with I-", "Ann Lee visited Oslo", "I-PER I-PER O I-LOC", "0-2:Person 3-4:Gpe" },
        { "BIOES", "Ann Lee visited Oslo", "B-PER E-PER O S-LOC", "0-2:Person 3-4:Gpe" },
        { "adjacent entities of one type", "Ann Bo", "B-PER B-PER", "0-1:Person 1-2:Person" },
        { "CrossNER politician and party", "Ann of Labour", "B-politician O B-politicalparty", "0-1:Person 2-3:Org" },
        { "CrossNER common-noun labels are not names", "studied physics", "O B-discipline", "" },
        { "a river is a location, an airport a facility", "Volga River and Pulkovo Airport", "B-LOC I-LOC O B-LOC I-LOC", "0-2:Loc 3-5:Facility" },
        { "MISC is other", "the Olympic Games", "O B-MISC I-MISC", "1-3:Other" },
    };

    [Theory]
    [MemberData(nameof(TagSchemes))]
    public void ReadsEveryTagSchemeIntoDossierKinds(string because, string tokens, string tags, string expected)
    {
        var spans = NerCorpusReader.SpansFromTags(tokens.Split(' '), tags.Split(' '));
        Assert.True(expected == string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Kind}")), because);
    }

    [Fact]
    public void ReadsIndexedColumnsAndSkipsCommentsAndDocStarts()
    {
        string[] lines = ["-DOCSTART- O", "", "# sent_id = 1", "1\tAnn\tB-PER\t-", "2\tsang\tO\t-", "", "1\ten:Paris\tB-LOC\t-"];
        var sentences = NerCorpusReader.ReadColumns(lines, "test");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Ann", "sang"], sentences[0].Tokens.ToArray());
        Assert.Equal("Person", sentences[0].Entities.Single().Kind.ToString());
        Assert.Equal(["en:Paris"], sentences[1].Tokens.ToArray()); // the en: prefix is stripped only when a file starts with it
    }

    [Fact]
    public void ReadsConll2003RowsWhoseTokenIsANumberAsThatNumber()
    {
        // token POS chunk tag: a sports table's numbers are tokens, not row indexes.
        string[] lines = ["-DOCSTART- -X- -X- O", "", "Germany NNP B-NP B-LOC", "3 CD I-NP O", "2 CD I-NP O", "Japan NNP I-NP I-LOC", "1 CD I-NP O", "", "1. CD B-NP O", "Ann NNP I-NP I-PER"];
        var sentences = NerCorpusReader.ReadColumns(lines, "test.txt");
        Assert.Equal(["Germany 3 2 Japan 1", "1. Ann"], sentences.Select(s => string.Join(' ', s.Tokens)));
        Assert.Equal(["0-1:Gpe", "3-4:Gpe"], sentences[0].Entities.Select(e => $"{e.Start}-{e.End}:{e.Kind}"));
    }

    [Fact]
    public void AHashTokenRowIsAWordButAHashCommentIsSkipped()
    {
        string[] lines = ["# text = Ann paid # 5", "Ann NNP I-NP I-PER", "paid VBD I-VP O", "# # I-NP O", "5 CD I-NP O"];
        var sentences = NerCorpusReader.ReadColumns(lines, "test.txt");
        Assert.Equal(["Ann paid # 5"], sentences.Select(s => string.Join(' ', s.Tokens)));
    }

    [Fact]
    public void DocumentStartsAndNewdocCommentsGroupSentencesIntoDocuments()
    {
        // Wikigold writes its document starts as an indexed row; they are boundaries, not words.
        string[] lines = ["0\tAnn\tB-PER", "", "0\t-DOCSTART-\tO", "", "0\tBo\tB-PER", "", "1\tsang\tO", "", "# newdoc id = web-7", "0\tLima\tB-LOC"];
        var sentences = NerCorpusReader.ReadColumns(lines, "wikigold.conllu");
        Assert.Equal(["Ann", "Bo", "sang", "Lima"], sentences.Select(s => string.Join(' ', s.Tokens)));
        Assert.Equal(["", "wikigold.conllu#1", "wikigold.conllu#1", "wikigold.conllu#web-7"], sentences.Select(s => s.Document));
        Assert.All(sentences, s => Assert.Equal("wikigold.conllu", s.Source));
    }

    [Fact]
    public void EveryFifthWikigoldDocumentIsHeldBackFromTraining()
    {
        var lines = Enumerable.Range(1, 10).SelectMany(d => new[] { "0\t-DOCSTART-\tO", "", $"0\tWord{d}\tO", "" });
        var sentences = NerCorpusReader.ReadColumns(lines, "wikigold.conllu");
        Assert.Equal(["Word5", "Word10"], sentences.Where(NerTrainingSet.IsHeldBack).Select(s => s.Tokens[0]));
        Assert.DoesNotContain(NerCorpusReader.ReadColumns(lines, "other.conll"), NerTrainingSet.IsHeldBack);
    }

    [Fact]
    public void ReadsNamedMentionsFromGumEntityBracketsWithoutTitlesOrDeterminers()
    {
        // A made-up sentence in GUM's CoNLL-U layout: "President Ana Ruiz visited the Bank of Lima ."
        string[] lines =
        [
            "# newdoc id = GUM_news_test",
            "1\tPresident\tpresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-1",
            "2\tAna\tAna\tPROPN\tNNP\t_\t3\tflat\t_\t_",
            "3\tRuiz\tRuiz\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)",
            "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
            "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-sssss-cf1-1",
            "6\tBank\tBank\tPROPN\tNNP\t_\t4\tobj\t_\t_",
            "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_",
            "8\tLima\tLima\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-giv-sssss-cf1-1-coref-Lima)2)",
            "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\tEntity=(4-person-new-sssss-cf1-1",
            "10\tpress\tpress\tNOUN\tNN\t_\t4\tobj\t_\tEntity=4)",
            "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        ];
        var sentence = Assert.Single(NerCorpusReader.ReadConllu(lines, "test"));
        Assert.Equal("1-3:Person 5-8:Org", string.Join(' ', sentence.Entities.Select(s => $"{s.Start}-{s.End}:{s.Kind}")));
        Assert.Equal("GUM_news_test", sentence.Source);
    }
}
