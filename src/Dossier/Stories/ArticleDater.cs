using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Stories;

/// <summary>Finds the date an article is about: its publication date when known (unless the text dates itself in full
/// to a much earlier month), else the month its own dates point to.</summary>
/// <remarks>
/// Publication dates can be missing (plain-text scrapes). The text then still dates itself: the month most often named in
/// explicit dates ("April 25, 2024", "February 2022", the date layer's values when it exists) is taken, ties going to the
/// later month, since background dates are usually older than the news. Relative dates are ignored here: without an
/// anchor they say nothing.
/// </remarks>
internal static class ArticleDater
{
    /// <summary>Days a stated publication date may follow the month the text dates in full before the text wins.</summary>
    public const int RepublishedAfterDays = 90;

    public static ReferenceDate? Date(Doc doc)
    {
        var stated = Parse(doc.Metadata.Published) is { } published ? published with { Source = "published" } : null;
        if (stated is null)
        {
            // With no publication date, the latest signal is the best estimate: photos in captions and events in the
            // header are dated on or before the day a report appears.
            stated = doc.Metadata.DateSignals
                .Select(signal => Parse(signal.Value))
                .OfType<ReferenceDate>()
                .Where(date => date.Precision == DatePrecision.Day)
                .OrderByDescending(date => date.Date)
                .FirstOrDefault() is { } latest ? latest with { Source = "signal" } : null;
        }
        var own = OwnDate(doc);
        if (stated is null)
            return own?.Date;
        // A page published (or scraped) long after the events its text dates in full, three times or more, is about those
        // events: a late republication or a scrape date taken for a publication date.
        if (own is { Date.Precision: DatePrecision.Day, Support: >= 3 } && stated.Date.DayNumber - own.Value.Date.Date.DayNumber > RepublishedAfterDays)
            return own.Value.Date with { Source = "text, published " + stated.Iso };
        return stated;
    }

    private static (ReferenceDate Date, int Support)? OwnDate(Doc doc)
    {
        var found = new List<(DateOnly Date, bool HasDay)>();
        if ((doc.Layers & Layers.Dates) != 0)
        {
            foreach (var mention in doc.Dates)
            {
                // Only dates the text writes out with a number ("April 26, 2024", "June 18-19"): relative expressions
                // ("next month", "Friday") resolve against the very date being estimated, and a bare month names no day.
                if (Parse(mention.Value) is { Precision: DatePrecision.Day } value && doc[mention.Span].AsSpan().ContainsAnyInRange('0', '9'))
                    found.Add((value.Date, true));
            }
            if (found.Count > 0)
                return Vote(found, "dates");
        }
        Scan(doc.Text, found);
        if (doc.Metadata.Headline is { } headline)
            Scan(headline, found);
        return found.Count > 0 ? Vote(found, "text") : null;
    }

    /// <summary>Reads an ISO 8601 date (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, or a timestamp), or null.</summary>
    public static ReferenceDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new ReferenceDate(day, DatePrecision.Day, "");
        if (value.Length == 7 && DateOnly.TryParseExact(value + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return new ReferenceDate(month, DatePrecision.Month, "");
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1000 and < 3000)
            return new ReferenceDate(new DateOnly(year, 7, 1), DatePrecision.Year, "");
        return null;
    }

    internal static void Scan(string text, List<(DateOnly Date, bool HasDay)> found)
    {
        var taken = new List<(int Start, int End)>();
        void Add(int start, int length, int year, int month, int day)
        {
            if (month is < 1 or > 12 || year < 1900)
                return;
            if (day > 0 && day > DateTime.DaysInMonth(year, month))
                return;
            foreach (var (s, e) in taken)
            {
                if (start < e && s < start + length)
                    return;
            }
            taken.Add((start, start + length));
            found.Add((new DateOnly(year, month, day > 0 ? day : 15), day > 0));
        }
        static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

        foreach (Match m in DateRules.MonthDayYear().Matches(text))
            Add(m.Index, m.Length, Int(m.Groups["y"]), DateRules.MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        foreach (Match m in DateRules.DayMonthYear().Matches(text))
            Add(m.Index, m.Length, Int(m.Groups["y"]), DateRules.MonthNumber(m.Groups["m"].Value), Int(m.Groups["d"]));
        foreach (Match m in DateRules.IsoDate().Matches(text))
            Add(m.Index, m.Length, Int(m.Groups["y"]), Int(m.Groups["mo"]), Int(m.Groups["d"]));
        foreach (Match m in DateRules.SlashDate().Matches(text))
        {
            int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]);
            if (a > 12 && b <= 12)
                Add(m.Index, m.Length, Int(m.Groups["y"]), b, a);
            else if (b > 12 && a <= 12)
                Add(m.Index, m.Length, Int(m.Groups["y"]), a, b);
        }
        foreach (Match m in DateRules.MonthYear().Matches(text))
            Add(m.Index, m.Length, Int(m.Groups["y"]), DateRules.MonthNumber(m.Groups["m"].Value), 0);
    }

    private static (ReferenceDate Date, int Support) Vote(List<(DateOnly Date, bool HasDay)> found, string source)
    {
        var month = found
            .GroupBy(f => (f.Date.Year, f.Date.Month))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Year)
            .ThenByDescending(g => g.Key.Month)
            .First();
        var days = month.Where(f => f.HasDay).GroupBy(f => f.Date).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        return days is null
            ? (new ReferenceDate(new DateOnly(month.Key.Year, month.Key.Month, 15), DatePrecision.Month, source), month.Count())
            : (new ReferenceDate(days.Key, DatePrecision.Day, source), month.Count(f => f.HasDay));
    }
}
