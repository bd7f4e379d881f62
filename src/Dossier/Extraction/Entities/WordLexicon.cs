using System.Collections.Frozen;

namespace Dossier.Extraction.Entities;

/// <summary>What the tagger knows about a word beyond its spelling: its distributional clusters and how silver-annotated
/// text usually labels it.</summary>
/// <param name="Fine">Cluster at the finest granularity (1-based; 0 = none).</param>
/// <param name="Middle">Cluster of the fine cluster's centroid at the middle granularity.</param>
/// <param name="Coarse">Cluster at the coarsest granularity.</param>
/// <param name="Classes">Bits of <see cref="WordLexicon"/> name classes (usually part of a person's, place's, organisation's name; a first name).</param>
internal readonly record struct WordInfo(ushort Fine, ushort Middle, ushort Coarse, byte Classes);

/// <summary>Word → <see cref="WordInfo"/>, case-sensitive ("Rose" the name, "rose" the verb), with a lower-case fallback.</summary>
/// <remarks>Built at training time (<see cref="WordLexiconBuilder"/>) and stored in the model file, so nothing else ships.</remarks>
internal sealed class WordLexicon
{
    /// <summary>The word is mostly inside a person's name.</summary>
    public const byte PersonWord = 1;
    /// <summary>The word is mostly inside a place's name.</summary>
    public const byte PlaceWord = 2;
    /// <summary>The word is mostly inside an organisation's name.</summary>
    public const byte OrgWord = 4;
    /// <summary>The word usually opens a person's name of two or more words.</summary>
    public const byte FirstName = 8;
    /// <summary>The word usually closes an organisation's name ("Party", "Corporation").</summary>
    public const byte OrgEnd = 16;
    /// <summary>The word is mostly outside names although capitalised.</summary>
    public const byte NotName = 32;

    private readonly FrozenDictionary<string, WordInfo> _words;
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordLexicon(IReadOnlyDictionary<string, WordInfo> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordLexicon Empty { get; } = new(new Dictionary<string, WordInfo>());

    public IReadOnlyDictionary<string, WordInfo> Words => _words;

    /// <summary>The word as written, else its lower-case form (clusters of "BEIJING" come from "beijing").</summary>
    public WordInfo Find(string word, string lower)
    {
        if (_words.TryGetValue(word, out var info))
            return info;
        if (!ReferenceEquals(word, lower) && _words.TryGetValue(lower, out info))
            return info with { Classes = 0 };
        // An all-capitals word borrows the clusters of its title-case form ("CHINA" → "China").
        if (word.Length is > 1 and < 32 && char.IsUpper(word[0]))
        {
            Span<char> title = stackalloc char[word.Length];
            title[0] = word[0];
            lower.AsSpan(1).CopyTo(title[1..]);
            if (_lookup.TryGetValue(title, out info))
                return info;
        }
        return default;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_words.Count);
        foreach (var (word, info) in _words.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(info.Fine);
            writer.Write(info.Middle);
            writer.Write(info.Coarse);
            writer.Write(info.Classes);
        }
    }

    public static WordLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var words = new Dictionary<string, WordInfo>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            words[word] = new WordInfo(reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadByte());
        }
        return new WordLexicon(words);
    }
}
