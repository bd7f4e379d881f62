using System.Numerics;

namespace Dossier.Extraction.Entities;

/// <summary>Phrase lists (countries, places, demonyms, people, organisations, titles) matched over tokens, longest first.</summary>
/// <remarks>
/// Phrases are stored as 64-bit hashes of their lower-cased words, so matching allocates nothing. Because names are
/// capitalised, a match of a name list must start with a capital (or digit), and a one-word match of up to three letters
/// must be written in capitals: "US" is the country, "us" is not.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>Categories that list names, as opposed to common nouns (titles and agents).</summary>
    internal const GazetteerCategory NameCategories = GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym
        | GazetteerCategory.Person | GazetteerCategory.Org | GazetteerCategory.FirstName | GazetteerCategory.Town;

    /// <summary>How many categories there are (bits of <see cref="GazetteerCategory"/>).</summary>
    public const int CategoryCount = 9;

    private readonly Dictionary<ulong, GazetteerCategory> _phrases;
    private readonly HashSet<ulong> _prefixes;
    private readonly int _maxWords;

    /// <summary>Builds a gazetteer from phrases (words separated by single spaces) and their categories.</summary>
    public Gazetteer(IEnumerable<KeyValuePair<string, GazetteerCategory>> entries)
    {
        var phrases = new Dictionary<ulong, GazetteerCategory>();
        var prefixes = new HashSet<ulong>();
        var entryList = new Dictionary<string, GazetteerCategory>(StringComparer.Ordinal);
        foreach (var (phrase, category) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || category == GazetteerCategory.None)
                continue;
            var key = words.Length == 1 ? words[0].ToLowerInvariant() : string.Join(' ', words).ToLowerInvariant();
            entryList[key] = entryList.GetValueOrDefault(key) | category;
        }
        foreach (var (key, category) in entryList)
        {
            var words = key.Split(' ');
            var hash = Seed;
            for (var i = 0; i < words.Length; i++)
            {
                hash = Extend(hash, words[i]);
                if (i < words.Length - 1)
                    prefixes.Add(hash);
            }
            phrases[hash] = phrases.GetValueOrDefault(hash) | category;
            _maxWords = Math.Max(_maxWords, words.Length);
        }
        Entries = entryList;
        _phrases = phrases;
        _prefixes = prefixes;
    }

    /// <summary>Every phrase (lower case) with its categories.</summary>
    public IReadOnlyDictionary<string, GazetteerCategory> Entries { get; }

    /// <summary>The categories of the exact phrase <paramref name="words"/> (any case), or None.</summary>
    public GazetteerCategory Lookup(ReadOnlySpan<string> words)
    {
        var hash = Seed;
        foreach (var word in words)
            hash = Extend(hash, word);
        return _phrases.GetValueOrDefault(hash);
    }

    /// <summary>
    /// Marks, for each token and category, where the token sits in the longest match of that category:
    /// 0 none, 1 begin, 2 inside, 3 last, 4 unit. <paramref name="codes"/> has <see cref="CategoryCount"/> slots per token.
    /// </summary>
    public void Match(ReadOnlySpan<string> tokens, Span<byte> codes)
    {
        codes.Clear();
        Span<int> longest = stackalloc int[CategoryCount];
        for (var start = 0; start < tokens.Length; start++)
        {
            longest.Clear();
            var capitalised = tokens[start].Length > 0 && (char.IsUpper(tokens[start][0]) || char.IsDigit(tokens[start][0]));
            var hash = Seed;
            for (var end = start; end < tokens.Length && end - start < _maxWords; end++)
            {
                hash = Extend(hash, tokens[end]);
                if (_phrases.TryGetValue(hash, out var category))
                {
                    if (!capitalised || (end == start && IsShortLowerCase(tokens[start])))
                        category &= ~NameCategories;
                    for (var value = (uint)category; value != 0; value &= value - 1)
                        longest[BitOperations.TrailingZeroCount(value)] = end - start + 1;
                }
                if (!_prefixes.Contains(hash))
                    break;
            }
            for (var c = 0; c < CategoryCount; c++)
            {
                var length = longest[c];
                if (length == 0 || codes[start * CategoryCount + c] != 0)
                    continue;
                for (var k = 0; k < length; k++)
                {
                    codes[(start + k) * CategoryCount + c] = length == 1 ? (byte)4 : k == 0 ? (byte)1 : k == length - 1 ? (byte)3 : (byte)2;
                }
            }
        }
    }

    private static bool IsShortLowerCase(string token)
    {
        if (token.Length > 3)
            return false;
        foreach (var c in token)
        {
            if (char.IsLower(c))
                return true;
        }
        return false;
    }

    private const ulong Seed = 14695981039346656037UL;

    private static ulong Extend(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 1099511628211UL;
        }
        hash ^= ' ';
        hash *= 1099511628211UL;
        return hash;
    }
}
