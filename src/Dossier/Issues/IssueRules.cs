using System.Text.RegularExpressions;

namespace Dossier.Issues;

/// <summary>The bilateral issues Dossier tags, each with the words that signal it (the lexicon).</summary>
/// <remarks>
/// Patterns are case-insensitive except where an acronym would match ordinary words ("AI" against "ai", "Lai"). A
/// pattern names the issue itself, its places, its institutions or its standing phrases; a bare country name is not
/// enough where it appears in every China–US story (e.g. "Russia" counts, "China" never does).
/// </remarks>
internal static partial class IssueRules
{
    public sealed record IssueDefinition(string Id, string Name, Regex Pattern);

    public static readonly IReadOnlyList<IssueDefinition> Issues =
    [
        new("taiwan", "Taiwan", Taiwan()),
        new("russia-ukraine", "Russia/Ukraine", RussiaUkraine()),
        new("fentanyl", "Fentanyl", Fentanyl()),
        new("tiktok", "TikTok", TikTok()),
        new("trade", "Trade", Trade()),
        new("human-rights", "Human rights/Xinjiang", HumanRights()),
        new("south-china-sea", "South China Sea", SouthChinaSea()),
        new("ai", "AI", ArtificialIntelligence()),
        new("middle-east-iran", "Middle East/Iran", MiddleEast()),
        new("military-communication", "Military communication", MilitaryCommunication()),
        new("detained-citizens", "Detained citizens", DetainedCitizens()),
        new("people-to-people", "People-to-people ties", PeopleToPeople()),
    ];

    [GeneratedRegex(@"\b(?:Taiwan(?:ese)?|Taipei|Lai Ching-te|Tsai Ing-wen|cross-strait)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Taiwan();

    [GeneratedRegex(@"\b(?:Russia(?:n|'s|’s)?|Ukrain(?:e|ian)|Moscow|Kremlin|Putin|Lavrov)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RussiaUkraine();

    [GeneratedRegex(@"\b(?:fentanyl|precursor chemicals?|opioids?|drug cartels?|counternarcotics?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fentanyl();

    [GeneratedRegex(@"\b(?:TikTok|ByteDance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TikTok();

    [GeneratedRegex(@"\b(?:tariffs?|overcapacity|over-capacity|export controls?|trade (?:war|practices|deficit|barriers|tensions|dispute)|subsidies|anti-dumping|dumping|entity list|cheap (?:Chinese )?exports)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();

    [GeneratedRegex(@"\b(?:human rights|Xinjiang|Uyghurs?|Uighurs?|Tibet(?:an)?|forced labou?r|national security law)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HumanRights();

    [GeneratedRegex(@"\b(?:South China Sea|Second Thomas Shoal|Scarborough Shoal|Spratly|Paracel|water cannon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SouthChinaSea();

    [GeneratedRegex(@"\b(?:AI|artificial intelligence)\b")]
    private static partial Regex ArtificialIntelligence();

    [GeneratedRegex(@"\b(?:Iran(?:ian)?|Middle East|Gaza|Israel(?:i)?|Houthis?|Red Sea|Hamas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MiddleEast();

    [GeneratedRegex(@"\b(?:military-to-military|mil-to-mil|military (?:communications?|channels?|talks|contacts|dialogue|hotline)|channels of communication|lines of communication|defen[cs]e (?:chiefs|ministers?) (?:held|spoke)|video call)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryCommunication();

    [GeneratedRegex(@"\b(?:wrongfully detained|detained (?:Americans?|citizens?)|exit bans?|(?:American|US|U\.S\.) citizens (?:being )?(?:held|detained|imprisoned)|hostage diplomacy|prisoner swap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetainedCitizens();

    [GeneratedRegex(@"\b(?:people-to-people|students?|student exchanges?|educational exchanges?|cultural exchanges?|Fulbright|journalists'? visas?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleToPeople();
}
