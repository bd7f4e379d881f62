using System.Text.RegularExpressions;

namespace Dossier.Copies;

/// <summary>How wire copy announces itself: agency datelines and credit lines.</summary>
internal static partial class CopyRules
{
    /// <summary>Agency spellings and the short name they are recorded under.</summary>
    public static readonly IReadOnlyList<(string Pattern, string Agency)> Agencies =
    [
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("Reuters", "Reuters"), ("AP", "AP"), ("Associated Press", "AP"), ("Xinhua", "Xinhua"),
        ("Bloomberg", "Bloomberg"), ("dpa", "dpa"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"),
        ("TASS", "TASS"), ("PTI", "PTI"), ("ANI", "ANI"), ("UPI", "UPI"), ("EFE", "EFE"), ("ANSA", "ANSA"),
    ];

    /// <summary>A wire dateline near the top: "BEIJING (AFP) -", "GUANGZHOU, China, April 6 (Reuters) -".</summary>
    [GeneratedRegex(@"\((?<agency>AFP|Reuters|AP|Xinhua|Bloomberg|dpa|Kyodo|Yonhap|TASS|PTI|ANI|UPI|EFE|ANSA)\)\s*[-–—:]")]
    public static partial Regex Dateline();

    /// <summary>A credit line anywhere: "© 2024 AFP", "© (2024) Agence France-Presse", "(Reporting by …".</summary>
    [GeneratedRegex(@"(?:©|\(c\)|Copyright)\s*\(?\d{4}\)?\s*(?<agency>AFP|Agence France[- ]Presse|Reuters|The Associated Press|Associated Press|AP|Xinhua|Bloomberg)\b|(?<reuters>\(Reporting by)", RegexOptions.IgnoreCase)]
    public static partial Regex Credit();

    /// <summary>Characters of the body searched for a dateline.</summary>
    public const int DatelineWindow = 400;

    /// <summary>The short name of an agency as written, or null.</summary>
    public static string? Agency(string written)
    {
        foreach (var (pattern, agency) in Agencies)
        {
            if (string.Equals(pattern, written, StringComparison.OrdinalIgnoreCase))
                return agency;
        }
        return written.StartsWith("Agence France", StringComparison.OrdinalIgnoreCase) ? "AFP"
            : written.Contains("Associated Press", StringComparison.OrdinalIgnoreCase) ? "AP" : null;
    }
}
