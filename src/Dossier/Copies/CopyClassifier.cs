namespace Dossier.Copies;

/// <summary>Decides whether one text copies another, and how.</summary>
/// <remarks>
/// Shingle overlap tells duplicates and syndicated copies apart from everything else. A spun rewrite or a summary
/// shares few shingles, so it is recognised by sentence alignment instead: most of its sentences have one counterpart
/// in the other text that holds half their content words, and the counterparts come in the same order. Independent
/// reports of the same event share names but not sentences, which keeps them apart (measured in docs/stories.md).
/// </remarks>
internal sealed class CopyClassifier(CopyOptions options)
{
    public CopyVerdict Classify(CopyProfile a, CopyProfile b)
    {
        var inter = CopyProfile.Intersect(a.Shingles, b.Shingles);
        var union = a.Shingles.Length + b.Shingles.Length - inter;
        var jaccard = union == 0 ? 0 : (double)inter / union;
        var smaller = Math.Min(a.Shingles.Length, b.Shingles.Length);
        var containment = smaller == 0 ? 0 : (double)inter / smaller;
        if (smaller == 0)
            return new CopyVerdict(null, 0, 0, 0, 0);
        if (jaccard >= options.DuplicateJaccard)
            return new CopyVerdict(CopyKinds.Duplicate, jaccard, containment, 1, 1);
        // A shortened copy keeps whole paragraphs verbatim; a summary keeps phrases, which lowers Jaccard far more.
        if (containment >= options.ExcerptContainment || (containment >= options.SyndicatedContainment && jaccard >= options.SyndicatedJaccard))
            return new CopyVerdict(CopyKinds.Syndicated, jaccard, containment, 1, 1);
        if (containment < options.RewriteContainment)
            return new CopyVerdict(null, jaccard, containment, 0, 0);
        var (aligned, order, coverage) = Align(a, b);
        var kind = aligned >= options.RewriteAligned && order >= options.RewriteOrder && coverage >= options.RewriteCoverage ? CopyKinds.Rewrite : null;
        return new CopyVerdict(kind, jaccard, containment, aligned, order) { Coverage = coverage };
    }

    private (double Aligned, double Order, double Coverage) Align(CopyProfile a, CopyProfile b)
    {
        var (shorter, longer) = a.Sentences.Sum(s => s.Count) <= b.Sentences.Sum(s => s.Count) ? (a.Sentences, b.Sentences) : (b.Sentences, a.Sentences);
        if (shorter.Count == 0 || longer.Count == 0)
            return (0, 0, 0);
        var matched = new List<int>();
        foreach (var sentence in shorter)
        {
            var best = -1;
            var bestShare = 0.0;
            for (var j = 0; j < longer.Count; j++)
            {
                var shared = 0;
                foreach (var word in sentence)
                {
                    if (longer[j].Contains(word))
                        shared++;
                }
                var share = (double)shared / sentence.Count;
                if (share > bestShare)
                {
                    bestShare = share;
                    best = j;
                }
            }
            if (bestShare >= options.SentenceOverlap)
                matched.Add(best);
        }
        if (matched.Count == 0)
            return (0, 0, 0);
        return ((double)matched.Count / shorter.Count, (double)LongestIncreasingRun(matched) / matched.Count,
            (double)matched.Distinct().Count() / longer.Count);
    }

    // Length of the longest non-decreasing subsequence (patience sorting).
    internal static int LongestIncreasingRun(IReadOnlyList<int> values)
    {
        var tails = new List<int>();
        foreach (var value in values)
        {
            var lo = 0;
            var hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tails[mid] <= value)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo == tails.Count)
                tails.Add(value);
            else
                tails[lo] = value;
        }
        return tails.Count;
    }
}
