namespace Dossier.Extraction.Entities;

/// <summary>Turns a sentence into hashed feature ids per token: word, shape, affixes, context, gazetteer matches, previous tags.</summary>
/// <remarks>Feature ids are 32-bit FNV-1a hashes of a template number and its values, so nothing is allocated per feature
/// and the model needs no feature strings.</remarks>
internal sealed class NerFeatures
{
    /// <summary>Most static features one token gets.</summary>
    public const int MaxStatic = 64;

    /// <summary>Features that depend on the previous tag.</summary>
    public const int DynamicCount = 2;

    private readonly Gazetteer _gazetteer;
    private readonly IReadOnlySet<string> _commonWords;

    public NerFeatures(Gazetteer gazetteer, IReadOnlySet<string> commonWords)
    {
        _gazetteer = gazetteer;
        _commonWords = commonWords;
    }

    /// <summary>Per-sentence scratch: lower-cased words, shapes and gazetteer codes.</summary>
    public sealed class Sentence
    {
        public string[] Words = [];
        public string[] Lower = [];
        public string[] Shapes = [];
        public byte[] Gazetteer = [];
        public bool[] Common = [];
        public byte[] Run = [];
        public bool Headline;
        public int Opener;
        public int Length;
    }

    public void Prepare(ReadOnlySpan<string> words, Sentence into)
    {
        var n = words.Length;
        if (into.Lower.Length < n)
        {
            into.Lower = new string[n * 2];
            into.Shapes = new string[n * 2];
            into.Words = new string[n * 2];
            into.Gazetteer = new byte[n * 2 * Gazetteer.CategoryCount];
            into.Common = new bool[n * 2];
            into.Run = new byte[n * 2];
        }
        into.Length = n;
        var upperWords = 0;
        var letterWords = 0;
        into.Opener = -1;
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            into.Words[i] = word;
            into.Lower[i] = HasUpper(word) ? word.ToLowerInvariant() : word;
            into.Shapes[i] = Shape(word);
            into.Common[i] = _commonWords.Contains(into.Lower[i]);
            if (HasLetter(word))
            {
                // The first word of a sentence that opens with a quote, bullet or list number is capitalised as an opener.
                if (into.Opener < 0)
                    into.Opener = i;
                letterWords++;
                if (word.Equals(into.Lower[i], StringComparison.Ordinal) is false && IsAllUpper(word))
                    upperWords++;
            }
        }
        into.Headline = letterWords >= 3 && upperWords * 2 > letterWords;
        // Runs of capitalised words: position in the run and its length (capped), as one code per token (0: not capitalised).
        for (var i = 0; i < n;)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0]))
            {
                into.Run[i++] = 0;
                continue;
            }
            var end = i;
            while (end < n && words[end].Length > 0 && char.IsUpper(words[end][0]))
                end++;
            var length = Math.Min(end - i, 4);
            for (var k = i; k < end; k++)
                into.Run[k] = (byte)(1 + Math.Min(k - i, 3) * 4 + (length - 1));
            i = end;
        }
        _gazetteer.Match(words, into.Gazetteer.AsSpan(0, n * Gazetteer.CategoryCount));
    }

    /// <summary>Writes the static features of token <paramref name="i"/>; returns how many.</summary>
    public static int Static(Sentence s, int i, Span<uint> into)
    {
        var k = 0;
        var lower = s.Lower[i];
        var shape = s.Shapes[i];
        var prev = i > 0 ? s.Lower[i - 1] : "<s>";
        var next = i + 1 < s.Length ? s.Lower[i + 1] : "</s>";
        var prev2 = i > 1 ? s.Lower[i - 2] : "<s>";
        var next2 = i + 2 < s.Length ? s.Lower[i + 2] : "</s>";
        var prevShape = i > 0 ? s.Shapes[i - 1] : "<s>";
        var nextShape = i + 1 < s.Length ? s.Shapes[i + 1] : "</s>";
        into[k++] = H(0);
        into[k++] = H(1, s.Words[i]);
        into[k++] = H(2, lower);
        into[k++] = H(3, shape);
        if (lower.Length > 2)
        {
            into[k++] = H(4, lower.AsSpan(0, 2));
            into[k++] = H(5, lower.AsSpan(0, Math.Min(3, lower.Length)));
            into[k++] = H(6, lower.AsSpan(lower.Length - 2));
            into[k++] = H(7, lower.AsSpan(lower.Length - 3));
            if (lower.Length > 4)
                into[k++] = H(8, lower.AsSpan(lower.Length - 4));
        }
        into[k++] = H(9, prev);
        into[k++] = H(10, next);
        into[k++] = H(11, prev2);
        into[k++] = H(12, next2);
        into[k++] = H(13, prevShape, shape);
        into[k++] = H(14, shape, nextShape);
        into[k++] = H(15, prev, lower);
        into[k++] = H(16, lower, next);
        into[k++] = H(17, i == s.Opener ? "first" : "rest", shape);
        if (s.Headline)
        {
            into[k++] = H(18, lower);
            into[k++] = H(19, "headline", shape);
        }
        into[k++] = H(20, prevShape, s.Words[i]);
        if (s.Common[i])
            into[k++] = H(25, i == s.Opener ? 'f' : 'r', shape);
        if (i + 1 < s.Length && s.Common[i + 1])
            into[k++] = H(26, 'n', nextShape);
        if (s.Run[i] != 0)
            into[k++] = H(27, (char)('a' + s.Run[i]));
        into[k++] = H(28, prev, next);
        var gazetteer = s.Gazetteer.AsSpan(i * Gazetteer.CategoryCount, Gazetteer.CategoryCount);
        for (var c = 0; c < Gazetteer.CategoryCount; c++)
        {
            if (gazetteer[c] != 0)
            {
                into[k++] = H(21, (char)('A' + c), (char)('0' + gazetteer[c]));
                into[k++] = H(22, (char)('A' + c), shape);
            }
            if (i > 0 && s.Gazetteer[(i - 1) * Gazetteer.CategoryCount + c] != 0)
                into[k++] = H(23, (char)('A' + c), (char)('0' + s.Gazetteer[(i - 1) * Gazetteer.CategoryCount + c]));
            if (i + 1 < s.Length && s.Gazetteer[(i + 1) * Gazetteer.CategoryCount + c] != 0)
                into[k++] = H(24, (char)('A' + c), (char)('0' + s.Gazetteer[(i + 1) * Gazetteer.CategoryCount + c]));
        }
        return k;
    }

    /// <summary>Writes the bases of the features that depend on the previous tag (the tag bigram, and the bigram with the
    /// word); <see cref="WithPrevious"/> turns a base into the feature for one previous tag.</summary>
    /// <remarks>First order only: Viterbi over tag pairs stays cheap. The greedy tagger's features of the two previous tags
    /// and of the previous tag with the word's shape are gone; with the shape as well, or with the bigram alone, the
    /// held-back scores were the same within seed noise (docs/entities.md).</remarks>
    public static void DynamicBases(Sentence s, int i, Span<uint> into)
    {
        into[0] = H(30);
        into[1] = H(32, s.Lower[i]);
    }

    /// <summary>The feature of <paramref name="basis"/> for the previous tag <paramref name="previous"/> (-1 at the sentence start).</summary>
    public static uint WithPrevious(uint basis, int previous) => ((basis ^ (uint)(previous + 2)) * Prime ^ 0x1F) * Prime;

    /// <summary>Word shape with runs collapsed: "Blinken" → "Xx", "U.S." → "X.X.", "2024" → "d", "Ki-moon" → "Xx-x".</summary>
    internal static string Shape(string word)
    {
        if (word.Length > 24)
            return "long";
        Span<char> buffer = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || buffer[n - 1] != kind)
                buffer[n++] = kind;
        }
        return ShapeCache.GetOrAdd(buffer[..n]);
    }

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
        }
        return true;
    }

    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private static uint Mix(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
            hash = (hash ^ c) * Prime;
        return (hash ^ 0x1F) * Prime;
    }

    private static uint H(int template) => (Offset ^ (uint)template) * Prime;

    private static uint H(int template, ReadOnlySpan<char> a) => Mix(H(template), a);

    private static uint H(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Mix(H(template), a), b);

    private static uint H(int template, char a, ReadOnlySpan<char> b) => Mix(Mix(H(template), [a]), b);

    private static uint H(int template, char a, char b) => Mix(Mix(H(template), [a]), [b]);

    private static uint H(int template, char a) => Mix(H(template), [a]);
}
