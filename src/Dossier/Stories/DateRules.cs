using System.Text.RegularExpressions;

namespace Dossier.Stories;

/// <summary>Patterns for explicit calendar dates in running text (used when no date layer or publication date exists).</summary>
internal static partial class DateRules
{
    private const string Month = "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";

    /// <summary>"April 25, 2024", "April 24 to 26, 2024", "Nov. 15 2023".</summary>
    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2})?,?\s+(?<y>(?:19|20)\d{2})\b")]
    public static partial Regex MonthDayYear();

    /// <summary>"25 April 2024", "26th April, 2024".</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")\s*,?\s+(?<y>(?:19|20)\d{2})\b")]
    public static partial Regex DayMonthYear();

    /// <summary>"2024-04-25".</summary>
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{2})-(?<d>\d{2})\b")]
    public static partial Regex IsoDate();

    /// <summary>"25/04/2024" or "11/25/2024": read day-first or month-first only when one number exceeds 12.</summary>
    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)\d{2})\b")]
    public static partial Regex SlashDate();

    /// <summary>"February 2022", "in April, 2024".</summary>
    [GeneratedRegex(@"\b(?<m>" + Month + @")\s*,?\s+(?<y>(?:19|20)\d{2})\b")]
    public static partial Regex MonthYear();

    /// <summary>The month number of a month name or abbreviation.</summary>
    public static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };
}
