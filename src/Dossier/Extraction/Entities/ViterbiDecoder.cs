using System.Numerics;

namespace Dossier.Extraction.Entities;

/// <summary>Best BILOU tag sequence of a sentence under first-order scores: per-token scores plus, per token, scores that
/// depend on the previous tag (the tag bigram, and the bigram with the token's word).</summary>
/// <remarks>
/// Shared by the tagger and the trainer, so training decodes exactly as tagging does (a structured perceptron: weights
/// learnt greedily and decoded with a search prefer paths the greedy history never saw). Weight rows are
/// <see cref="Stride"/> floats wide so a row adds in a few vector operations. Ties go to the lower tag number, so
/// decoding is deterministic.
/// </remarks>
internal static class ViterbiDecoder
{
    /// <summary>Floats per weight row (the tag count rounded up for vector adds).</summary>
    public const int Stride = 32;

    /// <summary>"Previous tags" per position: the sentence start (-1) and every tag.</summary>
    public const int Previous = BilouTags.Count + 1;

    // Allowed[(previous + 1) * Count * 2 + tag * 2 + last]: whether tag may follow previous (and end the sentence when last).
    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[Previous * BilouTags.Count * 2];
        for (var p = -1; p < BilouTags.Count; p++)
        {
            for (var t = 0; t < BilouTags.Count; t++)
            {
                allowed[((p + 1) * BilouTags.Count + t) * 2] = BilouTags.Allowed(p, t, last: false);
                allowed[((p + 1) * BilouTags.Count + t) * 2 + 1] = BilouTags.Allowed(p, t, last: true);
            }
        }
        return allowed;
    }

    /// <summary>Decodes <paramref name="tags"/>.</summary>
    /// <param name="emissions">Per token, <see cref="Stride"/> scores (static features summed).</param>
    /// <param name="weights">All weight rows, <see cref="Stride"/> floats each.</param>
    /// <param name="dynamicRows">Per token and previous tag (-1 first), <paramref name="perPrevious"/> row numbers (-1: no row).</param>
    /// <param name="perPrevious">Previous-tag features per token and previous tag.</param>
    /// <param name="tags">Receives the best tags.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> weights, ReadOnlySpan<int> dynamicRows, int perPrevious, Span<int> tags)
    {
        const int T = BilouTags.Count;
        var n = tags.Length;
        Span<float> best = stackalloc float[Stride];
        Span<float> next = stackalloc float[Stride];
        Span<float> pair = stackalloc float[Stride];
        var backLength = n * T;
        Span<byte> back = backLength <= 8192 ? stackalloc byte[backLength] : new byte[backLength];
        for (var i = 0; i < n; i++)
        {
            var last = i == n - 1 ? 1 : 0;
            next.Fill(float.NegativeInfinity);
            var emission = emissions.Slice(i * Stride, Stride);
            for (var p = -1; p < T; p++)
            {
                if (i == 0 ? p >= 0 : p < 0 || float.IsNegativeInfinity(best[p]))
                    continue;
                pair.Clear();
                var rows = dynamicRows.Slice((i * Previous + p + 1) * perPrevious, perPrevious);
                foreach (var row in rows)
                {
                    if (row < 0)
                        continue;
                    var w = weights.Slice(row * Stride, Stride);
                    for (var t = 0; t < Stride; t += Vector<float>.Count)
                        (new Vector<float>(pair[t..]) + new Vector<float>(w[t..])).CopyTo(pair[t..]);
                }
                var from = i == 0 ? 0f : best[p];
                var allowed = Allowed.AsSpan((p + 1) * T * 2, T * 2);
                for (var t = 0; t < T; t++)
                {
                    if (!allowed[t * 2 + last])
                        continue;
                    var score = from + pair[t];
                    if (score > next[t])
                    {
                        next[t] = score;
                        back[i * T + t] = (byte)(p + 1);
                    }
                }
            }
            for (var t = 0; t < T; t++)
                best[t] = next[t] + emission[t];
        }
        var tag = 0;
        for (var t = 1; t < T; t++)
        {
            if (best[t] > best[tag])
                tag = t;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag;
            tag = back[i * T + tag] - 1;
        }
    }
}
