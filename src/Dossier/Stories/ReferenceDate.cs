namespace Dossier.Stories;

/// <summary>How precisely a <see cref="ReferenceDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,
    /// <summary>Only the month is known; the date stands at mid-month.</summary>
    Month,
    /// <summary>Only the year is known; the date stands at mid-year.</summary>
    Year,
}

/// <summary>The date an article is about (its publication date, or failing that what its text dates), with where it came from.</summary>
/// <param name="Date">The date (mid-month or mid-year when less precise).</param>
/// <param name="Precision">How precisely it is known.</param>
/// <param name="Source"><c>published</c>, <c>signal</c>, <c>dates</c> (the date layer) or <c>text</c>.</param>
public sealed record ReferenceDate(DateOnly Date, DatePrecision Precision, string Source)
{
    /// <summary>ISO 8601 at the known precision (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>).</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Days that may separate this date from the true one: 0 for a day, 15 for a month, 182 for a year.</summary>
    public int Slack => Precision switch { DatePrecision.Day => 0, DatePrecision.Month => 15, _ => 182 };

    /// <summary>The smallest number of days that can separate the two dates, given their precision.</summary>
    public int MinimumGap(ReferenceDate other)
    {
        var gap = Math.Abs(Date.DayNumber - other.Date.DayNumber) - Slack - other.Slack;
        return Math.Max(0, gap);
    }
}
