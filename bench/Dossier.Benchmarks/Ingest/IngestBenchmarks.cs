using BenchmarkDotNet.Attributes;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Storage.Sqlite;
using Dossier.Testing;

namespace Dossier.Benchmarks.Ingest;

/// <summary>Whole ingest (read, decode, clean, store in a fresh SQLite file) of the seeds and the samples.</summary>
/// <remarks>Articles/s = articles in the corpus ÷ mean time. Seeds: 5 articles; samples: 13 files, 15 articles.</remarks>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private readonly DossierPipeline _pipeline = DossierPipeline.CreateDefault();
    private TempDirectory _directory = null!;
    private int _run;

    [Params("seeds", "samples")]
    public string Corpus { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup() => _directory = new TempDirectory();

    [GlobalCleanup]
    public void Cleanup() => _directory.Dispose();

    [Benchmark]
    public int IngestIntoFreshStore()
    {
        var path = Corpus == "seeds" ? RepoPaths.Seeds : RepoPaths.Samples;
        using var store = SqliteDossierStore.Open(_directory.File($"bench-{_run++}.db"));
        var report = new CorpusIngestor(_pipeline, store).Ingest([path]);
        return report.Added;
    }
}
