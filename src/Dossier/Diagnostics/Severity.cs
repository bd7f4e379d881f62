namespace Dossier.Diagnostics;

/// <summary>How much a diagnostic matters to the user.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing was lost.</summary>
    Info,
    /// <summary>Something was guessed or skipped; the result may be weaker.</summary>
    Warning,
    /// <summary>Input or a stage failed; part of the result is missing.</summary>
    Error,
}
