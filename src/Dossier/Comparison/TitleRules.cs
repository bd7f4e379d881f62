using System.Collections.Frozen;

namespace Dossier.Comparison;

/// <summary>How titles are compared: ranks and honorifics that are not posts, and spellings that are one word.</summary>
internal static class TitleRules
{
    /// <summary>Ranks and forms of address: a general can be a minister, so these never clash with a post.</summary>
    public static readonly FrozenSet<string> Ranks = new[]
    {
        "gen", "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain",
        "sgt", "sergeant", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "rev", "gov", "sen", "rep",
        "marshal", "brig", "cmdr", "commander",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>British and American spellings (and common short forms) of the same title word.</summary>
    public static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["defence"] = "defense", ["organisation"] = "organization", ["programme"] = "program", ["labour"] = "labor",
        ["centre"] = "center", ["councillor"] = "councilor", ["chairperson"] = "chair", ["chairman"] = "chair",
        ["chairwoman"] = "chair", ["secy"] = "secretary", ["sec"] = "secretary", ["dept"] = "department",
        ["vice-premier"] = "vice premier", ["pm"] = "prime minister",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a title a past one: a former minister and a minister do not clash.</summary>
    public static readonly FrozenSet<string> Past = new[] { "former", "ex", "late", "outgoing", "then", "incoming", "acting" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words around a title that say whose post it is, not which post ("US", "China's").</summary>
    public static readonly FrozenSet<string> Qualifiers = new[]
    {
        "us", "u.s", "american", "china's", "chinese", "the", "top", "senior", "then", "state",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
