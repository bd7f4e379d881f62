using BenchmarkDotNet.Attributes;
using Dossier.Documents;
using Dossier.Stories;

namespace Dossier.Benchmarks.Stories;

/// <summary>Story clustering of generated corpora (8 reports per story, ~150 words each; see <see cref="GeneratedCorpus"/>).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Dossier.Benchmarks -- --filter '*StoryClustering*' --job dry</c>.
/// Two sizes show how the cost grows; the target is 100,000 articles in under 2 minutes.</remarks>
[MemoryDiagnoser]
public class StoryClusteringBenchmarks
{
    private List<Doc> _docs = [];

    [Params(10_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _docs = GeneratedCorpus.Create(Articles);

    [Benchmark]
    public int ClusterStories() => new StoryClusterer().Cluster(_docs).Length;
}
