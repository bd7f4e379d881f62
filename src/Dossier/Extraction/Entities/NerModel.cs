using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>A trained named-entity tagger: averaged-perceptron weights over hashed features, greedy BILOU decoding.</summary>
/// <remarks>
/// Thread-safe once loaded. The shipped model (<c>models/ner-v1.bin</c>, built by <c>dossier train ner</c>) is embedded in
/// the engine assembly and loaded on first use by <see cref="Default"/>; nothing is downloaded.
/// </remarks>
public sealed class NerModel
{
    private const string Magic = "DSNER";
    private const int Version = 1;
    private const string ResourceName = "Dossier.Models.ner-v1.bin";

    private static readonly Lazy<NerModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<uint, int> _rows;
    private readonly float[] _weights;

    internal NerModel(Gazetteer gazetteer, FrozenSet<string> commonWords, Dictionary<uint, int> rows, float[] weights)
    {
        Gazetteer = gazetteer;
        CommonWords = commonWords;
        Features = new NerFeatures(gazetteer, commonWords);
        _rows = rows;
        _weights = weights;
    }

    /// <summary>The model shipped with Dossier.</summary>
    public static NerModel Default => DefaultModel.Value;

    /// <summary>The phrase lists the model's features consult.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Words the training text writes in lower case (almost) always: a capitalised one is likely a sentence opener, not a name.</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _rows.Count;

    internal NerFeatures Features { get; }

    /// <summary>The entities in one tokenised sentence, as token ranges <c>[Start, End)</c>.</summary>
    public IReadOnlyList<(int Start, int End, EntityKind Kind)> Tag(ReadOnlySpan<string> words)
    {
        if (words.IsEmpty)
            return [];
        var sentence = new NerFeatures.Sentence();
        var tags = new int[words.Length];
        Predict(words, sentence, tags);
        return Spans(words, tags);
    }

