using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Extraction.Dates;

/// <summary>Equivalence of TIMEX3 values written differently for the same time.</summary>
/// <remarks>
/// TempEval-3 compares values as strings, so <c>1989-11-06T17</c> and <c>1989-11-06T17:00</c>, or <c>P1E</c> and
/// <c>P10Y</c>, count as different. The evaluation reports the string figure (the official one) and, beside it, the
/// figure with these spellings made one, to tell a wrong time from a different way of writing the same one.
/// </remarks>
public static partial class TimexValues
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same time: equal strings, a time of
    /// day with or without ":00" minutes, or a single-unit duration of the same length (decades, centuries and quarters
    /// in years and months, weeks in days, whole days in hours).</summary>
    public static bool Equivalent(string? a, string? b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        if (a is null || b is null)
            return false;
        return string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
    }

    private static string Canonical(string value)
    {
        var time = WholeHour().Match(value);
        if (time.Success)
            return time.Groups["d"].Value + "T" + time.Groups["h"].Value;
        var duration = SingleUnit().Match(value);
        if (!duration.Success)
            return value;
        var n = decimal.Parse(duration.Groups["n"].Value, CultureInfo.InvariantCulture);
        var timePart = duration.Groups["t"].Success;
        return (timePart, duration.Groups["u"].Value) switch
        {
            (false, "Y") => Months(n * 12),
            (false, "E") => Months(n * 120),
            (false, "C") => Months(n * 1200),
            (false, "Q") => Months(n * 3),
            (false, "M") => Months(n),
            (false, "W") => Days(n * 7),
            (false, "D") => Days(n),
            (true, "H") when n % 24 == 0 => Days(n / 24),
            _ => value,
        };

        static string Months(decimal months) => "months:" + months.ToString(CultureInfo.InvariantCulture);

        static string Days(decimal days) => "days:" + days.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<d>\d{4}-\d\d-\d\d)T(?<h>[0-2]\d)(?::00)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeHour();

    [GeneratedRegex(@"^P(?<t>T)?(?<n>\d+(?:\.\d+)?)(?<u>[YECQMWDH])$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleUnit();
}
