namespace Dossier.Copies;

/// <summary>Locality-sensitive hashing over MinHash signatures: a signature is cut into <c>bands</c> bands of
/// <c>rows</c> rows, and two items become candidates when any band is identical.</summary>
/// <remarks>
/// The chance that two sets with Jaccard J become candidates is 1-(1-J^rows)^bands, an S-curve with its steep part near
/// (1/bands)^(1/rows). Buckets are capped: a bucket that grows past <see cref="MaxBucket"/> members (thousands of copies
/// of one text) pairs each newcomer with the bucket's first members only, so the pair count stays linear.
/// </remarks>
internal sealed class LshIndex
{
    private readonly int _bands;
    private readonly int _rows;
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];

    public LshIndex(int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        _bands = bands;
        _rows = rows;
    }

    public int MaxBucket { get; init; } = 64;

    /// <summary>Adds item <paramref name="item"/> and returns the earlier items it shares a band with, without repeats.</summary>
    public List<int> Add(int item, ReadOnlySpan<ulong> signature)
    {
        if (signature.Length < _bands * _rows)
            throw new ArgumentException($"Signature has {signature.Length} values; {_bands}x{_rows} bands need {_bands * _rows}.");
        var found = new List<int>();
        var seen = new HashSet<int>();
        for (var band = 0; band < _bands; band++)
        {
            var key = 1469598103934665603UL;
            var empty = true;
            for (var r = 0; r < _rows; r++)
            {
                var value = signature[band * _rows + r];
                empty &= value == ulong.MaxValue;
                key = MinHasher.Mix(key ^ value) + (ulong)r;
            }
            if (empty)
                continue;
            if (!_buckets.TryGetValue((band, key), out var bucket))
                _buckets[(band, key)] = bucket = [];
            var limit = Math.Min(bucket.Count, MaxBucket);
            for (var i = 0; i < limit; i++)
            {
                if (seen.Add(bucket[i]))
                    found.Add(bucket[i]);
            }
            if (bucket.Count < MaxBucket)
                bucket.Add(item);
        }
        return found;
    }

    /// <summary>The probability that two sets with Jaccard <paramref name="jaccard"/> become candidates.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, _rows), _bands);
}
