using BenchmarkDotNet.Attributes;
using Dossier.Documents;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Extraction.Sentences;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

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
        var pipeline = new PipelineBuilder().Add(new Dossier.Cleaning.ArticleCleaner()).Add(new SentenceSegmenter()).Build();
        var options = new IngestOptions();
        var files = SourceScanner.Expand([RepoPaths.Seeds, RepoPaths.Samples], options, []);
        var reader = new SourceReader(options);
        _docs = [.. files.SelectMany(file => reader.Read(file).Articles).Select(raw => pipeline.Process(raw))];
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
