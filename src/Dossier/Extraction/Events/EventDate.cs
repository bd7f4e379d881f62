using System.Globalization;

namespace Dossier.Extraction.Events;

/// <summary>The calendar stretch a TIMEX value names, for dating events: a day, an ISO week, a weekend, a month, a
/// quarter, a year or a range of those.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
/// <param name="Iso">The export form: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, or <c>START/END</c> days for a
/// week or a range.</param>
internal readonly record struct EventDate(DateOnly Start, DateOnly End, string Iso)
{
    /// <summary>Number of days covered; smaller is more precise.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>True when the two stretches share a day.</summary>
    public bool Overlaps(EventDate other) => Start <= other.End && other.Start <= End;

    /// <summary>The calendar stretch of <paramref name="value"/>, or null for durations ("P3D"), vague references
    /// ("PAST_REF") and anything else that is not a point in the calendar.</summary>
    public static EventDate? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 4 || !char.IsAsciiDigit(value[0]))
            return null;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return Parse(value[..slash]) is { } a && Parse(value[(slash + 1)..]) is { } b && a.Start <= b.End
                ? new EventDate(a.Start, b.End, Day(a.Start) + "/" + Day(b.End))
                : null;
        }
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t > 0)
            value = value[..t]; // "2024-04-16TMO": the day of a time
        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return null;
        if (value.Length == 4)
            return new EventDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), value);
        if (value[4] != '-' || value.Length < 7)
            return null;
        var rest = value.AsSpan(5);
        if (rest[0] == 'W' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            var (start, end) = rest.EndsWith("-WE") ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
            return new EventDate(start, end, Day(start) + "/" + Day(end));
        }
        if (rest[0] == 'Q' && rest.Length == 2 && rest[1] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, (rest[1] - '1') * 3 + 1, 1);
            var last = first.AddMonths(3).AddDays(-1);
            return new EventDate(first, last, Day(first) + "/" + Day(last));
        }
        if (!int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return null;
        if (rest.Length == 2)
        {
            var first = new DateOnly(year, month, 1);
            return new EventDate(first, first.AddMonths(1).AddDays(-1), value);
        }
        if (rest.Length == 5 && rest[2] == '-' && int.TryParse(rest[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var d = new DateOnly(year, month, day);
            return new EventDate(d, d, value);
        }
        return null;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
