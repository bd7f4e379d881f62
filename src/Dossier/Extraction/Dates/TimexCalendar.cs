using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Extraction.Dates;

/// <summary>Calendar arithmetic and TIMEX3 value formatting.</summary>
internal static partial class TimexCalendar
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Month(DateOnly d) => Month(d.Year, d.Month);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}");

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    public static (int Year, int Month) AddMonths(int year, int month, int n)
    {
        var index = year * 12 + (month - 1) + n;
        return (index / 12, index % 12 + 1);
    }

    /// <summary>The date of ISO weekday <paramref name="weekday"/> (Monday = 1) in the ISO week of <paramref name="d"/>.</summary>
    public static DateOnly InWeekOf(DateOnly d, int weekday) => d.AddDays(weekday - IsoDay(d));

    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The latest date on <paramref name="weekday"/> not after <paramref name="d"/> (the day itself when it matches).</summary>
    public static DateOnly PastWeekday(DateOnly d, int weekday, bool strict = false)
    {
        var back = (IsoDay(d) - weekday + 7) % 7;
        if (back == 0 && strict)
            back = 7;
        return d.AddDays(-back);
    }

    /// <summary>The earliest date on <paramref name="weekday"/> not before <paramref name="d"/>.</summary>
    public static DateOnly FutureWeekday(DateOnly d, int weekday, bool strict = false)
    {
        var ahead = (weekday - IsoDay(d) + 7) % 7;
        if (ahead == 0 && strict)
            ahead = 7;
        return d.AddDays(ahead);
    }

    public static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// Moves a TIMEX3 value by <paramref name="n"/> units, keeping its granularity where the unit allows
    /// ("a year earlier" than <c>1989-Q3</c> is <c>1988-Q3</c>); null when the two do not combine.
    /// </summary>
    public static string? Shift(string value, char unit, int n)
    {
        if (DayPattern().Match(value) is { Success: true } dm)
        {
            var d = new DateOnly(Int(dm, "y"), Int(dm, "m"), Int(dm, "d"));
            return unit switch
            {
                'D' => Day(d.AddDays(n)),
                'W' => Day(d.AddDays(7 * n)),
                'M' => Month(d.AddMonths(n)),
                'Y' => Year(d.Year + n),
                _ => null,
            };
        }
        if (MonthPattern().Match(value) is { Success: true } mm)
        {
            return unit switch
            {
                'M' => Month(AddMonths(Int(mm, "y"), Int(mm, "m"), n).Year, AddMonths(Int(mm, "y"), Int(mm, "m"), n).Month),
                'Y' => Month(Int(mm, "y") + n, Int(mm, "m")),
                _ => null,
            };
        }
        if (QuarterPattern().Match(value) is { Success: true } qm)
        {
            var index = Int(qm, "y") * 4 + Int(qm, "q") - 1 + (unit == 'Y' ? 4 * n : unit == 'Q' ? n : int.MinValue / 2);
            return index < 0 ? null : Quarter(index / 4, index % 4 + 1);
        }
        if (YearPattern().Match(value) is { Success: true } ym && unit == 'Y')
            return Year(Int(ym, "y") + n);
        return null;
    }

    /// <summary>The day a value names, when it names exactly one (for "the next day").</summary>
    public static DateOnly? DayOf(string? value) =>
        value is not null && DayPattern().Match(value) is { Success: true } m ? new DateOnly(Int(m, "y"), Int(m, "m"), Int(m, "d")) : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-Q(?<q>[1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<y>\d{4})$")]
    private static partial Regex YearPattern();
}
