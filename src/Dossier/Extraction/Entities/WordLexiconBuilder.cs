using System.Runtime.Intrinsics;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Builds the <see cref="WordLexicon"/>: word clusters induced from unlabelled text, and name classes counted on
/// silver-annotated text.</summary>
/// <remarks>
/// Clusters: each word seen often enough gets a vector of its left and right neighbours (the most frequent lower-case
/// words), weighted by positive PMI and projected to a few dense dimensions with a seeded random projection; spherical
/// k-means groups the words (fine level), then the fine centroids (middle), then those (coarse) — a hierarchy like Brown
/// clusters' bit prefixes, at a fraction of the cost. Words the labelled data never shows share a cluster with words it
/// does, so "Eastman" behaves like the surnames it is used like. Everything is single-threaded and seeded: the same text
/// gives the same clusters.
/// </remarks>
internal static class WordLexiconBuilder
{
    private const int Dimensions = 96;
    private const int ContextWords = 1500;
    private const int MinCount = 3;

    public static WordLexicon Build(IReadOnlyList<IReadOnlyList<string>> unlabelled, IReadOnlyList<NerSentence> silver,
        int fine = 300, int middle = 60, int coarse = 12, int seed = 20240426, Action<string>? log = null)
    {
        var clusters = Cluster(unlabelled, fine, middle, coarse, seed, log);
        var classes = NameClasses(silver);
        var words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        foreach (var (word, (f, m, c)) in clusters)
            words[word] = new WordInfo(f, m, c, 0);
        foreach (var (word, bits) in classes)
            words[word] = words.GetValueOrDefault(word) with { Classes = bits };
        log?.Invoke($"word lexicon: {clusters.Count} clustered words, {classes.Count} with name classes");
        return new WordLexicon(words);
    }

