using System.Collections.Frozen;

namespace Dossier.Comparison;

/// <summary>How English writes a count: number words, scale words, currencies and the qualifiers that make a count a bound.</summary>
internal static class CountRules
{
    /// <summary>Number words. "one" is left out: it is a pronoun far more often than a count ("one of the").</summary>
    public static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["dozens"] = 24, ["hundred"] = 100, ["hundreds"] = 200,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words and suffixes: "1.5 billion", "1bn", "$3m".</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6,
        ["billion"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["bln"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency symbols before a number, and the unit they are compared under.</summary>
    public static readonly FrozenDictionary<char, string> Symbols = new Dictionary<char, string>
    {
        ['$'] = "dollar", ['€'] = "euro", ['£'] = "pound", ['¥'] = "yuan",
    }.ToFrozenDictionary();

    /// <summary>Currency and unit words after a number, and the unit they are compared under.</summary>
    public static readonly FrozenDictionary<string, string> UnitWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "dollar", ["dollars"] = "dollar", ["usd"] = "dollar", ["us$"] = "dollar", ["euro"] = "euro", ["euros"] = "euro",
        ["pound"] = "pound", ["pounds"] = "pound", ["yuan"] = "yuan", ["renminbi"] = "yuan", ["rmb"] = "yuan", ["yen"] = "yen",
        ["percent"] = "percent", ["per"] = "percent", ["%"] = "percent", ["pct"] = "percent",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifiers before a count and the bound they make of it: (lower factor, upper factor), null for open.</summary>
    public static readonly IReadOnlyList<(string Words, double? Low, double? High)> Qualifiers =
    [
        ("more than", 1, null), ("greater than", 1, null), ("over", 1, null), ("at least", 1, null), ("upwards of", 1, null),
        ("in excess of", 1, null), ("fewer than", null, 1), ("less than", null, 1), ("under", null, 1), ("up to", null, 1),
        ("at most", null, 1), ("nearly", 0.85, 1), ("almost", 0.85, 1), ("about", 0.85, 1.15), ("around", 0.85, 1.15),
        ("roughly", 0.85, 1.15), ("some", 0.85, 1.15), ("approximately", 0.85, 1.15), ("an estimated", 0.85, 1.15),
    ];

    /// <summary>Words after a number that make it a date, a time, an ordinal or a rank rather than a count.</summary>
    public static readonly FrozenSet<string> NotCounts = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "am", "pm", "a.m", "p.m", "gmt", "utc", "st", "nd", "rd", "th", "o'clock",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a count is never about (they only carry the sentence along).</summary>
    public static readonly FrozenSet<string> Fillers = new[]
    {
        "of", "the", "a", "an", "other", "more", "new", "additional", "further", "such",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counted words and verbs that state the same count: "12 dead", "killed 12", "the death toll rose to 12".</summary>
    public static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dead"] = "by:kill", ["death"] = "by:kill", ["fatality"] = "by:kill", ["toll"] = "by:kill", ["by:killed"] = "by:kill",
        ["by:killing"] = "by:kill", ["by:kills"] = "by:kill", ["injured"] = "by:injure", ["wounded"] = "by:injure",
        ["by:injured"] = "by:injure", ["by:injuring"] = "by:injure", ["by:wounded"] = "by:injure", ["by:wounding"] = "by:injure",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the phrase a count heads: what follows is no longer what it counts.</summary>
    public static readonly FrozenSet<string> Stops = new[]
    {
        "and", "or", "but", "while", "as", "after", "before", "when", "since", "than", "to", "in", "on", "at", "by", "for", "from",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
