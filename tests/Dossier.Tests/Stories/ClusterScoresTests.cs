using Dossier.Evaluation;

namespace Dossier.Tests.Stories;

public sealed class ClusterScoresTests
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2", ["e"] = "2", ["f"] = "3",
    };

    [Fact]
    public void APerfectClusteringScoresOneEverywhere()
    {
        var scores = ClusterScores.Score(Gold, Gold.ToDictionary(kv => kv.Key, kv => "p" + kv.Value));
        Assert.Equal(1.0, scores.Pairwise.F1);
        Assert.Equal(1.0, scores.BCubedF1, 6);
        Assert.Equal(1.0, scores.AdjustedRand, 6);
    }

    [Fact]
    public void OneBigClusterHasFullRecallButPoorPrecisionAndNoChanceCorrectedAgreement()
    {
        var scores = ClusterScores.Score(Gold, Gold.ToDictionary(kv => kv.Key, _ => "all"));
        Assert.Equal(1.0, scores.Pairwise.Recall);
        Assert.Equal(4.0 / 15, scores.Pairwise.Precision, 6);
        Assert.Equal(1.0, scores.BCubedRecall, 6);
        Assert.Equal((3 * 0.5 + 2 * (1.0 / 3) + 1.0 / 6) / 6, scores.BCubedPrecision, 6);
        Assert.Equal(0.0, scores.AdjustedRand, 6);
    }

    [Fact]
    public void MissingPredictionsCountAsSingletons()
    {
        var scores = ClusterScores.Score(Gold, new Dictionary<string, string> { ["a"] = "x", ["b"] = "x" });
        Assert.Equal(new PrfScore(1, 0, 3), scores.Pairwise);
        Assert.Equal(1.0, scores.BCubedPrecision, 6);
        Assert.Equal(5, scores.PredictedClusters);
    }
}
