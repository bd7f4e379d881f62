namespace Dossier.Copies;

/// <summary>The copy kinds of the export contract.</summary>
public static class CopyKinds
{
    /// <summary>The same text.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The same wire copy, lightly edited (headline, a few words, a dropped or added paragraph).</summary>
    public const string Syndicated = "syndicated";

    /// <summary>Spun, translated or summarised: few shared phrases, but the same facts in the same order.</summary>
    public const string Rewrite = "rewrite";
}
