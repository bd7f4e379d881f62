using BenchmarkDotNet.Attributes;
using Dossier.Benchmarks.Stories;
using Dossier.Copies;
using Dossier.Documents;

namespace Dossier.Benchmarks.Copies;

/// <summary>Copy detection (MinHash LSH + rare-name candidates + classification) over the generated corpus of the story benchmark.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Dossier.Benchmarks -- --filter '*CopyDetection*' --job dry --inProcess</c>.</remarks>
[MemoryDiagnoser]
public class CopyDetectionBenchmarks
{
    private List<Doc> _docs = [];

    [Params(10_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _docs = GeneratedCorpus.Create(Articles);

    [Benchmark]
    public int DetectCopies() => new CopyDetector().Detect(_docs).Length;
}
