using System.Text.RegularExpressions;

namespace Dossier.Extraction.Dates;

/// <summary>
/// The keyword every match of a tagger rule contains. Searching for these first is what keeps tagging fast: the full
/// patterns, with their optional leading words, are only tried where a keyword is.
/// </summary>
internal static partial class TimexKeywords
{
    private const RegexOptions Sensitive = RegexOptions.CultureInvariant;
    private const RegexOptions Insensitive = Sensitive | RegexOptions.IgnoreCase;

    // Capitals too, for headlines and datelines ("BEIJING, APRIL 6").
    private const string MonthCaps = @"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT\.?|SEP\.?|OCT\.?|NOV\.?|DEC\.?";
    private const string WeekdayCaps = @"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|MON\.|TUE\.|TUES\.|WED\.|THU\.|THUR\.|THURS\.|FRI\.|SAT\.|SUN\.";

    // Month and weekday names count only when capitalised, as written in news prose ("may" is a verb).
    [GeneratedRegex(@"\b(?:" + TimexRules.MonthAny + "|" + MonthCaps + @")(?!\w)", Sensitive)]
    public static partial Regex Months();

    [GeneratedRegex(@"\b(?:" + TimexRules.Weekday + "|" + WeekdayCaps + @")(?!\w)", Sensitive)]
    public static partial Regex Weekdays();

    [GeneratedRegex(@"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|" + TimexRules.Weekday + "|" + WeekdayCaps + @")(?!\w)", Sensitive)]
    public static partial Regex DaysAndWeekdays();

    [GeneratedRegex(@"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", Sensitive)]
    public static partial Regex Numeric();

    [GeneratedRegex(@"\d{4}-\d\d-\d\d", Sensitive)]
    public static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)", Sensitive)]
    public static partial Regex Years();

    [GeneratedRegex(@"\d0'?s\b", Sensitive)]
    public static partial Regex Decades();

    [GeneratedRegex(@"\b(?:quarter|half|period)\b", Insensitive)]
    public static partial Regex Quarters();

    [GeneratedRegex(@"\byear-(?:earlier|ago)\b", Insensitive)]
    public static partial Regex YearAgo();

    [GeneratedRegex(@"\b(?:nineteen|thousand)\b", Insensitive)]
    public static partial Regex Spelled();

    [GeneratedRegex(@"\b(?:" + TimexRules.Unit + @"|weekends?|spring|summer|fall|autumn|winter)\b", Insensitive)]
    public static partial Regex Units();

    [GeneratedRegex(@"\b(?:yesterday|today|tomorrow|tonight|overnight|night|morning|afternoon|evening)\b", Insensitive)]
    public static partial Regex Days();

    [GeneratedRegex(@"\b(?:ago|earlier|later|from\s+now|hence|before|after)\b", Insensitive)]
    public static partial Regex Ago();

    [GeneratedRegex(@"(?<=\d\s*)(?:a\.?m\b|p\.?m\b)", Insensitive)]
    public static partial Regex Clock();

    [GeneratedRegex(@"\b(?:noon|midnight|midday)\b", Insensitive)]
    public static partial Regex Noon();

    [GeneratedRegex(@"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|every|each|once|twice|three\s+times)\b", Insensitive)]
    public static partial Regex Sets();

    [GeneratedRegex(@"\b(?:now|currently|recently|future|past|nowadays|these\s+days)\b", Insensitive)]
    public static partial Regex Refs();

    [GeneratedRegex(@"\b(?:spring|summer|fall|autumn|winter)\b", Insensitive)]
    public static partial Regex Seasons();
}
