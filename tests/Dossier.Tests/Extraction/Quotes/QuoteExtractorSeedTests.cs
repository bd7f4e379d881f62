using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Quotes;

/// <summary>Direct quotes of the real seed reports and who said them. The seed text is read at run time: each case
/// names a short attribution that follows a quote in the seed ("” Chen told him"); the test finds that quote in
/// the clean text and checks that the extractor reports it, whole, with the right speaker words and referent.</summary>
public sealed class QuoteExtractorSeedTests
{
    private static readonly Lazy<IReadOnlyList<Doc>> Seeds = new(() =>
    {
        var options = new IngestOptions();
        var files = SourceScanner.Expand([RepoPaths.Seeds], options, []);
        var reader = new SourceReader(options);
        var raws = files.SelectMany(file => reader.Read(file).Articles).ToList();
        return DossierPipeline.CreateDefault(new PipelineOptions { Strict = true }).ProcessMany(raws);
    });

    // Seed file prefix, the closing mark and the attribution after it (which occurrence), speaker words, referent words.
    public static TheoryData<string, string, int, string, string> Cases => new()
    {
        { "000_", "” Blinken said", 0, "Blinken", "Antony Blinken" },
        { "000_", "” Chen told him", 0, "Chen", "Chen Jining" },
        { "000_", "” he said", 0, "he", "Antony Blinken" },
        { "002_", "\" the official added", 0, "the official", "a senior State Department official" },
        { "002_", "\" Wang said", 0, "Wang", "Wang Huiyao" },
        { "003_", "” Sun said", 0, "Sun", "Yun Sun" },
        { "003_", "” he told reporters", 0, "he", "UN spokesman Stephane Dujarric" },
        { "004_", "” he said", 0, "he", "a senior American official" },
        { "004_", "” she added", 0, "she", "Yun Sun" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindsTheQuoteBeforeTheAttributionWithItsSpeaker(string file, string attribution, int occurrence, string speaker, string referent)
    {
        var doc = Seeds.Value.Single(d => d.Raw.FileName.StartsWith(file, StringComparison.Ordinal));
        var text = doc.Text;
        var at = -1;
        for (var n = 0; n <= occurrence; n++)
            at = text.IndexOf(attribution, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{attribution}' is not in {file} any more: the seed changed");
        var open = text.LastIndexOfAny(['“', '"'], at - 1);
        var expectedStart = open + 1;

        var quote = Assert.Single(doc.Quotes, q => q.Direct && q.Content.Start == expectedStart);
        Assert.True(quote.Content.End <= at && at - quote.Content.End <= 2, "the quote runs up to the closing mark");
        Assert.Equal(speaker, quote.Speaker is { } s ? doc[s] : null);
        Assert.Equal(referent, quote.Antecedent is { } a ? doc[a] : null);
    }

    [Fact]
    public void AQuoteParagraphAfterAnAttributedOneKeepsItsSpeaker()
    {
        // The first Blinken quote of the Shanghai report is followed by a paragraph that is quotation only.
        var doc = Seeds.Value.Single(d => d.Raw.FileName.StartsWith("000_", StringComparison.Ordinal));
        var first = doc.Quotes.First(q => q.Direct && q.Speaker is { } s && doc[s] == "Blinken" && !q.Partial);
        var next = doc.Quotes.First(q => q.Direct && q.Content.Start > first.Span.End);
        Assert.True(doc.Text.AsSpan(first.Span.End, next.Content.Start - first.Span.End).Contains("\n\n“", StringComparison.Ordinal), "the next quote opens the next paragraph");
        Assert.Equal("Blinken", next.Speaker is { } sp ? doc[sp] : null);
    }

    [Fact]
    public void ScareQuotesInTheSeedsAreNotReportedAsQuotations()
    {
        // A quoted one- or two-word phrase with no one said to have said it ("a “nuclear” option") is not a quotation.
        foreach (var doc in Seeds.Value)
        {
            foreach (var quote in doc.Quotes.Where(q => q.Direct && q.Speaker is null))
                Assert.True(doc[quote.Content].Split(' ').Length >= 4, $"{doc.Raw.FileName}: '{doc[quote.Content]}' has no speaker");
        }
    }

    [Fact]
    public void EveryDirectQuoteOfFourWordsOrMoreInTheSeedsHasASpeaker()
    {
        foreach (var doc in Seeds.Value)
        {
            foreach (var quote in doc.Quotes.Where(q => q.Direct && doc[q.Content].Split(' ').Length >= 4))
                Assert.True(quote.Speaker is not null, $"{doc.Raw.FileName}: a quote at {quote.Content.Start} has no speaker");
        }
    }

    [Fact]
    public void SpeakerWordsNeverHoldTheCueVerb()
    {
        foreach (var doc in Seeds.Value)
        {
            foreach (var quote in doc.Quotes.Where(q => q.Speaker is not null))
            {
                var words = doc[quote.Speaker!.Value].Split(' ');
                Assert.DoesNotContain(words, w => QuoteCuesForTests.IsCue(w));
            }
        }
    }

    [Fact]
    public void PartialQuotesOfTheShanghaiReportAreBlinkens()
    {
        // The report opens with Blinken calling on both countries to act "…" and says he wants "…" dialogue.
        var doc = Seeds.Value.Single(d => d.Raw.FileName.StartsWith("000_", StringComparison.Ordinal));
        var partials = doc.Quotes.Where(q => q.Direct && q.Partial).ToList();
        Assert.True(partials.Count >= 2);
        Assert.All(partials, q => Assert.EndsWith("Antony Blinken", q.Antecedent is { } a ? doc[a] : "", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCriticismIsTheChineseOfficialsNotTheStateDepartments()
    {
        // A later "the official" whose partial quote has no cue is the Chinese ministry official named before.
        var doc = Seeds.Value.Single(d => d.Raw.FileName.StartsWith("002_", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Direct && q.Speaker is { } s && doc[s] == "the official"
                                         && q.Antecedent is { } a && doc[a] == "A Chinese foreign ministry official");
    }
}
