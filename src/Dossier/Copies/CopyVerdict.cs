namespace Dossier.Copies;

/// <summary>What comparing two texts found.</summary>
/// <param name="Kind"><c>duplicate</c>, <c>syndicated</c>, <c>rewrite</c>, or null when neither copies the other.</param>
/// <param name="Jaccard">Shingle Jaccard similarity.</param>
/// <param name="Containment">Share of the smaller shingle set found in the other.</param>
/// <param name="Aligned">Share of the shorter text's sentences that align with a sentence of the other.</param>
/// <param name="Order">Share of aligned sentences that keep their order.</param>
internal sealed record CopyVerdict(string? Kind, double Jaccard, double Containment, double Aligned, double Order)
{
    /// <summary>Share of the longer text's sentences that some sentence of the shorter aligns with.</summary>
    public double Coverage { get; init; }

    /// <summary>The similarity reported for the pair: shingle Jaccard for copies, the aligned share for rewrites.</summary>
    public double Similarity => Kind == CopyKinds.Rewrite ? Aligned : Jaccard;
}

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
