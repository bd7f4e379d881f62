namespace Dossier.Comparison;

/// <summary>Settings of the fact comparison across a story's reports.</summary>
public sealed record FactComparerOptions
{
    /// <summary>Content words two sentences must share before their numbers, durations or quotes are taken to state the same fact.</summary>
    public int MinSharedWords { get; init; } = 2;

    /// <summary>Share of the smaller sentence's content words the other sentence must hold (spun rewrites keep names,
    /// places and numbers but swap the common words, so this is low).</summary>
    public double MinSentenceOverlap { get; init; } = 0.3;

    /// <summary>Word overlap (Jaccard over lower-cased words) two quotes of one speaker need to count as the same quote.</summary>
    public double MinQuoteOverlap { get; init; } = 0.5;

    /// <summary>The same, when one article copies the other (a rewrite swaps words, so the bar is lower there).</summary>
    public double MinCopyQuoteOverlap { get; init; } = 0.3;

    /// <summary>Stated facts of one kind and key compared per story; keeps a story of thousands of reports linear.</summary>
    public int MaxFactsPerKey { get; init; } = 40;

    /// <summary>Findings kept per story and kind.</summary>
    public int MaxFindingsPerKind { get; init; } = 25;
}
