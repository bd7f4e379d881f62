using System.Collections.Frozen;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>A trained named-entity tagger: averaged-perceptron weights over hashed features, Viterbi decoding of BILOU tags.</summary>
/// <remarks>
/// Thread-safe once loaded. The shipped model (<c>models/ner-v4.bin</c>, built by <c>dossier train ner</c>) is embedded in
/// the engine assembly and loaded on first use by <see cref="Default"/>; nothing is downloaded.
/// </remarks>
public sealed partial class NerModel
{
    private const string Magic = "DSNER";
    private const int Version = 4;

    /// <summary>The shipped model's file name under <c>models/</c> (and its resource name in the engine).</summary>
    public const string FileName = "ner-v4.bin";

    private const string ResourceName = "Dossier.Models." + FileName;

    private static readonly Lazy<NerModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Rows are padded to 32 floats so a row adds to the scores in a few vector operations.
    private const int Stride = ViterbiDecoder.Stride;

    private readonly Dictionary<uint, int> _rows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    internal NerModel(Gazetteer gazetteer, FrozenSet<string> commonWords, Dictionary<uint, int> rows, float[] weights)
    {
        Gazetteer = gazetteer;
        CommonWords = commonWords;
        Features = new NerFeatures(gazetteer, commonWords);
        _rows = rows;
        _table = new FeatureTable(rows);
        _weights = new float[rows.Count * Stride];
        for (var r = 0; r < rows.Count; r++)
            weights.AsSpan(r * BilouTags.Count, BilouTags.Count).CopyTo(_weights.AsSpan(r * Stride));
        Span<uint> bases = stackalloc uint[NerFeatures.DynamicCount];
        NerFeatures.DynamicBases(new NerFeatures.Sentence { Lower = [""], Shapes = [""], Length = 1 }, 0, bases);
        _transitionRows = new int[ViterbiDecoder.Previous];
        for (var p = 0; p < _transitionRows.Length; p++)
            _transitionRows[p] = _table.Find(NerFeatures.WithPrevious(bases[0], p - 1));
    }

    // The row of the tag-bigram feature for each previous tag (-1 first): the same for every token.
    private readonly int[] _transitionRows;

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
        var read = TitleCaseLowered(words, null) ?? words;
        Predict(read, sentence, tags);
        return Spans(read, tags);
    }

    /// <summary>The entities in each sentence of one document: every sentence tagged, then each name tagged alike across
    /// the document (a surname after the full name is the same person; see <c>NameConsistency</c>).</summary>
    public IReadOnlyList<IReadOnlyList<(int Start, int End, EntityKind Kind)>> TagDocument(IReadOnlyList<string[]> sentences)
    {
        var scratch = new NerFeatures.Sentence();
        var spans = new List<List<(int Start, int End, EntityKind Kind)>>(sentences.Count);
        HashSet<string>? capitalisedInside = null;
        Dictionary<string, string>? writtenForms = null;
        var readAs = sentences.ToArray();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (words.Length == 0)
            {
                spans.Add([]);
                continue;
            }
            var tags = new int[words.Length];
            // The headline is read against the article's own use of capitals; later lines only against the model's word list.
            var headline = s == 0 && sentences.Count > 1;
            var read = TitleCaseLowered(words, headline ? (capitalisedInside ??= CapitalisedInside(sentences)) : null)
                ?? (sentences.Count > 1 && IsCapitalsLine(words) ? CapitalsAsWritten(words, writtenForms ??= WrittenForms(sentences)) : null)
                ?? words;
            readAs[s] = read;
            Predict(read, scratch, tags);
            spans.Add(Spans(read, tags));
        }
        // The document pass sees headlines as they were read, so "ALBRIGHT" above the story is the story's "Albright".
        if (sentences.Count > 1)
            NameConsistency.Apply(this, readAs, spans);
        return spans;
    }

    internal void Predict(ReadOnlySpan<string> words, NerFeatures.Sentence sentence, Span<int> tags)
    {
        Features.Prepare(words, sentence);
        const int D = NerFeatures.DynamicCount;
        const int P = ViterbiDecoder.Previous;
        var n = words.Length;
        Span<uint> features = stackalloc uint[NerFeatures.MaxStatic];
        Span<uint> bases = stackalloc uint[D];
        var emissionLength = n * Stride;
        var dynamicLength = n * P * D;
        Span<float> emissions = emissionLength <= 4096 ? stackalloc float[emissionLength] : new float[emissionLength];
        Span<int> dynamicRows = dynamicLength <= 8192 ? stackalloc int[dynamicLength] : new int[dynamicLength];
        emissions.Clear();
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.Slice(i * Stride, Stride);
            var count = NerFeatures.Static(sentence, i, features);
            for (var f = 0; f < count; f++)
            {
                var row = _table.Find(features[f]);
                if (row < 0)
                    continue;
                var weights = _weights.AsSpan(row * Stride, Stride);
                for (var t = 0; t < Stride; t += Vector<float>.Count)
                    (new Vector<float>(scores[t..]) + new Vector<float>(weights[t..])).CopyTo(scores[t..]);
            }
            NerFeatures.DynamicBases(sentence, i, bases);
            for (var p = 0; p < P; p++)
            {
                var rows = dynamicRows.Slice((i * P + p) * D, D);
                rows[0] = _transitionRows[p];
                for (var d = 1; d < D; d++)
                    rows[d] = bases[d] == 0 ? -1 : _table.Find(NerFeatures.WithPrevious(bases[d], p - 1));
            }
        }
        ViterbiDecoder.Decode(emissions, _weights, dynamicRows, D, tags);
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
            entries[e] = new(phrase, (GazetteerCategory)reader.ReadUInt16());
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

    /// <summary>Writes the model: gzip of the gazetteer, the common words and the non-zero weights quantised to 16 bits, keys sorted (byte-identical for the same weights).</summary>
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
            writer.Write((ushort)category);
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
            var row = _weights.AsSpan(_rows[key] * Stride, BilouTags.Count);
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
