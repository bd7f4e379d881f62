using System.Globalization;

namespace Dossier.Extraction.Dates;

/// <summary>The date relative expressions are resolved against, as precise as the article states it.</summary>
/// <remarks>A partial anchor (<c>2024</c>, <c>2024-04</c>) resolves only what it can ("last year" from a year); the rest stays null.</remarks>
internal readonly record struct DateAnchor(int? Year, int? Month, int? Day)
{
    public static DateAnchor Unknown => default;

    public bool HasDay => Day is not null;

    public DateOnly Date => new(Year!.Value, Month!.Value, Day!.Value);

    public static DateAnchor FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or an ISO date-time; anything else is unknown.</summary>
    public static DateAnchor Parse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
            return Unknown;
        var s = iso.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return FromDate(day);
        if (s.Length == 7 && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && s[4] == '-' && int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            return new DateAnchor(y, m, null);
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var yearOnly))
            return new DateAnchor(yearOnly, null, null);
        return Unknown;
    }

    public override string ToString() => Year is null ? "unknown"
        : Month is null ? Year.Value.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
