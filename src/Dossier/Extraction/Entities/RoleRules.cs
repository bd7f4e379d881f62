using System.Text.RegularExpressions;

namespace Dossier.Extraction.Entities;

/// <summary>Words and patterns the role reader and the description resolver use (the titles themselves are in
/// <c>models/gazetteer/titles.tsv</c>).</summary>
internal static partial class RoleRules
{
    /// <summary>Honorifics: they are written before names but are not roles.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Lord", "Prof.", "Professor", "Mr", "Mrs", "Ms", "Dr" };

    /// <summary>Titles our titles list lacks, as written before a name or in an apposition.</summary>
    public static readonly string[] ExtraTitles =
    [
        "Consul General", "Consul-General", "Consul", "Director General", "Deputy Director", "Deputy Director General",
        "FM", "Foreign Affairs Minister", "Vice Foreign Minister", "Public Security Minister", "State Councillor", "State Councilor",
        "Trade Representative", "Deputy Secretary", "Under Secretary", "Chief of Staff", "Press Secretary", "Attorney General",
        "Defense Minister", "Central Bank Governor", "President-elect", "Communist Party Secretary", "Party chief",
        "Maj.", "Maj. Gen.", "Major General", "Lt.", "Lt. Gen.", "Lieutenant General", "Rear Adm.", "Brig. Gen.",
    ];

    /// <summary>Abbreviated titles and the office they stand for.</summary>
    public static readonly Dictionary<string, string> TitleExpansions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FM"] = "Foreign Minister",
        ["Sec."] = "Secretary",
        ["Gen."] = "General",
        ["Adm."] = "Admiral",
        ["Sen."] = "Senator",
        ["Rep."] = "Representative",
        ["Col."] = "Colonel",
        ["Lt."] = "Lieutenant",
        ["Maj."] = "Major",
        ["Maj. Gen."] = "Major General",
        ["Lt. Gen."] = "Lieutenant General",
        ["Brig. Gen."] = "Brigadier General",
        ["Rear Adm."] = "Rear Admiral",
    };

    /// <summary>What the United States calls an office other governments give a minister: the US counterpart of a
    /// defence minister is the Defense Secretary.</summary>
    public static readonly Dictionary<string, string> UnitedStatesOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Foreign Minister"] = "Secretary of State",
        ["Defence Minister"] = "Defense Secretary",
        ["Finance Minister"] = "Treasury Secretary",
        ["Commerce Minister"] = "Commerce Secretary",
    };

    /// <summary>A title's words folded for comparison: case, and British and American spelling ("Defense"/"Defence").</summary>
    public static string Fold(string title) => title.ToLowerInvariant().Replace("defense", "defence", StringComparison.Ordinal);

    /// <summary>Nouns that head a role described in words after (or before) a name: ", associate professor at …",
    /// ", founder and president of …", "a new president, …", "his counterpart, …".</summary>
    public static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "professor", "lecturer", "fellow", "researcher", "scholar", "analyst", "economist", "strategist", "expert", "dean",
        "founder", "co-founder", "president", "chairman", "chairwoman", "chair", "director", "head", "chief", "leader",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "minister", "secretary", "ambassador", "envoy",
        "editor", "correspondent", "reporter", "lawmaker", "senator", "governor", "mayor", "premier", "counterpart",
        "executive", "officer", "commander", "general", "admiral", "representative", "diplomat", "negotiator", "partner",
    };

    /// <summary>Words that may qualify a role noun: "associate professor", "senior fellow", "party spokesman".</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "junior", "associate", "assistant", "deputy", "vice", "former", "chief", "executive", "acting", "managing",
        "party", "foreign", "ministry", "national", "security", "policy", "visiting", "founding", "research", "principal",
        "lead", "general", "political", "military", "top", "defence", "defense", "trade", "finance", "economic", "state",
        "foreign-policy", "non-resident", "nonresident", "longtime", "co", "and", "new", "incoming", "outgoing",
    };

    /// <summary>Modifiers that say when, not what: dropped from the title ("a new president" → President).</summary>
    public static readonly HashSet<string> TimeModifiers = new(StringComparer.OrdinalIgnoreCase) { "new", "incoming", "longtime" };

    /// <summary>Determiners that open a role described before a name ("a new president, Lai Ching-te").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "his", "her", "its", "their" };

    /// <summary>The office a counterpart holds, given the office of the person whose counterpart they are: the US
    /// Secretary of State's counterpart is a foreign minister, a defence secretary's a defence minister.</summary>
    public static readonly Dictionary<string, string> CounterpartOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Secretary of State"] = "Foreign Minister",
        ["Foreign Secretary"] = "Foreign Minister",
        ["Foreign Minister"] = "Foreign Minister",
        ["Defense Secretary"] = "Defence Minister",
        ["Defence Secretary"] = "Defence Minister",
        ["Secretary of Defense"] = "Defence Minister",
        ["Defence Minister"] = "Defence Minister",
        ["Defense Minister"] = "Defence Minister",
        ["President"] = "President",
        ["Prime Minister"] = "Prime Minister",
        ["Premier"] = "Premier",
        ["Commerce Secretary"] = "Commerce Minister",
        ["Treasury Secretary"] = "Finance Minister",
        ["Commerce Minister"] = "Commerce Minister",
    };

    /// <summary>Offices that lead a country's diplomacy: "the head of American diplomacy", "the top US diplomat".</summary>
    public static readonly string[] DiplomacyOffices = ["Secretary of State", "Foreign Minister", "Foreign Secretary"];

    /// <summary>"the head of American diplomacy", "China's top diplomat", "the top U.S. diplomat": a description of whoever
    /// leads a country's diplomacy, naming no one.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?:head|chief)\s+of\s+(?<country>\p{Lu}[\p{L}.]*)\s+diplomacy\b|\b(?:[Tt]he\s+)?top\s+(?<country>\p{Lu}[\p{L}.]*)\s+diplomat\b|\b(?<country>\p{Lu}[\p{L}.]*?)(?:'s|’s)\s+top\s+diplomat\b", RegexOptions.CultureInvariant)]
    public static partial Regex DiplomacyHead();
}
