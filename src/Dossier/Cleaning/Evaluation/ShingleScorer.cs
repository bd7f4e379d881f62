using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Evaluation;

/// <summary>Precision and recall of one extracted page against its gold text.</summary>
/// <param name="Precision">Share of the output's word 4-gram shingles found in the gold text (multiset).</param>
/// <param name="Recall">Share of the gold text's shingles found in the output.</param>
/// <param name="Exact">Whether output and gold have exactly the same lower-cased word token sequence.</param>
public readonly record struct PageScore(double Precision, double Recall, bool Exact);

/// <summary>The article-body measure of the held-out extraction benchmark: lower-cased <c>\w+</c> tokens, 4-token shingles.</summary>
/// <remarks>
/// Per page, tp = Σ min(count in output, count in gold) over shingles; precision = tp / output shingles, recall =
/// tp / gold shingles. A text shorter than four tokens is one shingle of all its tokens. An empty output scores
/// precision 0 and recall 0 (unless the gold is empty too: 1 and 1). Exact match compares the whole token lists.
/// </remarks>
public static class ShingleScorer
{
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Shingle length.</summary>
    public const int N = 4;

    /// <summary>Lower-cased word tokens of <paramref name="text"/>.</summary>
    public static List<string> Tokens(string text) => Word.Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>Scores <paramref name="output"/> against <paramref name="gold"/>.</summary>
    public static PageScore Score(string output, string gold)
    {
        var outputTokens = Tokens(output);
        var goldTokens = Tokens(gold);
        var exact = outputTokens.SequenceEqual(goldTokens);
        var outputShingles = Shingles(outputTokens);
        var goldShingles = Shingles(goldTokens);
        var outputTotal = outputShingles.Values.Sum();
        var goldTotal = goldShingles.Values.Sum();
        if (outputTotal == 0 || goldTotal == 0)
            return outputTotal == goldTotal ? new PageScore(1, 1, exact) : new PageScore(0, 0, exact);
        var tp = 0;
        foreach (var (shingle, count) in outputShingles)
        {
            if (goldShingles.TryGetValue(shingle, out var goldCount))
                tp += Math.Min(count, goldCount);
        }
        return new PageScore((double)tp / outputTotal, (double)tp / goldTotal, exact);
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return shingles;
        var count = Math.Max(1, tokens.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
