using Dossier.Documents;
using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class ViterbiDecoderTests
{
    private const int S = ViterbiDecoder.Stride;

    private static int[] Decode(float[] emissions, float[] weights, int[] dynamicRows, int perPrevious)
    {
        var tags = new int[emissions.Length / S];
        ViterbiDecoder.Decode(emissions, weights, dynamicRows, perPrevious, tags);
        return tags;
    }

    private static int[] NoDynamicRows(int tokens) => Enumerable.Repeat(-1, tokens * ViterbiDecoder.Previous).ToArray();

    [Fact]
    public void PicksTheBestWholeSequenceNotTheBestFirstTag()
    {
        // Greedy decoding takes B-PERSON (1.0) for the first word and is then forced into L-PERSON (0.0): 1.0 in all.
        // U-PERSON (0.9) then O (2.0) scores 2.9.
        var emissions = new float[2 * S];
        emissions[BilouTags.Begin(EntityKind.Person)] = 1.0f;
        emissions[BilouTags.Unit(EntityKind.Person)] = 0.9f;
        emissions[S + BilouTags.O] = 2.0f;

        var tags = Decode(emissions, new float[S], NoDynamicRows(2), 1);

        Assert.Equal([BilouTags.Unit(EntityKind.Person), BilouTags.O], tags);
    }

    [Fact]
    public void ATagBigramWeightCanOutvoteTheWordScores()
    {
        // Row 0 scores "L-ORG after B-ORG" highly: the two words become one organisation although each alone says O.
        var emissions = new float[2 * S];
        emissions[BilouTags.O] = 1.0f;
        emissions[BilouTags.Begin(EntityKind.Org)] = 0.5f;
        emissions[S + BilouTags.O] = 1.0f;
        var weights = new float[S];
        weights[BilouTags.Last(EntityKind.Org)] = 3.0f;
        var rows = NoDynamicRows(2);
        rows[ViterbiDecoder.Previous + BilouTags.Begin(EntityKind.Org) + 1] = 0; // second word, previous tag B-ORG

        var tags = Decode(emissions, weights, rows, 1);

        Assert.Equal([BilouTags.Begin(EntityKind.Org), BilouTags.Last(EntityKind.Org)], tags);
    }

    [Fact]
    public void NeverOpensANameItDoesNotClose()
    {
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var length = random.Next(1, 9);
            var emissions = new float[length * S];
            for (var i = 0; i < emissions.Length; i++)
                emissions[i] = (float)random.NextDouble() * 4 - 2;

            var tags = Decode(emissions, new float[S], NoDynamicRows(length), 1);

            for (var i = 0; i < length; i++)
                Assert.True(BilouTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i], i == length - 1), $"{BilouTags.Name(tags[i])} at {i} of {length}");
        }
    }
}
