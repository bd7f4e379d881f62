using System.Globalization;
using System.Text.Json;
using Dossier.Extraction.Dates;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Dates;

/// <summary>The relative-date answers of <c>samples/gold.json</c>, resolved from each sample's own publication date.</summary>
public sealed class DateResolverSampleTests
{
    private static readonly DateResolver Resolver = new();

    public static TheoryData<string, string, string> GoldRelativeDates()
    {
        var data = new TheoryData<string, string, string>();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        foreach (var file in gold.RootElement.GetProperty("files").EnumerateObject())
        {
            if (!file.Value.TryGetProperty("relative_dates", out var dates) || dates.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var date in dates.EnumerateObject())
                data.Add(file.Name, date.Name, date.Value.GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldRelativeDates))]
    public void EveryGoldRelativeDateIsResolvedFromThePublicationDate(string file, string key, string answer)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        var published = gold.RootElement.GetProperty("files").GetProperty(file).GetProperty("date").GetString();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Samples, file));
        var mentions = Resolver.Resolve(text, published);

        // Keys read "on Friday" or "on Tuesday (departure)"; answers "2024-04-26" or "2024-05 (Lai inauguration ...)".
        var expression = key.Split(" (")[0];
        if (expression.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
            expression = expression[3..];
        var expected = answer.Split(' ')[0];
        var parts = expression.Split(" and ");
        var expectedParts = expected.Split('/');
        Assert.Equal(parts.Length, expectedParts.Length);

        for (var i = 0; i < parts.Length; i++)
        {
            var candidates = mentions.Where(m => m.Span.Of(text).Equals(parts[i], StringComparison.OrdinalIgnoreCase)
                || m.Span.Of(text).StartsWith(parts[i] + " ", StringComparison.OrdinalIgnoreCase)
                || m.Span.Of(text).EndsWith(" " + parts[i], StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(candidates.Exists(m => Covers(m.Value, expectedParts[i])),
                $"{file}: \"{parts[i]}\" expected {expectedParts[i]}, found {string.Join(", ", candidates.Select(c => c.Value ?? "null"))}");
        }
    }

    // A value answers the gold date when it is that date, that date with a part of day, or the ISO week holding it.
    private static bool Covers(string? value, string expected)
    {
        if (value is null)
            return false;
        if (value == expected || value.StartsWith(expected + "T", StringComparison.Ordinal))
            return true;
        if (value.Length == 8 && value[5] == 'W' && DateOnly.TryParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var dt = day.ToDateTime(TimeOnly.MinValue);
            return value == string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
        }
        return false;
    }
}
