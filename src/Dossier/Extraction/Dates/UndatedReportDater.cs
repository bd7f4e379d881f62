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
/// same month. Each such report votes for its year; the year with the most reports wins, and a tie decides nothing.</para>
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
                var month = string.Create(CultureInfo.InvariantCulture, $"{inferred.Year:D4}-{inferred.Month:D2}");
                articles[i] = Redate(doc, inferred, month);
                months[doc.Id] = month;
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

    private sealed record Inference(int Year, int Month, int Reports, ImmutableArray<TextSpan> Sentences);

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
                var actors = Keys(doc, e.ActorReferents.IsDefaultOrEmpty ? e.Actors : e.ActorReferents, parties).Intersect(people);
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
            var actors = Keys(doc, e.ActorReferents.IsDefaultOrEmpty ? e.Actors : e.ActorReferents, parties).Intersect(people);
            if (actors.IsEmpty)
                continue;
            var targets = Keys(doc, e.Targets, parties);
            foreach (var occasion in months.SelectMany(month => dated[(e.Category, month)]))
            {
                if (occasion.Article != doc.Id && occasion.Actors.Overlaps(actors) && (targets.IsEmpty || occasion.Targets.IsEmpty || occasion.Targets.Overlaps(targets)))
                    support.Add((occasion, e, sentence));
            }
        }

        // Reports vote for a year; two years with equal support leave the report undated.
        var years = support.GroupBy(s => s.Occasion.Year)
            .Select(g => (Year: g.Key, Reports: g.Select(s => s.Occasion.Article).Distinct().Count(), Support: g.ToList()))
            .OrderByDescending(y => y.Reports)
            .ToList();
        if (years.Count == 0 || (years.Count > 1 && years[1].Reports == years[0].Reports))
            return null;
        var year = years[0];

        // The month the report was written in: not before what it tells as done, not after what it tells as still to
        // come; the latest done month when it tells of both, else the earliest month still to come.
        var done = year.Support.Where(s => s.Mention.Status is "happened" or "reported").Select(s => s.Occasion.Month).DefaultIfEmpty().Max();
        var coming = year.Support.Where(s => s.Mention.Status is "planned" or "expected").Select(s => s.Occasion.Month).DefaultIfEmpty(13).Min();
        if (done > 0 && coming < 13 && done > coming)
            return null;
        var month = done > 0 ? done : coming;
        var sentences = year.Support.Select(s => s.Sentence).Distinct().OrderBy(s => s.Start).ToImmutableArray();
        return new Inference(year.Year, month, year.Reports, sentences);
    }

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
                if (MonthNumber(word) is { } month)
                    months.Add(month);
            }
        }
        return months;
    }

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private static int? MonthNumber(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
            return null;
        for (var m = 0; m < 12; m++)
        {
            if (string.Equals(word, MonthNames[m], StringComparison.OrdinalIgnoreCase))
                return m + 1;
        }
        return null;
    }

    private static ImmutableHashSet<string> Keys(Doc doc, ImmutableArray<TextSpan> spans, EventParties parties) =>
        [.. spans.Select(span => parties.Key(doc, span)).OfType<string>()];

    private Doc Redate(Doc doc, Inference inferred, string anchor)
    {
        var redated = doc with { Dates = _resolver.Resolve(doc.Text, anchor) };
        redated = redated with { Events = EventExtractor.Extract(redated) };
        var reports = inferred.Reports == 1 ? "1 other report" : $"{inferred.Reports} other reports";
        var flag = new QualityFlag(FlagCode,
            $"no publication date; read as written in {anchor}, the month {reports} with a stated date give the events this report names with that month",
            [.. inferred.Sentences.Select(s => Evidence.Of(doc, s))]);
        var flags = doc.Metadata.Flags.Where(f => f.Code != FlagCode).Append(flag).ToImmutableArray();
        return redated with { Metadata = redated.Metadata with { Flags = flags } };
    }
}
