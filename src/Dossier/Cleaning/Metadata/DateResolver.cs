using System.Collections.Immutable;
using Dossier.Documents;

namespace Dossier.Cleaning.Metadata;

/// <summary>Chooses an article's publication date from all its date signals and says which strong signals disagree.</summary>
/// <remarks>
/// Each signal weighs by where it was found: markup and feed dates are written by the publishing system (4), URL and
/// header dates by the page (3), a wire dateline by the agency (3); dates inside the text or captions (1) only support a
/// candidate, they never make one — a caption date is when the photo was taken, a text date is what the story is about.
/// The day with the most weight wins; ties go to the earlier day (later dates tend to be updates or scrape dates).
/// With no strong signal, the newest caption date and the lead's day name decide (reported with the disagreeing
/// captions as conflicts); with neither, the date stays unknown rather than guessed.
/// </remarks>
internal static class DateResolver
{
    /// <summary>The chosen day (or null) and the strong signals more than a day away from it.</summary>
    public static (string? Published, ImmutableArray<DateSignal> Conflicts) Resolve(IReadOnlyList<DateSignal> signals)
    {
        var strong = signals.Where(s => Weight(s.Source) >= 3).ToList();
        if (strong.Count == 0)
            return ResolveFromCaptions(signals);
        string? best = null;
        var bestScore = -1.0;
        foreach (var candidate in strong.Select(s => s.Value).Distinct().Order(StringComparer.Ordinal))
        {
            var score = signals.Where(s => s.Value == candidate).Sum(s => Weight(s.Source));
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        var chosen = DateOnly.Parse(best!, System.Globalization.CultureInfo.InvariantCulture);
        var conflicts = strong
            .Where(s => DateOnly.TryParse(s.Value, System.Globalization.CultureInfo.InvariantCulture, out var d) && Math.Abs(d.DayNumber - chosen.DayNumber) > 1)
            .ToImmutableArray();
        return (best, conflicts);
    }

    // Without a stated date, the newest photo bounds the publication day from below (a story does not print a photo
    // taken after it), and the lead's day name ("arrives on Wednesday"), placed on or after that photo, names the day.
    // Text dates alone decide nothing: they say what the story is about. An inferred date always disagrees with some
    // signal (older file photos), so those are reported as conflicts: the user sees the date was not stated.
    private static (string? Published, ImmutableArray<DateSignal> Conflicts) ResolveFromCaptions(IReadOnlyList<DateSignal> signals)
    {
        var captions = signals.Where(s => s.Source == "caption" && Parse(s.Value) is not null).ToList();
        if (captions.Count == 0)
            return (null, []);
        var anchor = captions.Max(s => Parse(s.Value)!.Value);
        var weekday = signals
            .Where(s => s.Source == "text" && IsDayName(s.Text) && Parse(s.Value) is { } d && d.DayNumber - anchor.DayNumber is >= 0 and <= 6)
            .Select(s => Parse(s.Value)!.Value)
            .DefaultIfEmpty(anchor)
            .Min();
        var chosen = weekday;
        var conflicts = signals
            .Where(s => s.Source == "caption" && Parse(s.Value) is { } d && Math.Abs(d.DayNumber - chosen.DayNumber) > 1)
            .ToImmutableArray();
        return (chosen.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), conflicts);
    }

    /// <summary>Whether <paramref name="text"/> is a day name ("Wednesday"), the text of a weekday signal.</summary>
    public static bool IsDayName(string text) => Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out _) && !int.TryParse(text, out _);

    private static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The weight of a signal source.</summary>
    public static int Weight(string source) => source switch
    {
        "meta" or "feed" => 4,
        "url" or "header" or "dateline" => 3,
        _ => 1,
    };
}
