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
