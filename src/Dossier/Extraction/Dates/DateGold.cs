using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Extraction.Dates;

/// <summary>How a hand-annotated time expression depends on the publication date.</summary>
public enum DateGoldKind
{
    /// <summary>The text gives the year ("February 2022", "April 24 to 26, 2024").</summary>
    Absolute,

    /// <summary>A month, or month and day, without a year ("in June", "April 11").</summary>
    Partial,

    /// <summary>Needs the anchor: weekdays, this/last/next, "earlier this month", a duration that implies a date.</summary>
    Relative,

    /// <summary>A length of time ("less than a month", "years").</summary>
    Duration,

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF ("now", "recently", "the coming months").</summary>
    Vague,
}

/// <summary>One hand-annotated time expression of a report.</summary>
/// <param name="Text">The expression's words as written.</param>
/// <param name="Occurrence">Which occurrence of <paramref name="Text"/> in the report's clean body (from 0, whole words).</param>
/// <param name="Kind">How it depends on the anchor.</param>
/// <param name="Value">The TIMEX3 value judged right, or null when the report's date does not allow one.</param>
/// <param name="Note">The judgement behind the value, when there was one.</param>
public sealed record DateGoldExpression(string Text, int Occurrence, DateGoldKind Kind, string? Value, string? Note)
{
    /// <summary>True when the annotation states the date a duration implies (possibly null: "unknown").</summary>
    public bool HasImplied { get; init; }

    /// <summary>The date the duration implies ("the first in 14 years" → <c>2010</c>), when <see cref="HasImplied"/>.</summary>
    public string? Implied { get; init; }
}

/// <summary>The annotated expressions of one report.</summary>
/// <param name="File">The report's file name.</param>
/// <param name="Anchor">The publication date the annotation assumes (null: the report states none).</param>
/// <param name="Expressions">Its expressions, in reading order.</param>
public sealed record DateGoldReport(string File, string? Anchor, ImmutableArray<DateGoldExpression> Expressions);

/// <summary>Reads a hand annotation of time expressions (<c>testdata/seeds-dates.json</c>; format in testdata/README.md).</summary>
public static class DateGold
{
    /// <summary>Parses <paramref name="json"/>; throws <see cref="FormatException"/> when it does not hold the expected fields.</summary>
    public static ImmutableArray<DateGoldReport> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("reports", out var reports) || reports.ValueKind != JsonValueKind.Array)
                throw new FormatException("no \"reports\" array");
            var result = ImmutableArray.CreateBuilder<DateGoldReport>();
            foreach (var report in reports.EnumerateArray())
            {
                var file = report.GetProperty("file").GetString() ?? throw new FormatException("a report without \"file\"");
                var anchor = report.TryGetProperty("anchor", out var a) ? a.GetString() : null;
                var expressions = ImmutableArray.CreateBuilder<DateGoldExpression>();
                foreach (var e in report.GetProperty("expressions").EnumerateArray())
                {
                    var text = e.GetProperty("text").GetString();
                    if (string.IsNullOrWhiteSpace(text))
                        throw new FormatException($"{file}: an expression without text");
                    var kindName = e.GetProperty("kind").GetString();
                    if (!Enum.TryParse<DateGoldKind>(kindName, ignoreCase: true, out var kind))
                        throw new FormatException($"{file}: \"{text}\" has an unknown kind '{kindName}'");
                    var hasImplied = e.TryGetProperty("implied", out var implied);
                    expressions.Add(new DateGoldExpression(text,
                        e.TryGetProperty("n", out var n) ? n.GetInt32() : 0,
                        kind,
                        e.GetProperty("value").GetString(),
                        e.TryGetProperty("note", out var note) ? note.GetString() : null)
                    {
                        HasImplied = hasImplied,
                        Implied = hasImplied ? implied.GetString() : null,
                    });
                }
                result.Add(new DateGoldReport(file, anchor, expressions.ToImmutable()));
            }
            return result.ToImmutable();
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException(exception.Message, exception);
        }
    }
}
