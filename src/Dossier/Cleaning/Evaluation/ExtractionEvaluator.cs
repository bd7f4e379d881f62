using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Evaluation;

/// <summary>Scores of one extractor on one gold set.</summary>
/// <param name="Set">Gold set name.</param>
/// <param name="Pages">Pages scored.</param>
/// <param name="Precision">Shingle sets: mean per-page precision. Snippet sets: TP / (TP + FP) over the corpus.</param>
/// <param name="Recall">Shingle sets: mean per-page recall. Snippet sets: TP / (TP + FN).</param>
/// <param name="ExactMatch">Shingle sets: share of pages whose output token list equals the gold's. Snippet sets: accuracy (TP + TN) / all.</param>
/// <param name="Failures">Pages the extractor threw on (scored as empty output).</param>
public sealed record ExtractionScore(string Set, int Pages, double Precision, double Recall, double ExactMatch, int Failures)
{
    /// <summary>F1 of the (mean) precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Runs an extractor over gold pages and scores it.</summary>
public static class ExtractionEvaluator
{
    private static readonly Regex Space = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Scores <paramref name="extract"/> (HTML → body text) on <paramref name="pages"/> of one set.</summary>
    /// <param name="set">Gold set name.</param>
    /// <param name="pages">Its pages.</param>
    /// <param name="extract">The extractor.</param>
    /// <param name="perPage">Called with each page and its score (for error analysis; snippet pages score their own snippets).</param>
    public static ExtractionScore Evaluate(string set, IReadOnlyList<GoldPage> pages, Func<string, string> extract, Action<GoldPage, PageScore>? perPage = null)
    {
        double precision = 0, recall = 0;
        int exact = 0, failures = 0, tp = 0, fp = 0, fn = 0, tn = 0;
        var shingleScored = pages.Count > 0 && pages[0].GoldText is not null;
        foreach (var page in pages)
        {
            string output;
            try
            {
                output = extract(page.ReadHtml());
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                output = "";
                failures++;
            }
            if (page.GoldText is not null)
            {
                var score = ShingleScorer.Score(output, page.GoldText);
                precision += score.Precision;
                recall += score.Recall;
                exact += score.Exact ? 1 : 0;
                perPage?.Invoke(page, score);
            }
            else
            {
                var normalised = Space.Replace(output, " ").Trim();
                int pageTp = tp, pageFp = fp, pageFn = fn;
                foreach (var snippet in page.With)
                {
                    if (normalised.Contains(Space.Replace(snippet, " ").Trim(), StringComparison.Ordinal))
                        tp++;
                    else
                        fn++;
                }
                foreach (var snippet in page.Without)
                {
                    if (normalised.Contains(Space.Replace(snippet, " ").Trim(), StringComparison.Ordinal))
                        fp++;
                    else
                        tn++;
                }
                pageTp = tp - pageTp;
                pageFp = fp - pageFp;
                pageFn = fn - pageFn;
                perPage?.Invoke(page, new PageScore(pageTp + pageFp == 0 ? 1 : (double)pageTp / (pageTp + pageFp), pageTp + pageFn == 0 ? 1 : (double)pageTp / (pageTp + pageFn), false));
            }
        }
        if (shingleScored)
        {
            var n = Math.Max(1, pages.Count);
            return new ExtractionScore(set, pages.Count, precision / n, recall / n, (double)exact / n, failures);
        }
        var all = Math.Max(1, tp + fp + fn + tn);
        return new ExtractionScore(set, pages.Count, tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), (double)(tp + tn) / all, failures);
    }
}
