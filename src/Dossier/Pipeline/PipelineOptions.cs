namespace Dossier.Pipeline;

/// <summary>How a built pipeline runs.</summary>
public sealed record PipelineOptions
{
    /// <summary>Rethrow a stage's exception instead of recording it as a diagnostic.</summary>
    public bool Strict { get; init; }

    /// <summary>How many articles are processed at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The clock stages see.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
