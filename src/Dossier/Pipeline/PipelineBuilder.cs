namespace Dossier.Pipeline;

/// <summary>Assembles stages into a <see cref="DossierPipeline"/>, checking that every stage's requirements are met.</summary>
/// <remarks>Build once, then share the pipeline: it is immutable and thread-safe.</remarks>
public sealed class PipelineBuilder
{
    private readonly List<IDocStage> _docStages = [];
    private readonly List<ICorpusStage> _corpusStages = [];
    private PipelineOptions _options = new();

    /// <summary>Adds the default stages, in order.</summary>
    public PipelineBuilder UseDefaults()
    {
        foreach (var stage in DefaultStages.DocStages())
            Add(stage);
        foreach (var stage in DefaultStages.CorpusStages())
            Add(stage);
        return this;
    }

    /// <summary>Appends a per-article stage.</summary>
    public PipelineBuilder Add(IDocStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _docStages.Add(stage);
        return this;
    }

    /// <summary>Appends a corpus stage; corpus stages run after every per-article stage.</summary>
    public PipelineBuilder Add(ICorpusStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _corpusStages.Add(stage);
        return this;
    }

    /// <summary>Replaces the stage of type <typeparamref name="T"/> with <paramref name="replacement"/>, in place.</summary>
    public PipelineBuilder Replace<T>(IDocStage replacement) where T : IDocStage
    {
        var index = _docStages.FindIndex(stage => stage is T);
        if (index < 0)
            throw new PipelineConfigurationException($"No stage of type {typeof(T).Name} to replace.");
        _docStages[index] = replacement;
        return this;
    }

    /// <summary>Removes every stage of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder Remove<T>()
    {
        _docStages.RemoveAll(stage => stage is T);
        _corpusStages.RemoveAll(stage => stage is T);
        return this;
    }

    /// <summary>Sets how the pipeline runs.</summary>
    public PipelineBuilder WithOptions(PipelineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Checks the stages and builds the pipeline.</summary>
    /// <exception cref="PipelineConfigurationException">A stage requires a layer no earlier stage produces, or two stages share a name.</exception>
    public DossierPipeline Build()
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var available = Layers.None;

        void Check(StageInfo info)
        {
            if (!names.Add(info.Name))
                problems.Add($"stage '{info.Name}' is added twice");
            var missing = info.Requires & ~available;
            if (missing != Layers.None)
                problems.Add($"stage '{info.Name}' requires {missing}, which no earlier stage produces");
            available |= info.Produces;
        }

        foreach (var stage in _docStages)
            Check(stage.Info);
        foreach (var stage in _corpusStages)
            Check(stage.Info);

        if (problems.Count > 0)
            throw new PipelineConfigurationException("Invalid pipeline: " + string.Join("; ", problems) + ".");
        return new DossierPipeline([.. _docStages], [.. _corpusStages], _options);
    }
}