    /// <summary>The entities a tag sequence marks, tidied for news text.</summary>
    /// <remarks>
    /// In edited news a name is capitalised, so an all-lower-case span is a tagging error and is dropped, as is a lone
    /// common word ("Itinerary", "For"). Punctuation and a possessive "'s" at the edges are trimmed, and a span that runs
    /// across a slash, colon, bar or quote ("Mark Cole/Pool/AFP") is cut there and keeps its first part.
    /// </remarks>
    internal List<(int Start, int End, EntityKind Kind)> Spans(ReadOnlySpan<string> words, ReadOnlySpan<int> tags)
    {
        var decoded = BilouTags.Decode(tags);
        var spans = new List<(int Start, int End, EntityKind Kind)>(decoded.Count);
        foreach (var (first, last, kind) in decoded)
        {
            var start = first;
            var end = last;
            for (var i = start + 1; i < end; i++)
            {
                if (IsBreak(words[i]))
                {
                    end = i;
                    break;
                }
            }
            while (start < end && IsEdgeNoise(words[start]))
                start++;
            while (end > start && IsEdgeNoise(words[end - 1]))
                end--;
            if (end == start)
                continue;
            var capitalised = false;
            for (var i = start; i < end && !capitalised; i++)
                capitalised = words[i].Length > 0 && (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]));
            if (!capitalised)
                continue;
            if (end - start == 1 && !IsAllUpper(words[start]) && CommonWords.Contains(words[start].ToLowerInvariant()))
                continue;
            spans.Add((start, end, kind));
        }
        return spans;
    }

    private static bool IsBreak(string word) => word is "/" or ":" or "|" or "“" or "”" or "\"" or "," or ";" or "(" or ")" or "—" or "–";

    private static bool IsEdgeNoise(string word)
    {
        if (word is "'s" or "’s" or "'" or "’")
            return true;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                return false;
        }
        return true;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
        }
        return word.Length > 1;
    }

    internal void Predict(ReadOnlySpan<string> words, NerFeatures.Sentence sentence, Span<int> tags)
    {
        Features.Prepare(words, sentence);
        Span<uint> features = stackalloc uint[NerFeatures.MaxStatic + NerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[BilouTags.Count];
        var previous = -1;
        var previous2 = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var count = NerFeatures.Static(sentence, i, features);
            NerFeatures.Dynamic(sentence, i, previous, previous2, features[count..]);
            count += NerFeatures.DynamicCount;
            scores.Clear();
            for (var f = 0; f < count; f++)
            {
                if (!_rows.TryGetValue(features[f], out var row))
                    continue;
                var weights = _weights.AsSpan(row * BilouTags.Count, BilouTags.Count);
                for (var t = 0; t < scores.Length; t++)
                    scores[t] += weights[t];
            }
            var last = i == words.Length - 1;
            var best = BilouTags.O;
            var bestScore = float.NegativeInfinity;
            for (var t = 0; t < scores.Length; t++)
            {
                if (scores[t] > bestScore && BilouTags.Allowed(previous, t, last))
                {
                    best = t;
                    bestScore = scores[t];
                }
            }
            tags[i] = best;
            previous2 = previous;
            previous = best;
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException("not a Dossier NER model (version " + Version + ")");
        var tagCount = reader.ReadInt32();
        if (tagCount != BilouTags.Count)
            throw new InvalidDataException($"the model has {tagCount} tags, this engine expects {BilouTags.Count}");
        var scale = reader.ReadSingle();
        var entryCount = reader.ReadInt32();
        var entries = new KeyValuePair<string, GazetteerCategory>[entryCount];
        for (var e = 0; e < entryCount; e++)
        {
            var phrase = reader.ReadString();
            entries[e] = new(phrase, (GazetteerCategory)reader.ReadByte());
        }
        var commonCount = reader.ReadInt32();
        var common = new string[commonCount];
        for (var c = 0; c < commonCount; c++)
            common[c] = reader.ReadString();
        var featureCount = reader.ReadInt32();
        var rows = new Dictionary<uint, int>(featureCount);
        var weights = new float[featureCount * BilouTags.Count];
        var hash = 0u;
        for (var f = 0; f < featureCount; f++)
        {
            hash += reader.ReadUInt32(); // keys are delta-coded in ascending order
            rows[hash] = f;
            var nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                var tag = reader.ReadByte();
                weights[f * BilouTags.Count + tag] = reader.ReadInt16() * scale;
            }
        }
        return new NerModel(new Gazetteer(entries), common.ToFrozenSet(StringComparer.Ordinal), rows, weights);
    }

    /// <summary>Reads a model file.</summary>
    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model: gzip of the gazetteer and the non-zero weights quantised to 16 bits, keys sorted (byte-identical for the same weights).</summary>
    public void Save(Stream stream)
    {
        var maxAbs = 0f;
        foreach (var w in _weights)
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        var scale = maxAbs == 0 ? 1f : maxAbs / short.MaxValue;
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BilouTags.Count);
        writer.Write(scale);
        writer.Write(Gazetteer.Entries.Count);
        foreach (var (phrase, category) in Gazetteer.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(phrase);
            writer.Write((byte)category);
        }
        writer.Write(CommonWords.Count);
        foreach (var word in CommonWords.Order(StringComparer.Ordinal))
            writer.Write(word);
        var keys = _rows.Keys.Order().ToArray();
        writer.Write(keys.Length);
        var previous = 0u;
        Span<short> quantised = stackalloc short[BilouTags.Count];
        foreach (var key in keys)
        {
            writer.Write(key - previous);
            previous = key;
            var row = _weights.AsSpan(_rows[key] * BilouTags.Count, BilouTags.Count);
            byte nonZero = 0;
            for (var t = 0; t < row.Length; t++)
            {
                quantised[t] = (short)Math.Round(row[t] / scale);
                if (quantised[t] != 0)
                    nonZero++;
            }
            writer.Write(nonZero);
            for (var t = 0; t < row.Length; t++)
            {
                if (quantised[t] == 0)
                    continue;
                writer.Write((byte)t);
                writer.Write(quantised[t]);
            }
        }
    }

    private static NerModel LoadDefault()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the NER model resource {ResourceName} is missing from the engine; run 'dossier train ner' and rebuild");
        return Load(stream);
    }
}
