namespace Dossier.Copies;

/// <summary>MinHash signatures: for each of <see cref="HashCount"/> seeded hash functions, the smallest hash of a set's
/// members. The share of positions where two signatures agree estimates the Jaccard similarity of the two sets.</summary>
/// <remarks>
/// The hash functions are a 64-bit mixer (the MurmurHash3 finaliser, a bijection) applied to the member xor a per-function
/// seed; the seeds come from SplitMix64 started at the given seed, so signatures are identical on every run.
/// The standard error of the estimate is about sqrt(J(1-J)/HashCount).
/// </remarks>
internal sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int hashCount, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        _seeds = new ulong[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
            _seeds[i] = SplitMix64(ref state);
    }

    public int HashCount => _seeds.Length;

    /// <summary>The signature of a set given by its members' 64-bit hashes; an empty set gives all <see cref="ulong.MaxValue"/>.</summary>
    public ulong[] Sign(ReadOnlySpan<ulong> members)
    {
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var member in members)
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = Mix(member ^ _seeds[i]);
                if (h < signature[i])
                    signature[i] = h;
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Estimate(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException("Signatures of different lengths cannot be compared.");
        if (a.Length == 0)
            return 0;
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
                same++;
        }
        return (double)same / a.Length;
    }

    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    internal static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
