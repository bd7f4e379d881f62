using System.Collections.Immutable;
using Dossier.Diagnostics;
using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>What a stage may use besides its input: the clock, cancellation and a place to report diagnostics.</summary>
/// <remarks>One context serves one stage on one article (or one corpus run); it is not shared between threads.</remarks>
public sealed class StageContext(string stage, TimeProvider clock, CancellationToken cancellationToken)
{
    private readonly List<Diagnostic> _reported = [];

    /// <summary>The stage this context belongs to.</summary>
    public string Stage { get; } = stage;

    /// <summary>The clock; stages never read the wall clock directly.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Cancels a long run.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Records an expected problem in the input.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan? span = null, params object?[] args) =>
        _reported.Add(Diagnostic.Create(descriptor, Stage, span, args));

    /// <summary>Everything reported so far.</summary>
    public ImmutableArray<Diagnostic> Reported => [.. _reported];
}
