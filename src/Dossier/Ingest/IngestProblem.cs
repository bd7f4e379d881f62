using Dossier.Diagnostics;

namespace Dossier.Ingest;

/// <summary>A source that could not be ingested (or only partly), with a stable code.</summary>
/// <param name="Source">The path as the user gave it.</param>
/// <param name="Code">Stable diagnostic code (<c>DSR1xxx</c>).</param>
/// <param name="Severity">Error when the source was skipped, warning when only part was lost.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record IngestProblem(string Source, string Code, Severity Severity, string Message)
{
    /// <summary>A problem from a catalogue entry.</summary>
    public static IngestProblem Create(string source, DiagnosticDescriptor descriptor, params object?[] args) =>
        new(source, descriptor.Code, descriptor.Severity, descriptor.Format(args));

    /// <summary>The one line a user sees: file, problem, code.</summary>
    public override string ToString() => $"{Source}: {Message} [{Code}]";
}
