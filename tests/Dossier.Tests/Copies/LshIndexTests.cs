using Dossier.Copies;

namespace Dossier.Tests.Copies;

public sealed class LshIndexTests
{
    private static ulong[] Set(int from, int count) => Enumerable.Range(from, count).Select(i => (ulong)i * 104729UL).ToArray();

    [Fact]
    public void NearDuplicateSetsBecomeCandidatesAndUnrelatedSetsDoNot()
    {
        var hasher = new MinHasher(64, 99);
        var index = new LshIndex(16, 4);
        Assert.Empty(index.Add(0, hasher.Sign(Set(0, 500))));
        var near = index.Add(1, hasher.Sign(Set(25, 500)));        // Jaccard ≈ 0.90 with item 0
        var unrelated = index.Add(2, hasher.Sign(Set(5000, 500))); // Jaccard 0

        Assert.Equal([0], near);
        Assert.Empty(unrelated);
    }

    [Theory]
    [InlineData(0.9, 0.99)]
    [InlineData(0.2, 0.0)]
    public void CandidateProbabilityFollowsTheBandingCurve(double jaccard, double expected)
    {
        var index = new LshIndex(16, 4);
        Assert.Equal(expected, index.CandidateProbability(jaccard), 1);
    }

    [Fact]
    public void AFullBucketStillPairsNewcomersWithItsFirstMembers()
    {
        var hasher = new MinHasher(8, 3);
        var index = new LshIndex(2, 4) { MaxBucket = 3 };
        var signature = hasher.Sign(Set(0, 50));
        for (var i = 0; i < 10; i++)
            index.Add(i, signature);
        Assert.Equal([0, 1, 2], index.Add(10, signature));
    }
}
