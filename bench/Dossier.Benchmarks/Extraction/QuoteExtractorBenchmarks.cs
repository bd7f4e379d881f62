using BenchmarkDotNet.Attributes;
using Dossier.Documents;
using Dossier.Extraction.Quotes;
using Dossier.Extraction.Sentences;
using Dossier.Pipeline;

namespace Dossier.Benchmarks.Extraction;

/// <summary>The quote stage alone on articles already cleaned and split into sentences (seeds + samples: 20 articles).</summary>
/// <remarks>Articles/s = 20 ÷ mean time. The stages before it run once, in the setup, so only quote extraction is timed.</remarks>
[MemoryDiagnoser]
public class QuoteExtractorBenchmarks
{
    private readonly QuoteExtractor _quotes = new();
    private Doc[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchCorpus.Prepared(new Dossier.Cleaning.ArticleCleaner(), new SentenceSegmenter());
    }

    [Benchmark]
    public int Quotes()
    {
        var count = 0;
        foreach (var doc in _docs)
            count += _quotes.Run(doc, new StageContext("quotes", TimeProvider.System, CancellationToken.None)).Quotes.Length;
        return count;
    }
}