    /// <summary>Name classes from silver spans: a capitalised word seen at least twice gets a class when most of its
    /// occurrences agree.</summary>
    internal static Dictionary<string, byte> NameClasses(IReadOnlyList<NerSentence> silver)
    {
        // counts: 0 person, 1 place, 2 org, 3 outside, 4 first word of a multi-word person, 5 last word of a multi-word org
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in silver)
        {
            var inside = new int[sentence.Tokens.Length];
            Array.Fill(inside, 3);
            foreach (var span in sentence.Entities)
            {
                var type = span.Kind switch
                {
                    EntityKind.Person => 0,
                    EntityKind.Gpe or EntityKind.Loc or EntityKind.Facility => 1,
                    EntityKind.Org => 2,
                    _ => 3,
                };
                for (var i = span.Start; i < span.End; i++)
                    inside[i] = type;
                if (type == 0 && span.End - span.Start >= 2)
                    Count(counts, sentence.Tokens[span.Start])[4]++;
                if (type == 2 && span.End - span.Start >= 2)
                    Count(counts, sentence.Tokens[span.End - 1])[5]++;
            }
            for (var i = 0; i < inside.Length; i++)
            {
                var word = sentence.Tokens[i];
                if (word.Length > 1 && char.IsUpper(word[0]))
                    Count(counts, word)[inside[i]]++;
            }
        }
        var classes = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            var total = c[0] + c[1] + c[2] + c[3];
            if (total < 2)
                continue;
            byte bits = 0;
            if (c[0] >= 0.6 * total)
                bits |= WordLexicon.PersonWord;
            if (c[1] >= 0.6 * total)
                bits |= WordLexicon.PlaceWord;
            if (c[2] >= 0.6 * total)
                bits |= WordLexicon.OrgWord;
            if (c[3] >= 0.9 * total && total >= 3)
                bits |= WordLexicon.NotName;
            if (c[4] >= 2 && c[4] >= 0.5 * total)
                bits |= WordLexicon.FirstName;
            if (c[5] >= 2 && c[5] >= 0.5 * total)
                bits |= WordLexicon.OrgEnd;
            bits &= (byte)int.Parse(Environment.GetEnvironmentVariable("MASK") ?? "255");
            if (bits != 0)
                classes[word] = bits;
        }
        return classes;
    }

    private static int[] Count(Dictionary<string, int[]> counts, string word)
    {
        if (!counts.TryGetValue(word, out var c))
            counts[word] = c = new int[6];
        return c;
    }

    internal static Dictionary<string, (ushort Fine, ushort Middle, ushort Coarse)> Cluster(IReadOnlyList<IReadOnlyList<string>> sentences,
        int fine, int middle, int coarse, int seed, Action<string>? log)
    {
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                wordCounts[word] = wordCounts.GetValueOrDefault(word) + 1;
                var lower = word.ToLowerInvariant();
                lowerCounts[lower] = lowerCounts.GetValueOrDefault(lower) + 1;
            }
        }
        var vocabulary = wordCounts.Where(w => w.Value >= MinCount && w.Key.Any(char.IsLetter))
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).ToArray();
        if (vocabulary.Length == 0)
            return [];
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
            wordIndex[vocabulary[i]] = i;
        var contexts = lowerCounts.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(ContextWords)
            .Select((w, i) => (w.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var boundary = ContextWords; // sentence start/end
        var other = ContextWords + 1;
        var contextSize = ContextWords + 2;

        // Co-occurrence counts: left neighbours in [0, contextSize), right ones in [contextSize, 2 contextSize).
        var cooccurrence = new Dictionary<int, int>[vocabulary.Length];
        for (var i = 0; i < cooccurrence.Length; i++)
            cooccurrence[i] = [];
        var contextTotals = new double[2 * contextSize];
        double total = 0;
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!wordIndex.TryGetValue(sentence[i], out var w))
                    continue;
                var left = i == 0 ? boundary : contexts.GetValueOrDefault(sentence[i - 1].ToLowerInvariant(), other);
                var right = i + 1 == sentence.Count ? boundary : contexts.GetValueOrDefault(sentence[i + 1].ToLowerInvariant(), other);
                var row = cooccurrence[w];
                row[left] = row.GetValueOrDefault(left) + 1;
                row[contextSize + right] = row.GetValueOrDefault(contextSize + right) + 1;
                contextTotals[left]++;
                contextTotals[contextSize + right]++;
                total += 2;
            }
        }

        // A seeded ±1 projection of each context feature.
        var projection = new float[2 * contextSize * Dimensions];
        var random = new Random(seed);
        for (var i = 0; i < projection.Length; i++)
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[vocabulary.Length * Dimensions];
        for (var w = 0; w < vocabulary.Length; w++)
        {
            var target = vectors.AsSpan(w * Dimensions, Dimensions);
            var rowTotal = cooccurrence[w].Values.Sum();
            foreach (var (context, count) in cooccurrence[w].OrderBy(c => c.Key))
            {
                var pmi = Math.Log(count * total / (rowTotal * contextTotals[context]));
                if (pmi <= 0)
                    continue;
                var p = projection.AsSpan(context * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                    target[d] += (float)pmi * p[d];
            }
            Normalise(target);
        }

        var fineOf = KMeans(vectors, vocabulary.Length, fine, out var fineCentroids);
        var middleOf = KMeans(fineCentroids, fine, middle, out var middleCentroids);
        var coarseOf = KMeans(middleCentroids, middle, coarse, out _);
        log?.Invoke($"clusters: {vocabulary.Length} words seen {MinCount}+ times → {fine}/{middle}/{coarse} clusters");
        var result = new Dictionary<string, (ushort, ushort, ushort)>(StringComparer.Ordinal);
        for (var w = 0; w < vocabulary.Length; w++)
        {
            var f = fineOf[w];
            var m = middleOf[f];
            result[vocabulary[w]] = ((ushort)(f + 1), (ushort)(m + 1), (ushort)(coarseOf[m] + 1));
        }
        return result;
    }

    // Spherical k-means (cosine), seeded by points spread evenly over the input order (frequency order for words).
    private static int[] KMeans(float[] points, int count, int k, out float[] centroids)
    {
        k = Math.Min(k, count);
        centroids = new float[k * Dimensions];
        for (var c = 0; c < k; c++)
            points.AsSpan((int)((long)c * count / k) * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions));
        var assignment = new int[count];
        for (var iteration = 0; iteration < 12; iteration++)
        {
            var changed = 0;
            for (var p = 0; p < count; p++)
            {
                var point = points.AsSpan(p * Dimensions, Dimensions);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(point, centroids.AsSpan(c * Dimensions, Dimensions));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }
                if (assignment[p] != best || iteration == 0)
                    changed++;
                assignment[p] = best;
            }
            Array.Clear(centroids);
            for (var p = 0; p < count; p++)
            {
                var target = centroids.AsSpan(assignment[p] * Dimensions, Dimensions);
                var point = points.AsSpan(p * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                    target[d] += point[d];
            }
            for (var c = 0; c < k; c++)
                Normalise(centroids.AsSpan(c * Dimensions, Dimensions));
            if (changed == 0)
                break;
        }
        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        // Fixed 128-bit lanes, so the sums (and the clusters) are the same on every machine.
        var sum = Vector128<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector128<float>.Count; i += Vector128<float>.Count)
            sum += Vector128.Create(a[i..]) * Vector128.Create(b[i..]);
        var result = sum[0] + sum[1] + sum[2] + sum[3];
        for (; i < a.Length; i++)
            result += a[i] * b[i];
        return result;
    }

    private static void Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm == 0)
            return;
        for (var d = 0; d < vector.Length; d++)
            vector[d] /= norm;
    }
}
