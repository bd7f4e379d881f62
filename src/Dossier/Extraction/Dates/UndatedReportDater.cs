using System.Collections.Immutable;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Events;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Dates;

/// <summary>The "report-dates" corpus stage: a report that states no publication date takes the year and month of
/// the event it is about from other reports that date the same event, so that its own "June 18-19" and "in November"
/// resolve.</summary>
/// <remarks>
/// <para>A scraped report without a date line leaves every relative and year-less date unresolved ("June 18-19",
/// "in November", "later in the year"). Other reports in the same pile often date the same event in full ("his
/// previous visit in June", written in April 2024, is June 2023). The evidence is an event of the undated report
/// whose sentence names a month without a year, and an event in a report with a stated publication date that has the
/// same PLOVER category, shares a person among its actors and, when both name targets, a target, and is dated in that
/// same month. The report was written in the month of one of those occasions: the one that fits what the most
/// reports tell (done within the twelve months before, still to come within the twelve months after); a tie decides
/// nothing.</para>
/// <para>The report is then read as written in that month: its dates are resolved again against a month anchor
/// (<c>2023-06</c>, never a day, so "on Friday" stays unresolved) and its events are extracted again with those
/// dates. The stated publication date stays null; a <c>date-inferred</c> flag says which month was taken and from how
/// many reports, with the sentences that named the month as evidence, and roles stated only in undated reports are
/// as of that month. Only reports with a stated date vote, so the outcome does not depend on the order reports were
/// ingested in, and running the stage again changes nothing.</para>
/// </remarks>
public sealed class UndatedReportDater : ICorpusStage
{
    /// <summary>The flag code this stage raises.</summary>
    public const string FlagCode = "date-inferred";

    private readonly DateResolver _resolver = new();

