namespace Dossier.Copies;

/// <summary>Thresholds of copy detection. Defaults were set on the samples' wire copy, rewrite and summary and on
/// independent reports of the same story (which must not count as copies); see docs/stories.md.</summary>
public sealed record CopyOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>LSH bands; <see cref="Bands"/> × <see cref="Rows"/> MinHash functions are used.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Rows per LSH band (with 16 bands of 4 rows, pairs above Jaccard ≈ 0.5 are almost always candidates).</summary>
    public int Rows { get; init; } = 4;

    /// <summary>Seed of the MinHash functions.</summary>
    public ulong Seed { get; init; } = 0x5EED_D055_1E20_2024UL;

    /// <summary>Shingle Jaccard at or above which two texts are the same text.</summary>
    public double DuplicateJaccard { get; init; } = 0.9;

    /// <summary>Share of the shorter text's shingles found in the other at or above which it is the same wire copy, lightly edited.</summary>
    public double SyndicatedContainment { get; init; } = 0.5;

    /// <summary>Shingle Jaccard a syndicated copy also needs (a summary can reach the containment, not this).</summary>
    public double SyndicatedJaccard { get; init; } = 0.3;

    /// <summary>Containment at or above which a much shorter text is a verbatim excerpt (syndicated) whatever its length.</summary>
    public double ExcerptContainment { get; init; } = 0.8;

    /// <summary>Share of a sentence's content words found in one sentence of the other text for the two to align.</summary>
    public double SentenceOverlap { get; init; } = 0.5;

    /// <summary>Share of the shorter text's sentences that must align for a rewrite.</summary>
    public double RewriteAligned { get; init; } = 0.3;

    /// <summary>Share of the longer text's sentences a rewrite must echo: a short independent report of the same
    /// event aligns well sentence by sentence but covers only a part of a longer one.</summary>
    public double RewriteCoverage { get; init; } = 0.22;

    /// <summary>Minimum shingle containment for a rewrite: a spun or summarised copy keeps some verbatim phrases.</summary>
    public double RewriteContainment { get; init; } = 0.11;

    /// <summary>Share of aligned sentences that must keep their order (longest increasing run) for a rewrite.</summary>
    public double RewriteOrder { get; init; } = 0.5;

    /// <summary>Rare names and numbers two texts must share to be compared when MinHash did not pair them.</summary>
    public int MinSharedAnchors { get; init; } = 6;

    /// <summary>Most rewrite candidates (by shared rare names and numbers) examined per article.</summary>
    public int AnchorCandidates { get; init; } = 8;

    /// <summary>Copies are published within this many days of each other; farther pairs are not compared.</summary>
    public int MaxDaysApart { get; init; } = 60;
}
