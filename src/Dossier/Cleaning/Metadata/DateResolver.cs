using System.Collections.Immutable;
using Dossier.Documents;

namespace Dossier.Cleaning.Metadata;

/// <summary>Chooses an article's publication date from all its date signals and says which strong signals disagree.</summary>
/// <remarks>
/// Each signal weighs by where it was found: markup and feed dates are written by the publishing system (4), URL and
/// header dates by the page (3), a wire dateline by the agency (3); dates inside the text or captions (1) only support a
/// candidate, they never make one — a caption date is when the photo was taken, a text date is what the story is about.
/// The day with the most weight wins; ties go to the earlier day (later dates tend to be updates or scrape dates).
/// With no strong signal the date stays unknown rather than guessed.
/// </remarks>
internal static class DateResolver
{
    /// <summary>The chosen day (or null) and the strong signals more than a day away from it.</summary>
    public static (string? Published, ImmutableArray<DateSignal> Conflicts) Resolve(IReadOnlyList<DateSignal> signals)
    {
        var strong = signals.Where(s => Weight(s.Source) >= 3).ToList();
        if (strong.Count == 0)
            return (null, []);
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

    /// <summary>The weight of a signal source.</summary>
    public static int Weight(string source) => source switch
    {
        "meta" or "feed" => 4,
        "url" or "header" or "dateline" => 3,
        _ => 1,
    };
}
