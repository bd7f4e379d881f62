using Dossier.Copies;

namespace Dossier.Tests.Copies;

public sealed class MinHasherTests
{
    public static TheoryData<int, int, int> Overlaps => new()
    {
        // set A size, set B size, shared members
        { 1000, 1000, 1000 },
        { 1000, 1000, 800 },
        { 1000, 1000, 500 },
        { 600, 400, 200 },
        { 1000, 1000, 100 },
        { 500, 500, 0 },
    };

    [Theory]
    [MemberData(nameof(Overlaps))]
    public void TheEstimateIsCloseToTheTrueJaccard(int sizeA, int sizeB, int shared)
    {
        var a = Enumerable.Range(0, sizeA).Select(i => (ulong)i * 7919UL).ToArray();
        var b = Enumerable.Range(sizeA - shared, sizeB).Select(i => (ulong)i * 7919UL).ToArray();
        var truth = (double)shared / (sizeA + sizeB - shared);
        var hasher = new MinHasher(256, 42);

        var estimate = MinHasher.Estimate(hasher.Sign(a), hasher.Sign(b));

        // Four standard errors of a 256-hash estimate, plus a little for the mixer.
        var tolerance = 4 * Math.Sqrt(truth * (1 - truth) / 256) + 0.02;
        Assert.InRange(estimate, truth - tolerance, truth + tolerance);
    }

    [Fact]
    public void TheSameSeedGivesTheSameSignatureAndAnotherSeedAnother()
    {
        var members = Enumerable.Range(0, 300).Select(i => (ulong)i * 31UL + 5).ToArray();
        Assert.Equal(new MinHasher(64, 7).Sign(members), new MinHasher(64, 7).Sign(members));
        Assert.NotEqual(new MinHasher(64, 7).Sign(members), new MinHasher(64, 8).Sign(members));
    }

    [Fact]
    public void SignaturesDoNotDependOnMemberOrder()
    {
        var members = Enumerable.Range(0, 300).Select(i => (ulong)i * 31UL + 5).ToArray();
        var hasher = new MinHasher(64, 7);
        Assert.Equal(hasher.Sign(members), hasher.Sign(members.Reverse().ToArray()));
    }

    [Fact]
    public void EmptySetsAreSimilarToNothing()
    {
        var hasher = new MinHasher(32, 1);
        Assert.Equal(0, MinHasher.Estimate(hasher.Sign([]), hasher.Sign([])));
    }
}
