using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Storage;

namespace Dossier.Ingest;

/// <summary>Reads sources, runs the pipeline on what is new, and stores it batch by batch.</summary>
/// <remarks>
/// Each batch is one store transaction, so a run that is killed keeps every batch committed before it, and a second
/// run skips those (same source, same bytes) and completes the rest. A bad file is reported and skipped; the others
/// are still ingested. Corpus stages run once at the end, only when something changed.
/// </remarks>
public sealed class CorpusIngestor(DossierPipeline pipeline, IDossierStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Files read per store transaction.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Ingests <paramref name="paths"/> (files and directories).</summary>
    public IngestReport Ingest(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = pipeline.Options.Clock.GetTimestamp();
        var problems = new List<IngestProblem>();
        var files = SourceScanner.Expand(paths, _options, problems);
        var reader = new SourceReader(_options);
        int added = 0, unchanged = 0, versions = 0, done = 0;

        foreach (var batch in files.Chunk(Math.Max(1, BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fresh = new List<RawArticle>();
            foreach (var file in batch)
            {
                var read = reader.Read(file);
                problems.AddRange(read.Problems);
                foreach (var raw in read.Articles)
                {
                    if (store.IsStored(raw))
                        unchanged++;
                    else
                        fresh.Add(raw);
                }
            }

            var docs = pipeline.ProcessMany(fresh, cancellationToken: cancellationToken);
            foreach (var outcome in store.SaveBatch(docs))
            {
                switch (outcome)
                {
                    case SaveOutcome.Added or SaveOutcome.SameAsExisting: added++; break;
                    case SaveOutcome.NewVersion: versions++; break;
                    default: unchanged++; break;
                }
            }
            foreach (var file in batch)
                progress?.Report(new IngestProgress(++done, files.Count, file.Source));
        }

        if (added + versions > 0 && pipeline.CorpusStages.Length > 0)
            RunCorpus(cancellationToken);

        var elapsed = pipeline.Options.Clock.GetElapsedTime(started);
        return new IngestReport(files.Count, added, unchanged, versions, [.. problems], elapsed);
    }

    /// <summary>Reruns every stage on every stored article from its stored raw input, then the corpus stages.</summary>
    /// <remarks>Used after an upgrade adds or improves stages; sources need not be on disk any more.</remarks>
    public int Reprocess(CancellationToken cancellationToken = default)
    {
        var raws = store.LoadArticles().Select(doc => doc.Raw).ToList();
        var docs = pipeline.ProcessMany(raws, cancellationToken: cancellationToken);
        store.SaveBatch(docs, replace: true);
        RunCorpus(cancellationToken);
        return docs.Length;
    }

    // Corpus stages may read an article again with what other reports tell (an undated report's dates): those
    // articles are stored with their new layers, the others are left as they are.
    private void RunCorpus(CancellationToken cancellationToken)
    {
        var before = store.LoadCorpus();
        var after = pipeline.RunCorpus(before, cancellationToken);
        var stored = before.Articles.ToDictionary(doc => doc.Id);
        var changed = after.Articles.Where(doc => !stored.TryGetValue(doc.Id, out var old) || !ReferenceEquals(old, doc)).ToList();
        if (changed.Count > 0)
            store.SaveBatch(changed, replace: true);
        store.SaveCorpus(after);
    }
}
