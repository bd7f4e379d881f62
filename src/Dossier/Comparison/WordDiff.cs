namespace Dossier.Comparison;

/// <summary>The words that differ between two wordings, as replacements, drops and additions ("countries → nations").</summary>
/// <remarks>Longest common subsequence over lower-cased words; quotes are short (capped at 200 words), so the quadratic
/// table is small.</remarks>
internal static class WordDiff
{
    public const int MaxWords = 200;

    /// <summary>The changes that turn <paramref name="a"/> into <paramref name="b"/>, in reading order.</summary>
    public static List<(string Removed, string Added)> Changes(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = Math.Min(a.Count, MaxWords);
        var m = Math.Min(b.Count, MaxWords);
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
                table[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        }
        var changes = new List<(string, string)>();
        var removed = new List<string>();
        var added = new List<string>();
        void Flush()
        {
            if (removed.Count > 0 || added.Count > 0)
                changes.Add((string.Join(' ', removed), string.Join(' ', added)));
            removed.Clear();
            added.Clear();
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Flush();
                x++;
                y++;
            }
            else if (y < m && (x == n || table[x, y + 1] >= table[x + 1, y]))
                added.Add(b[y++]);
            else
                removed.Add(a[x++]);
        }
        Flush();
        return changes;
    }

    /// <summary>Lower-cased words of a text, punctuation dropped, curly apostrophes straightened.</summary>
    public static List<string> Words(string text) =>
        [.. Text.WordScanner.Words(text).Select(w => w.Of(text).Replace('’', '\'').ToLowerInvariant())];

    /// <summary>"countries → nations; − very; + indeed".</summary>
    public static string Describe(IEnumerable<(string Removed, string Added)> changes) =>
        string.Join("; ", changes.Select(c => c.Removed.Length == 0 ? "+ " + c.Added : c.Added.Length == 0 ? "− " + c.Removed : $"{c.Removed} → {c.Added}"));
}
