using System.Text.RegularExpressions;

namespace Dossier.Extraction.Entities;

/// <summary>The patterns of press credits: who reported, edited or photographed a story (see <see cref="CreditReader"/>).</summary>
internal static partial class CreditRules
{
    /// <summary>A cue that opens a list of credited people, with the role it gives them.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<cue>(?:additional\s+)?reporting|writing(?:\s+and\s+reporting)?|covering|reported|written|editing|edited|compiled|photos?|photographs?|pictures?|file\s+photo)\s+by\s+|(?<![\p{L}])(?<cue>photos?|photograph|file\s+photo|picture|image|credit)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Cue();

    /// <summary>"© AFP – Brendan Smialowski", "(c) Reuters - Jane Doe": an agency, a dash, then the photographer.</summary>
    [GeneratedRegex(@"(?:©|\(c\))\s*(?<agency>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})\s+[–—-]\s+", RegexOptions.CultureInvariant)]
    public static partial Regex AgencyThenName();

    /// <summary>What separates credited names in a list: a comma (with or without "and"), "and", an ampersand.</summary>
    [GeneratedRegex(@"(,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", RegexOptions.CultureInvariant)]
    public static partial Regex ListSeparator();

    /// <summary>Where a credited name ends and its place begins: "Kim Ode in Oslo".</summary>
    [GeneratedRegex(@"\s+(?:in|for|at|from)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    public static partial Regex PlaceAfterName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The role a credit cue gives: "Additional reporting by" → a contributing reporter.</summary>
    public static string TitleOf(string cue)
    {
        var folded = Whitespace().Replace(cue.ToLowerInvariant(), " ");
        return folded switch
        {
            "additional reporting" => "Contributing reporter",
            "editing" or "edited" => "Editor",
            "compiled" => "Compiler",
            _ when folded.Contains("photo", StringComparison.Ordinal) || folded.Contains("picture", StringComparison.Ordinal)
                || folded is "image" or "credit" => "Photographer",
            _ => "Reporter",
        };
    }

    /// <summary>Words that end a name in a credit ("Mark Schiefelbein/Pool/AFP", "Solen Feyissa, via Flickr").</summary>
    public static readonly char[] NameEnds = ['/', ',', ';', '(', ')', '|', '·', '•'];

    /// <summary>Words of agencies, pools and picture libraries: a credit made of them names no person.</summary>
    public static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "AFP", "AP", "Reuters", "Xinhua", "EPA", "EFE", "Getty", "Images", "Pool", "Handout", "Flickr", "Photo", "Photos",
        "File", "Press", "Agency", "Agence", "France-Presse", "Associated", "Department", "Ministry", "Office", "News",
        "Service", "Staff", "Wikimedia", "Commons", "Shutterstock", "Alamy", "Bloomberg", "Courtesy", "Supplied", "via",
        "Images/AFP", "CC", "Creative", "Sputnik", "TASS", "Kyodo", "Yonhap", "Anadolu", "Picture", "Pictures", "Unsplash",
    };

    /// <summary>Organisation words after which the rest of a credit says whose photographer it is ("Pool/AFP" → AFP).</summary>
    public static readonly HashSet<string> PoolWords = new(StringComparer.OrdinalIgnoreCase) { "Pool", "Handout", "File" };
}
