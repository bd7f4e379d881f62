namespace Dossier.Cleaning;

/// <summary>Options of the cleaning stage.</summary>
public sealed record CleaningOptions
{
    /// <summary>Default options.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>HTML nested deeper than this is read as plain text (no DOM is built), so hostile pages cost linear time.</summary>
    public int MaxHtmlDepth { get; init; } = Html.HtmlRules.MaxDepth;

    /// <summary>HTML longer than this many characters is read as plain text (no DOM is built), so memory stays a small multiple of the input.</summary>
    public int MaxHtmlChars { get; init; } = Html.HtmlRules.MaxChars;
}
