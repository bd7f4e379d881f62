using System.Collections.Immutable;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Events;
using Dossier.Pipeline;

namespace Dossier.Comparison;

/// <summary>Lists where the reports of one event disagree: a different date, or a plan in one report and the deed in another.</summary>
/// <remarks>
/// Works on events merged across reports (the event-merge stage): each report's own mention of the event keeps its
/// date and status. Dates that agree at the precision both give ("April 2024" and "2024-04-26", or a day inside a
/// stated range) are not listed; only dates that cannot both be right are. A status that differs (planned in an
/// earlier report, happened in a later one) is listed with a note saying which report is earlier, since that is
/// usually the story moving on rather than an error.
/// </remarks>
public sealed class ContradictionFinder : ICorpusStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("contradictions", Layers.CorpusEvents, Layers.Contradictions,
        "Where reports of the same event disagree (dates that cannot both be right, planned vs happened), with both sides cited.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        var docs = corpus.Articles.ToDictionary(d => d.Id);
        var names = corpus.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var found = ImmutableArray.CreateBuilder<Contradiction>();
        // Reports are compared within a story: an event merged across two stories (the same cast a year apart) is two
        // occasions, and their dates or status differing is no contradiction.
        var storyOf = new Dictionary<ArticleId, string>();
        foreach (var story in corpus.Stories)
        {
            foreach (var article in story.Articles)
                storyOf.TryAdd(article, story.Id);
        }
        foreach (var @event in corpus.Events.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var reports = @event.Evidence
                .Where(e => docs.ContainsKey(e.Article))
                .Select(e => (Evidence: e, Doc: docs[e.Article], Mention: MentionIn(docs[e.Article], e, @event.Category)))
                .Where(r => r.Mention is not null)
                .GroupBy(r => r.Evidence.Article)
                .Select(g => g.First())
                .Select(r => (r.Evidence, r.Doc, r.Mention, Words: SentenceWords(r.Doc, r.Evidence)))
                .ToList();
            if (reports.Count < 2)
                continue;
            var what = Describe(@event, names);
            for (var i = 0; i < reports.Count; i++)
            {
                for (var j = i + 1; j < reports.Count; j++)
                {
                    var (a, b) = (reports[i], reports[j]);
                    if (storyOf.TryGetValue(a.Doc.Id, out var sa) && storyOf.TryGetValue(b.Doc.Id, out var sb) && sa != sb)
                        continue;
                    // Two sentences with no two content words in common are not telling one event, whatever the
                    // event merge concluded (a mis-merged mention would otherwise read as a contradiction).
                    if (b.Words.Count(a.Words.Contains) < MinSharedWords)
                        continue;
                    if (a.Mention!.Date is { } da && b.Mention!.Date is { } db && !Compatible(da, db))
                    {
                        found.Add(new Contradiction($"{what} on {da}", [a.Evidence], $"{what} on {db}", [b.Evidence],
                            "the reports date the same event differently") { Kind = "date" });
                    }
                    if (EventStatus.IsPlan(a.Mention.Status) != EventStatus.IsPlan(b.Mention!.Status))
                    {
                        var (plan, deed) = EventStatus.IsPlan(a.Mention.Status) ? (a, b) : (b, a);
                        var order = string.CompareOrdinal(plan.Doc.Metadata.Published ?? "", deed.Doc.Metadata.Published ?? "") <= 0 && plan.Doc.Metadata.Published is not null
                            ? "the plan is reported earlier, the deed later: the story moved on"
                            : "one report plans it, another says it happened";
                        found.Add(new Contradiction($"{what} ({plan.Mention.Status})", [plan.Evidence], $"{what} ({deed.Mention!.Status})", [deed.Evidence], order) { Kind = "status" });
                    }
                }
            }
        }
        return corpus with { Contradictions = found.ToImmutable() };
    }

    /// <summary>Content words the two reports' sentences must share before their event mentions are compared.</summary>
    public const int MinSharedWords = 2;

    // The content words of the sentence a report's evidence sits in, worked out once per report.
    private static HashSet<string> SentenceWords(Doc doc, Evidence evidence)
    {
        var sentence = doc.SentenceAt(evidence.Span.Start) is { } s && s.End >= evidence.Span.End ? s : evidence.Span;
        return FactComparer.ContentWords(doc.Text, sentence);
    }

    private static EventMention? MentionIn(Doc doc, Evidence evidence, string category) =>
        doc.Events.FirstOrDefault(e => e.Category == category && evidence.Span.Start <= e.Trigger.Start && e.Trigger.End <= evidence.Span.End);

    private static string Describe(CorpusEvent @event, IReadOnlyDictionary<string, string> names)
    {
        string Name(string id) => names.TryGetValue(id, out var name) ? name : id;
        var actors = @event.Actors.IsEmpty ? "someone" : string.Join(", ", @event.Actors.Select(Name));
        var targets = @event.Targets.IsEmpty ? "" : " with " + string.Join(", ", @event.Targets.Select(Name));
        var verb = string.IsNullOrEmpty(@event.Mode) ? @event.Category.ToLowerInvariant() : @event.Mode;
        return $"{actors} {verb}{targets}";
    }

    /// <summary>True when both ISO values (dates, months, years, weeks or START/END ranges) can describe the same time.</summary>
    internal static bool Compatible(string a, string b)
    {
        if (Range(a) is not { } ra || Range(b) is not { } rb)
            return true; // a value we cannot place on the calendar (a duration, PRESENT_REF) contradicts nothing
        return ra.Start <= rb.End && rb.Start <= ra.End;
    }

    private static (DateOnly Start, DateOnly End)? Range(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 2)
            return Range(parts[0]) is { } s && Range(parts[1]) is { } e ? (s.Start, e.End) : null;
        var v = parts[0];
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (day, day);
        if (DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return (month, month.AddMonths(1).AddDays(-1));
        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (v.Length >= 7 && v[4] == '-' && v[5] == 'W' && int.TryParse(v[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var wy)
            && int.TryParse(v[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        return null;
    }
}
