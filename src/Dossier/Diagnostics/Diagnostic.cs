using Dossier.Text;

namespace Dossier.Diagnostics;

/// <summary>An expected problem found in input, or a stage failure, recorded as data.</summary>
/// <param name="Code">Stable code from <see cref="DiagnosticCatalog"/>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What happened and what to do.</param>
/// <param name="Stage">The stage (or <c>ingest</c>) that reported it.</param>
/// <param name="Span">Where in the clean text, if it concerns a span.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string Stage, TextSpan? Span = null)
{
    /// <summary>Creates a diagnostic from a catalogue entry.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string stage, TextSpan? span, params object?[] args) =>
        new(descriptor.Code, descriptor.Severity, descriptor.Format(args), stage, span);
}
