using System.Globalization;

namespace Dossier.Evaluation;

/// <summary>How well a predicted clustering matches gold labels: pairwise P/R/F1, B-cubed P/R/F1 and the adjusted Rand index.</summary>
/// <param name="Pairwise">Pairs of items put together: right (tp), wrongly (fp), missed (fn).</param>
/// <param name="BCubedPrecision">Mean over items of the share of its predicted cluster that shares its gold label.</param>
/// <param name="BCubedRecall">Mean over items of the share of its gold cluster that is in its predicted cluster.</param>
/// <param name="AdjustedRand">Rand index corrected for chance: 1 is perfect, 0 is what random clusters get.</param>
/// <param name="Items">Items scored.</param>
/// <param name="GoldClusters">Gold clusters among them.</param>
/// <param name="PredictedClusters">Predicted clusters among them.</param>
public sealed record ClusterScores(PrfScore Pairwise, double BCubedPrecision, double BCubedRecall, double AdjustedRand, int Items, int GoldClusters, int PredictedClusters)
{
    /// <summary>Harmonic mean of B-cubed precision and recall.</summary>
    public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, over the items gold labels; an item
    /// with no prediction counts as a cluster of its own.</summary>
    public static ClusterScores Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var items = gold.Keys.Order(StringComparer.Ordinal).ToList();
        string Predicted(string item) => predicted.TryGetValue(item, out var label) ? "p:" + label : "self:" + item;
        var cells = new Dictionary<(string, string), long>();
        var goldSizes = new Dictionary<string, long>();
        var predictedSizes = new Dictionary<string, long>();
        foreach (var item in items)
        {
            var (g, p) = (gold[item], Predicted(item));
            cells[(g, p)] = cells.GetValueOrDefault((g, p)) + 1;
            goldSizes[g] = goldSizes.GetValueOrDefault(g) + 1;
            predictedSizes[p] = predictedSizes.GetValueOrDefault(p) + 1;
        }
        static long Pairs(long n) => n * (n - 1) / 2;
        var together = cells.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var pairwise = new PrfScore((int)together, (int)(predictedPairs - together), (int)(goldPairs - together));

        double precision = 0, recall = 0;
        foreach (var ((g, p), n) in cells)
        {
            precision += n * ((double)n / predictedSizes[p]);
            recall += n * ((double)n / goldSizes[g]);
        }
        var count = Math.Max(1, items.Count);

        double all = Pairs(items.Count);
        var expected = all == 0 ? 0 : goldPairs * (double)predictedPairs / all;
        var maximum = (goldPairs + predictedPairs) / 2.0;
        var ari = maximum - expected == 0 ? 1 : (together - expected) / (maximum - expected);
        return new ClusterScores(pairwise, precision / count, recall / count, ari, items.Count, goldSizes.Count, predictedSizes.Count);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pairwise {Pairwise}\nB-cubed P {BCubedPrecision:0.000}  R {BCubedRecall:0.000}  F1 {BCubedF1:0.000}\nARI {AdjustedRand:0.000}\n{Items} article(s), {GoldClusters} gold stories, {PredictedClusters} predicted");
}
