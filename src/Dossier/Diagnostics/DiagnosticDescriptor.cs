using System.Globalization;

namespace Dossier.Diagnostics;

/// <summary>The fixed part of a diagnostic: its stable code, severity and message template.</summary>
/// <param name="Code">Stable code, <c>DSR</c> and four digits; tests assert on it, never on the message.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="MessageFormat">Composite format string for the message.</param>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string MessageFormat)
{
    /// <summary>The message with <paramref name="args"/> filled in.</summary>
    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
