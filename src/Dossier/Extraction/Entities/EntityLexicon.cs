using System.Collections.Frozen;
using System.Reflection;

namespace Dossier.Extraction.Entities;

/// <summary>Dossier's own lists (models/gazetteer/*.tsv, embedded in the engine) that coreference and roles need at run time:
/// demonyms and aliases that stand for countries, and the titles written before names.</summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shipped = new(() => new EntityLexicon(Read("demonyms.tsv"), Read("country-aliases.tsv"), Read("titles.tsv"), Read("capitals.tsv")));

    private EntityLexicon(List<string[]> demonyms, List<string[]> aliases, List<string[]> titles, List<string[]> capitals)
    {
        Capitals = capitals.Where(r => r.Length >= 2).GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in demonyms.Concat(aliases))
        {
            if (row.Length >= 2)
                countries.TryAdd(row[0], row[1]);
        }
        Countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles.Where(r => r.Length > 0 && r[0].Length > 0).Select(r => r[0]).Concat(RoleRules.ExtraTitles))
            canonical.TryAdd(title, title);
        CanonicalTitles = canonical.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Titles = canonical.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MaxTitleWords = Titles.Max(t => t.Split(' ').Length);
        TitleStarts = Titles.Where(t => t.Contains(' ')).Select(t => t.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lists shipped with Dossier.</summary>
    public static EntityLexicon Default => Shipped.Value;

    /// <summary>Demonym or alias (any case) → the country's name: "Chinese" → "China", "U.S." → "United States".</summary>
    public FrozenDictionary<string, string> Countries { get; }

    /// <summary>The country a word stands for: a demonym or alias ("Chinese", "U.S."), a country's own name, or, when
    /// <paramref name="capitals"/>, a capital ("Beijing").</summary>
    public string? CountryOf(string word, bool capitals = false)
    {
        if (Countries.TryGetValue(word, out var country))
            return country;
        if (CountryNames.TryGetValue(word, out country))
            return country;
        return capitals && Capitals.TryGetValue(word, out country) ? country : null;
    }

    private FrozenDictionary<string, string> CountryNames => _countryNames ??= Countries.Values.Distinct(StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    private FrozenDictionary<string, string>? _countryNames;

    /// <summary>Capital (any case) → its country: "Beijing" → "China" ("Beijing's top diplomat").</summary>
    public FrozenDictionary<string, string> Capitals { get; }

    /// <summary>Offices and honorifics written before a name.</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Each title (any case) → as our lists write it: "national security adviser" → "National Security Adviser".</summary>
    public FrozenDictionary<string, string> CanonicalTitles { get; }

    /// <summary>First words of multi-word titles ("Commerce" of "Commerce Secretary"): alone, they name no one.</summary>
    public FrozenSet<string> TitleStarts { get; }

    /// <summary>The longest title, in words.</summary>
    public int MaxTitleWords { get; }

    private static List<string[]> Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dossier.Models.gazetteer." + name)
            ?? throw new InvalidOperationException($"the list {name} is missing from the engine");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                rows.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
        }
        return rows;
    }
}
