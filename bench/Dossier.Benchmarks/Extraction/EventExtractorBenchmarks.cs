using BenchmarkDotNet.Attributes;
using Dossier.Documents;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Extraction.Sentences;
using Dossier.Pipeline;

namespace Dossier.Benchmarks.Extraction;

/// <summary>Quotes then events on articles already cleaned and split into sentences (seeds + samples: 20 articles),
/// the two stages the quotes-and-events speed target covers.</summary>
/// <remarks>Articles/s = 20 ÷ mean time. The stages before them run once, in the setup.</remarks>
[MemoryDiagnoser]
public class EventExtractorBenchmarks
{
    private readonly QuoteExtractor _quotes = new();
    private readonly EventExtractor _events = new();
    private Doc[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchCorpus.Prepared(new Dossier.Cleaning.ArticleCleaner(), new SentenceSegmenter());
    }

    [Benchmark]
    public int QuotesAndEvents()
    {
        var count = 0;
        foreach (var doc in _docs)
        {
            var withQuotes = _quotes.Run(doc, new StageContext("quotes", TimeProvider.System, CancellationToken.None)) with { Layers = doc.Layers | Layers.Quotes };
            count += _events.Run(withQuotes, new StageContext("events", TimeProvider.System, CancellationToken.None)).Events.Length;
        }
        return count;
    }
}
