using System.Collections.Immutable;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Evaluation;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>Scores of the event stages on a folder of reports against a corpus event gold: per-report events matched
/// by category and trigger; on matched events, how often actors, targets, status, month and place are right; CONSULT
/// recall counting only meetings, visits and calls with the right actors, targets and month; and, after
/// event-merge, whether the mentions of one gold event in different reports became one corpus event (pairwise).</summary>
/// <param name="Events">A found event counts when its report, PLOVER category and trigger (overlap) agree with a gold mention.</param>
/// <param name="ConsultGold">Gold CONSULT mentions.</param>
/// <param name="ConsultRight">Gold CONSULT mentions found with the right actors, targets and month.</param>
/// <param name="ActorsRight">Matched events whose actors are exactly the gold actors.</param>
/// <param name="TargetsRight">Matched events whose targets are exactly the gold targets.</param>
/// <param name="StatusRight">Matched events with the right status.</param>
/// <param name="MonthRight">Matched events dated in the gold month (any date when the gold has none), by the mention's own date or else the date of the corpus event it was merged into.</param>
/// <param name="PlaceRight">Matched events with the gold place (or none when the gold has none).</param>
/// <param name="Merge">Pairs of matched mentions in different reports: true when both gold and event-merge say they are one event.</param>
/// <param name="Errors">One line per miss, extra event and wrong field, for <c>--errors</c>.</param>
public sealed record CorpusEventEvaluation(PrfScore Events, int ConsultGold, int ConsultRight, int ActorsRight,
    int TargetsRight, int StatusRight, int MonthRight, int PlaceRight, PrfScore Merge, ImmutableArray<string> Errors)
{
    /// <summary>Share of matched events with a right field.</summary>
    public double Accuracy(int right) => Events.TruePositives == 0 ? 0 : (double)right / Events.TruePositives;

    /// <summary>CONSULT recall with the right actors, targets and month.</summary>
    public double ConsultRecall => ConsultGold == 0 ? 1 : (double)ConsultRight / ConsultGold;

    /// <summary>Scores the per-report events and corpus events of <paramref name="corpus"/> against <paramref name="gold"/>.</summary>
    public static CorpusEventEvaluation Score(CorpusSnapshot corpus, ImmutableArray<CorpusGoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var parties = new EventParties(corpus);
        var entities = corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        // The corpus events each mention ended up in, by the mention's trigger.
        var owners = corpus.Events.SelectMany(c => c.Triggers.Select(t => (Key: (t.Article, t.Span), Event: c))).ToLookup(x => x.Key, x => x.Event);
        var errors = new List<string>();
        var matched = new List<(CorpusGoldEvent Gold, Doc Doc, EventMention Found)>();
        int tp = 0, fp = 0, fn = 0, consultRight = 0, actors = 0, targets = 0, status = 0, month = 0, place = 0;
        foreach (var doc in corpus.Articles.OrderBy(d => d.Raw.FileName, StringComparer.Ordinal))
        {
            var golds = gold.Where(g => g.File == doc.Raw.FileName).ToList();
            var used = new bool[doc.Events.Length];
            foreach (var g in golds)
            {
                var at = WordScanner.Occurrence(doc.Text, g.Trigger, g.Occurrence - 1)?.Start ?? -1;
                var match = -1;
                for (var i = 0; i < doc.Events.Length && match < 0; i++)
                {
                    var e = doc.Events[i];
                    if (!used[i] && at >= 0 && e.Category == g.Category && e.Trigger.Start < at + g.Trigger.Length && at < e.Trigger.End)
                        match = i;
                }
                if (match < 0)
                {
                    fn++;
                    errors.Add($"missed  {g.File} {g.Category} \"{g.Trigger}\"#{g.Occurrence} {Parties(g.Actors)} -> {Parties(g.Targets)} {g.Date} {g.Status}{(at < 0 ? " (trigger not in the body)" : "")}{Context(doc, at)}");
                    continue;
                }
                used[match] = true;
                tp++;
                var found = doc.Events[match];
                matched.Add((g, doc, found));
                var foundActors = Names(doc, EventStatus.ActorsOf(found), parties, entities);
                var foundTargets = Names(doc, found.Targets, parties, entities);
                var actorsOk = SameParties(foundActors, g.Actors);
                var targetsOk = SameParties(foundTargets, g.Targets);
                // The date the record gives the event: the mention's own, else the one event-merge found in other reports.
                var date = found.Date ?? owners[(doc.Id, found.Trigger)].FirstOrDefault()?.Date;
                var monthOk = SameMonth(date, g.Date);
                var placeOk = found.Place is { } p ? g.Place is { } gp && Names(doc, [p], parties, entities).Any(n => Fits(n, gp)) : g.Place is null;
                actors += actorsOk ? 1 : 0;
                targets += targetsOk ? 1 : 0;
                month += monthOk ? 1 : 0;
                place += placeOk ? 1 : 0;
                status += found.Status == g.Status ? 1 : 0;
                if (g.Category == "CONSULT" && actorsOk && targetsOk && monthOk)
                    consultRight++;
                if (!actorsOk || !targetsOk || !monthOk || !placeOk || found.Status != g.Status)
                {
                    errors.Add($"wrong   {g.File} {g.Category} \"{g.Trigger}\"#{g.Occurrence}: {Show(foundActors, g.Actors, actorsOk)} -> {Show(foundTargets, g.Targets, targetsOk)}"
                        + $" date {date ?? "-"}{(monthOk ? "" : $" (gold {g.Date ?? "-"})")} place {(found.Place is { } fp2 ? doc[fp2] : "-")}{(placeOk ? "" : $" (gold {g.Place ?? "-"})")}"
                        + $" {found.Status}{(found.Status == g.Status ? "" : $" (gold {g.Status})")}");
                }
            }
            if (golds.Count == 0)
                continue; // a report the gold does not cover is not scored
            for (var i = 0; i < doc.Events.Length; i++)
            {
                if (used[i])
                    continue;
                fp++;
                var e = doc.Events[i];
                errors.Add($"extra   {doc.Raw.FileName} {e.Category} \"{doc[e.Trigger]}\" {Parties(Names(doc, EventStatus.ActorsOf(e), parties, entities))} -> {Parties(Names(doc, e.Targets, parties, entities))} {e.Date} {e.Status}{Context(doc, e.Trigger.Start)}");
            }
        }
        var merge = MergePairs(owners, matched, errors);
        return new CorpusEventEvaluation(new PrfScore(tp, fp, fn), gold.Count(g => g.Category == "CONSULT"), consultRight,
            actors, targets, status, month, place, merge, [.. errors]);
    }

    // Pairs of matched mentions from different reports: gold says "one event" when their event keys agree, event-merge
    // says so when one corpus event holds both as evidence.
    private static PrfScore MergePairs(ILookup<(ArticleId, TextSpan), CorpusEvent> owners, List<(CorpusGoldEvent Gold, Doc Doc, EventMention Found)> matched, List<string> errors)
    {
        var ownerIds = matched.Select(m => owners[(m.Doc.Id, m.Found.Trigger)].Select(c => c.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var a = 0; a < matched.Count; a++)
        {
            for (var b = a + 1; b < matched.Count; b++)
            {
                if (matched[a].Doc.Id == matched[b].Doc.Id)
                    continue;
                var gold = matched[a].Gold.Event == matched[b].Gold.Event;
                var found = ownerIds[a].Overlaps(ownerIds[b]);
                if (gold && found)
                    tp++;
                else if (found)
                {
                    fp++;
                    errors.Add($"merged  {matched[a].Gold.Event} ({matched[a].Gold.File}) with {matched[b].Gold.Event} ({matched[b].Gold.File})");
                }
                else if (gold)
                {
                    fn++;
                    errors.Add($"split   {matched[a].Gold.Event}: {matched[a].Gold.File} \"{matched[a].Gold.Trigger}\" apart from {matched[b].Gold.File} \"{matched[b].Gold.Trigger}\"");
                }
            }
        }
        return new PrfScore(tp, fp, fn);
    }

    // The sentence of an error, so that a reader of --errors sees what was missed without opening the report.
    private static string Context(Doc doc, int at) =>
        at >= 0 && doc.SentenceAt(at) is { } sentence ? " | " + doc[sentence].ReplaceLineEndings(" ") : "";

    // Each party by the entity it mentions (the longest mention inside the phrase, as event-merge keys it), with its
    // canonical name and aliases; a phrase naming no entity stands for itself.
    private static List<ImmutableArray<string>> Names(Doc doc, IEnumerable<TextSpan> spans, EventParties parties, Dictionary<string, Entity> entities)
    {
        var names = new List<ImmutableArray<string>>();
        foreach (var span in spans)
        {
            names.Add(parties.Key(doc, span) is { } key && entities.TryGetValue(key, out var entity)
                ? [entity.Name, .. entity.Aliases, doc[span]]
                : [doc[span]]);
        }
        return names;
    }

    private static bool Fits(ImmutableArray<string> found, string gold) =>
        found.Any(n => n.Equals(gold, StringComparison.OrdinalIgnoreCase)) || found[^1].EndsWith(" " + gold, StringComparison.OrdinalIgnoreCase);

    private static bool SameParties(List<ImmutableArray<string>> found, ImmutableArray<string> gold) =>
        found.Count == gold.Length && gold.All(g => found.Any(f => Fits(f, g)));

    private static bool SameMonth(string? found, string? gold)
    {
        // A mention its report does not date is not scored on its month: the record may rightly date it from another report.
        if (gold is null)
            return true;
        if (found is null)
            return false;
        var f = EventDate.Parse(found);
        var g = EventDate.Parse(gold);
        if (f is null || g is null)
            return false;
        var length = gold.Length >= 7 && gold[4] == '-' && char.IsAsciiDigit(gold[5]) ? 7 : 4;
        return f.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)[..length] == g.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)[..length]
            && (length == 4 || f.Value.Days <= 31);
    }

    private static string Parties(IEnumerable<string> names) => "[" + string.Join(", ", names) + "]";

    private static string Parties(List<ImmutableArray<string>> names) => "[" + string.Join(", ", names.Select(n => n[0])) + "]";

    private static string Show(List<ImmutableArray<string>> found, ImmutableArray<string> gold, bool ok) =>
        ok ? Parties(found) : $"{Parties(found)} (gold {Parties(gold)})";
}
