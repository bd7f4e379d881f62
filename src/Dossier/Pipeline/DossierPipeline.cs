using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;

namespace Dossier.Pipeline;

/// <summary>A checked, immutable sequence of stages: per-article stages, then corpus stages.</summary>
/// <remarks>
/// Thread-safe; build it once with <see cref="PipelineBuilder"/> and reuse it. A stage that throws on one article is
/// recorded as <c>DSR9001</c> on that article, which keeps what earlier stages produced; stages that need the failed
/// layer are skipped for it. <see cref="PipelineOptions.Strict"/> rethrows instead.
/// </remarks>
public sealed class DossierPipeline
{
    internal DossierPipeline(ImmutableArray<IDocStage> docStages, ImmutableArray<ICorpusStage> corpusStages, PipelineOptions options)
    {
        DocStages = docStages;
        CorpusStages = corpusStages;
        Options = options;
    }

    /// <summary>The per-article stages, in run order.</summary>
    public ImmutableArray<IDocStage> DocStages { get; }

    /// <summary>The corpus stages, in run order.</summary>
    public ImmutableArray<ICorpusStage> CorpusStages { get; }

    /// <summary>How the pipeline runs.</summary>
    public PipelineOptions Options { get; }

    /// <summary>A pipeline with the default stages and options.</summary>
    public static DossierPipeline CreateDefault(PipelineOptions? options = null) =>
        new PipelineBuilder().UseDefaults().WithOptions(options ?? new PipelineOptions()).Build();

    /// <summary>The stages in run order with what they require and produce.</summary>
    public ImmutableArray<StageDescription> Describe() =>
    [
        .. DocStages.Select((stage, i) => new StageDescription(i + 1, "article", stage.Info)),
        .. CorpusStages.Select((stage, i) => new StageDescription(DocStages.Length + i + 1, "corpus", stage.Info)),
    ];

    /// <summary>Runs every per-article stage on one raw article.</summary>
    public Doc Process(RawArticle raw, CancellationToken cancellationToken = default) =>
        Process(Doc.From(raw), cancellationToken);

    /// <summary>Runs every per-article stage on <paramref name="doc"/> whose layers are not there yet.</summary>
    public Doc Process(Doc doc, CancellationToken cancellationToken = default)
    {
        foreach (var stage in DocStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = stage.Info;
            if ((doc.Layers & info.Requires) != info.Requires)
                continue;
            var context = new StageContext(info.Name, Options.Clock, cancellationToken);
            try
            {
                var result = stage.Run(doc, context);
                doc = result with
                {
                    Layers = result.Layers | info.Produces,
                    Diagnostics = result.Diagnostics.AddRange(context.Reported),
                };
            }
            catch (Exception exception) when (!Options.Strict && exception is not OperationCanceledException)
            {
                doc = doc with
                {
                    Diagnostics = doc.Diagnostics
                        .AddRange(context.Reported)
                        .Add(Diagnostic.Create(DiagnosticCatalog.StageFailed, info.Name, null, info.Name, Describe(exception))),
                };
            }
        }
        return doc;
    }

    /// <summary>Processes many articles in parallel; the result keeps the input order.</summary>
    /// <param name="raws">The articles.</param>
    /// <param name="onDone">Called (from any thread) as each article finishes.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public ImmutableArray<Doc> ProcessMany(IReadOnlyList<RawArticle> raws, Action<Doc>? onDone = null, CancellationToken cancellationToken = default)
    {
        var results = new Doc[raws.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Options.MaxDegreeOfParallelism),
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, raws.Count, parallel, i =>
        {
            results[i] = Process(raws[i], cancellationToken);
            onDone?.Invoke(results[i]);
        });
        return [.. results];
    }

    /// <summary>Runs the corpus stages over every article.</summary>
    public CorpusSnapshot RunCorpus(CorpusSnapshot corpus, CancellationToken cancellationToken = default)
    {
        var available = corpus.Articles.Aggregate(Layers.None, (all, doc) => all | doc.Layers);
        foreach (var stage in CorpusStages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = stage.Info;
            var context = new StageContext(info.Name, Options.Clock, cancellationToken);
            try
            {
                var result = stage.Run(corpus, context);
                corpus = result with { Diagnostics = result.Diagnostics.AddRange(context.Reported) };
                available |= info.Produces;
            }
            catch (Exception exception) when (!Options.Strict && exception is not OperationCanceledException)
            {
                corpus = corpus with
                {
                    Diagnostics = corpus.Diagnostics
                        .AddRange(context.Reported)
                        .Add(Diagnostic.Create(DiagnosticCatalog.StageFailed, info.Name, null, info.Name, Describe(exception))),
                };
            }
        }
        return corpus;
    }

    // Messages must not echo large chunks of untrusted input, so only the type and the first line are kept.
    private static string Describe(Exception exception)
    {
        var message = exception.Message.Split('\n', 2)[0];
        if (message.Length > 120)
            message = message[..120] + "…";
        return $"{exception.GetType().Name}: {message}";
    }
}