    /// <inheritdoc />
    public StageInfo Info { get; } = new("report-dates", Layers.Dates | Layers.Events, Layers.Dates | Layers.Events | Layers.Entities,
        "Reports without a publication date dated to the month other reports give the same event; their dates and events read again.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (!corpus.Articles.Any(Undated))
            return corpus;
        var parties = new EventParties(corpus);
        // Only people vouch for an occasion: "the United States" holds talks in some June of every year.
        var people = corpus.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var dated = DatedOccasions(corpus, parties, people);
        var articles = corpus.Articles.ToBuilder();
        var months = new Dictionary<ArticleId, string>();
        for (var i = 0; i < articles.Count; i++)
        {
            var doc = articles[i];
            if (!Undated(doc))
                continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Infer(doc, parties, people, dated) is { } inferred)
            {
                articles[i] = Redate(doc, inferred);
                months[doc.Id] = inferred.Month;
            }
        }
        return months.Count == 0 ? corpus : corpus with { Articles = articles.MoveToImmutable(), Entities = RolesAsOf(corpus.Entities, months) };
    }

    // A role stated only in undated reports had no date; it is as of the month those reports were dated to (the latest
    // when several). Roles that a dated report states keep that report's date.
    private static ImmutableArray<Entity> RolesAsOf(ImmutableArray<Entity> entities, Dictionary<ArticleId, string> months) =>
    [
        .. entities.Select(entity => entity.Roles.Any(r => r.AsOf is null && r.Evidence.Any(e => months.ContainsKey(e.Article)))
            ? entity with
            {
                Roles = [.. entity.Roles.Select(role => role.AsOf is null
                    && role.Evidence.Select(e => months.GetValueOrDefault(e.Article)).OfType<string>().Max(StringComparer.Ordinal) is { } month
                        ? role with { AsOf = month }
                        : role)],
            }
            : entity),
    ];

    private static bool Undated(Doc doc) =>
        doc.Metadata.Published is null && (doc.Layers & (Layers.Dates | Layers.Events)) == (Layers.Dates | Layers.Events);

    private sealed record Occasion(string Category, ArticleId Article, ImmutableHashSet<string> Actors, ImmutableHashSet<string> Targets, int Year, int Month);

    // Month: the month the report was written in, ISO (2023-06).
    private sealed record Inference(string Month, int Reports, ImmutableArray<TextSpan> Sentences);

    // Events of reports with a stated date whose own date falls in one calendar month; carried-on dates
    // (DateFromContext) are the report's lead day, not the event's.
    private static ILookup<(string Category, int Month), Occasion> DatedOccasions(CorpusSnapshot corpus, EventParties parties, HashSet<string> people)
    {
        var occasions = new List<Occasion>();
        foreach (var doc in corpus.Articles)
        {
            if (doc.Metadata.Published is null)
                continue;
            foreach (var e in doc.Events)
            {
                if (e.DateFromContext || EventDate.Parse(e.Date) is not { } date
                    || date.Start.Year != date.End.Year || date.Start.Month != date.End.Month)
                    continue;
                var actors = Keys(doc, EventStatus.ActorsOf(e), parties).Intersect(people);
                if (actors.IsEmpty)
                    continue;
                occasions.Add(new Occasion(e.Category, doc.Id, actors, Keys(doc, e.Targets, parties), date.Start.Year, date.Start.Month));
            }
        }
        return occasions.ToLookup(o => (o.Category, o.Month));
    }

    private static Inference? Infer(Doc doc, EventParties parties, HashSet<string> people, ILookup<(string Category, int Month), Occasion> dated)
    {
        var support = new List<(Occasion Occasion, EventMention Mention, TextSpan Sentence)>();
        foreach (var e in doc.Events)
        {
            if (doc.SentenceAt(e.Trigger.Start) is not { } sentence)
                continue;
            var months = YearlessMonths(doc, sentence);
            if (months.Count == 0)
                continue;
            var actors = Keys(doc, EventStatus.ActorsOf(e), parties).Intersect(people);
            if (actors.IsEmpty)
                continue;
            var targets = Keys(doc, e.Targets, parties);
            foreach (var occasion in months.SelectMany(month => dated[(e.Category, month)]))
            {
                if (occasion.Article != doc.Id && occasion.Actors.Overlaps(actors) && (targets.IsEmpty || occasion.Targets.IsEmpty || occasion.Targets.Overlaps(targets)))
                    support.Add((occasion, e, sentence));
            }
        }

        // Each matched occasion's month is a candidate for when the report was written. A candidate is borne out by
        // the occasions that fit it: what the report tells as done lies in the twelve months up to it, what it tells as
        // still to come in the twelve months from it. The candidate borne out by the most reports wins; a tie leaves the
        // report undated. (A report previewing a June visit that names "a meeting in November" as past is written in
        // June: the November meeting of that year does not fit, the one of the year before is not among the occasions.)
        var ranked = support
            .Select(s => s.Occasion.Year * 12 + s.Occasion.Month - 1)
            .Distinct()
            .Select(candidate =>
            {
                var fits = support.Where(s => Fits(s.Mention.Status, s.Occasion.Year * 12 + s.Occasion.Month - 1, candidate)).ToList();
                return (Candidate: candidate, Fits: fits, Reports: fits.Select(s => s.Occasion.Article).Distinct().Count());
            })
            .OrderByDescending(c => c.Reports)
            .ThenBy(c => c.Candidate)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Reports == 0 || (ranked.Count > 1 && ranked[1].Reports == ranked[0].Reports))
            return null;
        var best = ranked[0];
        var sentences = best.Fits.Select(s => s.Sentence).Distinct().OrderBy(s => s.Start).ToImmutableArray();
        var month = string.Create(CultureInfo.InvariantCulture, $"{best.Candidate / 12:D4}-{best.Candidate % 12 + 1:D2}");
        return new Inference(month, best.Reports, sentences);
    }

    private static bool Fits(string status, int occasion, int written) => EventStatus.IsPlan(status)
        ? occasion >= written && occasion - written < 12
        : occasion <= written && written - occasion < 12;

    // Months the sentence names in a date the text gives no year ("June 18-19", "in November"): the year is what the
    // report leaves open. A date with its year ("January 2021") already resolved and says nothing here.
    private static HashSet<int> YearlessMonths(Doc doc, TextSpan sentence)
    {
        var months = new HashSet<int>();
        foreach (var mention in doc.Dates)
        {
            if (!sentence.Contains(mention.Span))
                continue;
            var text = doc[mention.Span];
            var words = WordScanner.Words(text).Select(w => text[w.Start..w.End]).ToList();
            if (words.Any(w => w.Length == 4 && w.All(char.IsAsciiDigit)))
                continue;
            foreach (var word in words)
            {
                // Capitalised only: "may" is a verb.
                if (char.IsUpper(word[0]) && TimexRules.Months.TryGetValue(word, out var month))
                    months.Add(month);
            }
        }
        return months;
    }

    private static ImmutableHashSet<string> Keys(Doc doc, ImmutableArray<TextSpan> spans, EventParties parties) =>
        [.. spans.Select(span => parties.Key(doc, span)).OfType<string>()];

    private Doc Redate(Doc doc, Inference inferred)
    {
        var redated = doc with { Dates = _resolver.Resolve(doc.Text, inferred.Month) };
        redated = redated with { Events = EventExtractor.Extract(redated) };
        var reports = inferred.Reports == 1 ? "1 other report" : $"{inferred.Reports} other reports";
        var flag = new QualityFlag(FlagCode,
            $"no publication date; read as written in {inferred.Month}, the month {reports} with a stated date give the events this report names with that month",
            [.. inferred.Sentences.Select(s => Evidence.Of(doc, s))]);
        var flags = doc.Metadata.Flags.Where(f => f.Code != FlagCode).Append(flag).ToImmutableArray();
        return redated with { Metadata = redated.Metadata with { Flags = flags } };
    }
}
