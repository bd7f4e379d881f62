using Dossier.Corpus;
using Dossier.Extraction.Quotes;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Quotes;

public sealed class QuoteGoldEvaluatorTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private CorpusSnapshot Run(params (string File, string Text)[] reports)
    {
        foreach (var (file, text) in reports)
            _directory.Write(file, text);
        var options = new IngestOptions();
        var reader = new SourceReader(options);
        var raws = SourceScanner.Expand([_directory.Path], options, []).SelectMany(f => reader.Read(f).Articles).ToList();
        var pipeline = DossierPipeline.CreateDefault();
        var docs = pipeline.ProcessMany(raws);
        return pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id)] });
    }

    [Fact]
    public void CountsMatchedMissedAndExtraQuotesAndJudgesSpeakersOfMatchedOnes()
    {
        var corpus = Run(
            ("one.txt", "Lena Ortiz arrived in Oslo on Monday.\n\n“The quay opens in May,” she said.\n\n“Nobody asked us,” a senior port official said.\n"),
            ("two.txt", "“We will appeal,” said Maria Chen, a lawyer for the fishermen.\n"));
        var gold = new[]
        {
            new GoldQuote("one.txt", "The quay opens", "Lena Ortiz", null),
            new GoldQuote("one.txt", "Nobody asked us", "Maria Chen", null), // wrong speaker on purpose
            new GoldQuote("two.txt", "We will appeal", "Maria Chen", null),
            new GoldQuote("two.txt", "Costs are rising", "Maria Chen", null), // not in the report
        };
        var score = QuoteGoldEvaluator.Score(corpus, gold);
        Assert.Equal((3, 0, 1), (score.Quotes.TruePositives, score.Quotes.FalsePositives, score.Quotes.FalseNegatives));
        Assert.Equal((2, 3), (score.SpeakerRight, score.SpeakerJudged));
        Assert.Contains(score.Errors, e => e.Contains("missed \"Costs are rising\"", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.Contains("speaker of \"Nobody asked us\" is Maria Chen", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuoteNobodyAnnotatedIsAFalsePositive()
    {
        var corpus = Run(("one.txt", "“The quay opens in May,” Tomas Berg said. “It will be busy,” he added.\n"));
        var score = QuoteGoldEvaluator.Score(corpus, [new GoldQuote("one.txt", "The quay opens", "Tomas Berg", null)]);
        Assert.Equal((1, 1, 0), (score.Quotes.TruePositives, score.Quotes.FalsePositives, score.Quotes.FalseNegatives));
        Assert.Contains(score.Errors, e => e.Contains("extra \"It will be busy\"", StringComparison.Ordinal));
    }

    // Gold speaker, entity name, speaker text, right?
    public static TheoryData<string, string?, string, bool> SpeakerCases => new()
    {
        { "Tomas Berg", "Tomas Berg", "he", true },
        { "Tomas Berg", null, "Harbour Master Tomas Berg", true },
        { "a senior port official", null, "The senior port official", true },
        { "a senior port official", null, "the official", false },
        { "US officials", null, "US officials", true },
        { "Tomas Berg", "Tomas Bergman", "Bergman", false },
        { "Maria Chen", null, "", false },
    };

    [Theory]
    [MemberData(nameof(SpeakerCases))]
    public void ASpeakerIsRightWhenItsNameOrWordsNameTheGoldSpeaker(string gold, string? entity, string speakerText, bool right) =>
        Assert.Equal(right, QuoteGoldEvaluator.SpeakerMatches(gold, entity, speakerText));

    // Found content, gold words, match?
    public static TheoryData<string, string, bool> ContentCases => new()
    {
        { "It’s time to go home", "It's time to", true },
        { "We came.   We   saw.", "we came. we saw", true },
        { "Ports are slow, and nobody cares", "and nobody cares", true },
        { "We will manage it responsibly", "responsibly", false },
    };

    [Theory]
    [MemberData(nameof(ContentCases))]
    public void AQuoteMatchesWhenItStartsWithTheGoldWordsOrContainsThreeOrMore(string content, string words, bool match)
    {
        var corpus = Run(("one.txt", $"“{content},” Tomas Berg said.\n"));
        var score = QuoteGoldEvaluator.Score(corpus, [new GoldQuote("one.txt", words, "Tomas Berg", null)]);
        Assert.Equal(match, score.Quotes.TruePositives == 1);
    }

    [Fact]
    public void TheGoldFileIsReadAndIncompleteEntriesAreSkipped()
    {
        var gold = QuoteGold.Parse("""{ "quotes": [ { "file": "a.txt", "words": "We will", "speaker": "Tomas Berg", "note": "why" }, { "file": "a.txt", "words": "No speaker" } ] }""");
        Assert.Equal(new GoldQuote("a.txt", "We will", "Tomas Berg", "why"), Assert.Single(gold));
        Assert.Empty(QuoteGold.Parse("""{ "people": [] }"""));
    }
}
