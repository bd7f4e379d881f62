using System.Collections.Concurrent;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Stories;

/// <summary>Reads a folder through the real ingest and the default pipeline, as <c>dossier ingest</c> does (without a store).</summary>
internal static class CorpusRun
{
    // The same folder gives the same corpus every time; many tests read the samples or the seeds, so each folder runs once.
    private static readonly ConcurrentDictionary<string, Lazy<(CorpusSnapshot, Dictionary<string, ArticleId>)>> Runs = new(StringComparer.Ordinal);

    public static (CorpusSnapshot Corpus, Dictionary<string, ArticleId> Ids) Of(string path) =>
        Runs.GetOrAdd(Path.GetFullPath(path), full => new(() => Run(full))).Value;

    private static (CorpusSnapshot Corpus, Dictionary<string, ArticleId> Ids) Run(string path)
    {
        var options = new IngestOptions();
        var problems = new List<IngestProblem>();
        var reader = new SourceReader(options);
        var raws = SourceScanner.Expand([path], options, problems).SelectMany(file => reader.Read(file).Articles).ToList();
        var pipeline = DossierPipeline.CreateDefault();
        var docs = pipeline.ProcessMany(raws);
        var corpus = pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id)] });
        var ids = raws.ToDictionary(raw => raw.Feed?.Link ?? raw.FileName, raw => raw.Id);
        return (corpus, ids);
    }
}
