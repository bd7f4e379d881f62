using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Metadata;

/// <summary>Lexicons and patterns for headline, outlet, byline, wire and date signals. Data only.</summary>
internal static class MetadataRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex R(string pattern, RegexOptions extra = RegexOptions.None) => new(pattern, Options | extra, TimeSpan.FromSeconds(2));

    /// <summary>News agencies: every spelling met in credits, mapped to the short name used in <c>wire</c>.</summary>
    public static readonly IReadOnlyList<(string Spelling, string Agency)> Agencies =
    [
        ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"), ("AFP", "AFP"),
        ("Thomson Reuters", "Reuters"), ("Reuters", "Reuters"),
        ("Associated Press", "AP"), ("AP", "AP"),
        ("Xinhua News Agency", "Xinhua"), ("Xinhua", "Xinhua"),
        ("Deutsche Presse-Agentur", "dpa"), ("dpa", "dpa"),
        ("Press Trust of India", "PTI"), ("PTI", "PTI"), ("ANI", "ANI"), ("IANS", "IANS"),
        ("Agencia EFE", "EFE"), ("EFE", "EFE"), ("ANSA", "ANSA"), ("Kyodo News", "Kyodo"), ("Kyodo", "Kyodo"),
        ("Yonhap", "Yonhap"), ("TASS", "TASS"), ("United Press International", "UPI"), ("UPI", "UPI"),
        ("Bernama", "Bernama"), ("Australian Associated Press", "AAP"), ("AAP", "AAP"), ("Anadolu Agency", "Anadolu"),
        ("Bloomberg", "Bloomberg"),
    ];

    /// <summary>Agency short names as a set (for "is this outlet an agency").</summary>
    public static readonly FrozenSet<string> AgencyNames = Agencies.Select(a => a.Agency).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>One regex matching any agency spelling as a whole word (case-sensitive: "ap" in prose is not AP).</summary>
    public static readonly Regex AgencyMention = R(@"(?<![\p{L}\-])(" + string.Join("|", Agencies.Select(a => Regex.Escape(a.Spelling))) + @")(?![\p{L}\-])");

    /// <summary>Maps an agency spelling to its short name.</summary>
    public static string? Agency(string spelling)
    {
        foreach (var (s, agency) in Agencies)
        {
            if (string.Equals(s, spelling.Trim(), StringComparison.OrdinalIgnoreCase))
                return agency;
        }
        return null;
    }

    /// <summary>Words that are never part of a person's name on a byline.</summary>
    public static readonly FrozenSet<string> NotNameWords = new[]
    {
        "staff", "desk", "team", "news", "agency", "agencies", "editor", "editors", "editorial", "board", "correspondent",
        "reporter", "reporters", "admin", "administrator", "online", "web", "digital", "bureau", "service", "services",
        "wire", "wires", "press", "contributor", "contributors", "guest", "author", "writer", "newsroom", "our", "the",
        "foreign", "political", "business", "sports", "world", "national", "published", "updated", "posted", "comments",
        "photo", "photos", "video", "share", "follow", "email", "twitter", "facebook", "media", "times", "post", "daily",
        "report", "analysis", "opinion", "more", "read", "also", "see", "home", "latest",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Name particles allowed in lower case inside a name.</summary>
    public static readonly FrozenSet<string> NameParticles = new[] { "van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "ibn", "al", "el", "dos", "du", "ter" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Role words after a comma on a byline ("Jane Roe, Business Correspondent").</summary>
    public static readonly Regex BylineRole = R(@",\s*(?:[\p{L}\-]+\s+){0,3}(correspondent|reporter|editor|writer|columnist|staff|contributor|bureau chief|analyst)\b.*$", RegexOptions.IgnoreCase);

    /// <summary>The calendar day at the start of a machine-readable timestamp: "2024-04-26T18:05", "20240426".</summary>
    public static readonly Regex CompactDate = R(@"^(?<y>(?:19|20)\d\d)-?(?<m>\d\d)-?(?<d>\d\d)");

    /// <summary>A company-form suffix an outlet name does not need: "Courier Media Ltd." → "Courier Media".</summary>
    public static readonly Regex CompanySuffix = R(@"\s+(Ltd|Limited|Inc|LLC|plc|GmbH)\.?$", RegexOptions.IgnoreCase);

    /// <summary>"in Place" or "for Outlet" tails on a byline.</summary>
    public static readonly Regex BylineTail = R(@"\s+(in|from|for|at)\s+\p{Lu}.*$");

    private const string MonthNames = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    /// <summary>Dates written with a month name and a year: "April 26, 2024", "26 April 2024", "Apr. 6 2024".</summary>
    public static readonly Regex WrittenDate = R(
        @"(?<![\p{L}\d])(?:(?<m1>" + MonthNames + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>(?:19|20)\d\d)|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + MonthNames + @")\.?,?\s+(?<y2>(?:19|20)\d\d))(?!\d)",
        RegexOptions.IgnoreCase);

    /// <summary>Numeric dates: ISO "2024-04-26", "2024/04/26", day-or-month-first "17/04/2024", "11.25.2024".</summary>
    public static readonly Regex NumericDate = R(@"(?<!\d)(?:(?<iy>(?:19|20)\d\d)[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})|(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-](?<ny>(?:19|20)\d\d))(?!\d)");

    /// <summary>A month and day without a year ("April 6"), as in wire datelines.</summary>
    public static readonly Regex MonthDay = R(@"(?<m>" + MonthNames + @")\.?\s+(?<d>\d{1,2})\b", RegexOptions.IgnoreCase);

    /// <summary>A date in a URL path: /2024/04/25/, /2024-04-25, /20240425/.</summary>
    public static readonly Regex UrlDate = R(@"/(?<y>(?:19|20)\d\d)[/\-_]?(?<m>0[1-9]|1[0-2])[/\-_]?(?<d>0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)");

    /// <summary>Month names to numbers (first three letters).</summary>
    public static int Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    /// <summary>A day name in running text.</summary>
    public static readonly Regex Weekday = R(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b");

    /// <summary>Header words that introduce a date ("Published", "Updated").</summary>
    public static readonly Regex DateLead = R(@"^(?:[•·*\-–]\s*)?(?:(?:published|updated|posted|last updated|first published|date)\s*:?\s*)?(?:on\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?", RegexOptions.IgnoreCase);

    /// <summary>Stopwords per language for the small language detector (the most frequent function words).</summary>
    public static readonly IReadOnlyList<(string Language, FrozenSet<string> Words)> Stopwords =
    [
        ("en", Set("the of and to in a is that for it on was with he as his at by be this are from or had have not but an they which were their has been said who will would its we")),
        ("de", Set("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum")),
        ("fr", Set("le de la les et des en du un une est que qui dans pour pas au sur par plus il ne se ce avec sont a été son elle ont mais ou leur aux cette comme")),
        ("es", Set("el la de que y en los del se las por un para con una no es al lo como más pero sus le ha su fue este entre cuando muy sin sobre también")),
        ("pt", Set("o a de que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito")),
        ("it", Set("il di che e la per un in è non una sono del della con si da le dei gli al anche come più ma nel questo alla ha lo ci")),
        ("nl", Set("de het een en van in is dat op te zijn met voor niet aan er om ook als bij door maar over nog wordt naar dan uit hij worden")),
        ("pl", Set("i w na z że się do nie to jest o jak co po ale przez od za tak dla jego są tym może był już przy oraz")),
    ];

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
