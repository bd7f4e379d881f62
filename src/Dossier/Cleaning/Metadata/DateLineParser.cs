using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Metadata;

/// <summary>A header line read as a date: the day it names, and the agency or byline sharing the line.</summary>
/// <param name="Value">ISO day.</param>
/// <param name="Agency">Agency credited on the same line ("Reuters April 24, 2024"), short name.</param>
/// <param name="Byline">Names after "by" on the same line.</param>
internal sealed record DateLineInfo(string Value, string? Agency, string? Byline);

/// <summary>Reads dates: whole header lines ("Published 26 April 2024, 9:05pm HKT") and dates inside running text.</summary>
internal static class DateLineParser
{
    private static readonly Regex TimeTail = new(@"^[\s,;–\-|]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)?\s*(?:(?-i:[A-Z]{2,5})|GMT[+\-]?\d*|UTC[+\-]?\d*)?\s*[,;|]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    private static readonly Regex UpdateTail = new(@"^\s*[|,;·–\-]?\s*(?:last\s+)?(?:modified|updated|edited|amended)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    /// <summary>The date a short header line states, or null when the line is more than a date.</summary>
    public static DateLineInfo? Parse(string line)
    {
        if (line.Length > 120)
            return null;
        var rest = line.Trim();
        string? agency = null;
        var lead = MetadataRules.DateLead.Match(rest);
        rest = rest[lead.Length..];
        var agencyMatch = MetadataRules.AgencyMention.Match(rest);
        if (agencyMatch.Success && agencyMatch.Index == 0)
        {
            agency = MetadataRules.Agency(agencyMatch.Value);
            rest = rest[agencyMatch.Length..].TrimStart(' ', ',', '-', '–', '|');
            rest = rest[MetadataRules.DateLead.Match(rest).Length..];
        }
        var found = FirstDate(rest);
        if (found is null || found.Value.Index > 0)
            return null;
        var after = rest[(found.Value.Index + found.Value.Length)..];
        after = after[TimeTail.Match(after).Length..];
        after = UpdateTail.Replace(after, "");
        string? byline = null;
        var by = Boilerplate.BoilerplateRules.TrailingBy.Match(after);
        if (by.Success)
        {
            byline = by.Groups["names"].Value;
            after = after[..by.Index];
        }
        var leftover = after.Split([' ', ',', '|', '-', '–', '·'], StringSplitOptions.RemoveEmptyEntries);
        return leftover.Length <= 2 ? new DateLineInfo(found.Value.Value, agency, byline) : null;
    }

    /// <summary>A date found in text: its ISO value, where it starts and how long its text is.</summary>
    public readonly record struct Found(string Value, int Index, int Length);

    /// <summary>Every full date (with a year) in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Found> FindAll(string text)
    {
        // Both patterns need a year; most paragraphs have none, and a scan is far cheaper than two regexes.
        if (!HasYear(text))
            yield break;
        foreach (Match match in MetadataRules.WrittenDate.Matches(text))
        {
            if (FromWritten(match) is { } value)
                yield return new Found(value, match.Index, match.Length);
        }
        foreach (Match match in MetadataRules.NumericDate.Matches(text))
        {
            if (FromNumeric(match) is { } value)
                yield return new Found(value, match.Index, match.Length);
        }
    }

    private static bool HasYear(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('1', '2'); i >= 0 && i + 3 < span.Length; )
        {
            if ((span[i] == '1' && span[i + 1] == '9' || span[i] == '2' && span[i + 1] == '0') && char.IsAsciiDigit(span[i + 2]) && char.IsAsciiDigit(span[i + 3]))
                return true;
            var next = span[(i + 1)..].IndexOfAny('1', '2');
            if (next < 0)
                return false;
            i += next + 1;
        }
        return false;
    }

    private static Found? FirstDate(string text)
    {
        Found? best = null;
        foreach (var found in FindAll(text))
        {
            if (best is null || found.Index < best.Value.Index)
                best = found;
        }
        return best;
    }

    private static string? FromWritten(Match match)
    {
        var month = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
        var day = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        var year = match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value;
        return Iso(int.Parse(year, CultureInfo.InvariantCulture), MetadataRules.Month(month), int.Parse(day, CultureInfo.InvariantCulture));
    }

    // Ambiguous numeric dates (both parts ≤ 12) are read day-first: most of the world writes them so, and a US
    // month-first date is recognised whenever its day is above 12.
    private static string? FromNumeric(Match match)
    {
        if (match.Groups["iy"].Success)
            return Iso(Int(match.Groups["iy"].Value), Int(match.Groups["im"].Value), Int(match.Groups["id"].Value));
        var a = Int(match.Groups["a"].Value);
        var b = Int(match.Groups["b"].Value);
        var year = Int(match.Groups["ny"].Value);
        return a > 12 ? Iso(year, b, a) : b > 12 ? Iso(year, a, b) : Iso(year, b, a);
    }

    /// <summary>A month-and-day ("April 6") completed with <paramref name="year"/>.</summary>
    public static string? MonthDay(string text, int year)
    {
        var match = MetadataRules.MonthDay.Match(text);
        return match.Success ? Iso(year, MetadataRules.Month(match.Groups["m"].Value), Int(match.Groups["d"].Value)) : null;
    }

    /// <summary>The date a URL path carries, or null.</summary>
    public static string? FromUrl(string url)
    {
        var match = MetadataRules.UrlDate.Match(url);
        return match.Success ? Iso(Int(match.Groups["y"].Value), Int(match.Groups["m"].Value), Int(match.Groups["d"].Value)) : null;
    }

    /// <summary>The local calendar day of a machine-readable timestamp ("2024-04-26T18:05:00+08:00" → 2024-04-26).</summary>
    public static string? FromTimestamp(string value)
    {
        var match = MetadataRules.CompactDate.Match(value.Trim());
        if (match.Success)
            return Iso(Int(match.Groups["y"].Value), Int(match.Groups["m"].Value), Int(match.Groups["d"].Value));
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return FirstDate(value) is { } found ? found.Value : null;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string? Iso(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
