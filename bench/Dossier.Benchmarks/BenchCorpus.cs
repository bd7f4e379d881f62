using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Benchmarks;

/// <summary>The seeds and samples read through the real ingest, for benchmark setups.</summary>
internal static class BenchCorpus
{
    /// <summary>Every raw article of the seeds and the samples.</summary>
    public static RawArticle[] Raw()
    {
        var options = new IngestOptions();
        var reader = new SourceReader(options);
        return [.. SourceScanner.Expand([RepoPaths.Seeds, RepoPaths.Samples], options, []).SelectMany(file => reader.Read(file).Articles)];
    }

    /// <summary>Every article of the seeds and the samples, run through <paramref name="stages"/> (once, outside any timing).</summary>
    public static Doc[] Prepared(params IDocStage[] stages)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
            builder.Add(stage);
        var pipeline = builder.Build();
        return [.. Raw().Select(raw => pipeline.Process(raw))];
    }
}
