using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Documents;
using Dossier.Text;
using static Dossier.Extraction.Dates.TimexCalendar;

namespace Dossier.Extraction.Dates;

/// <summary>Finds time expressions in text and resolves each to a TIMEX3 value against an anchor date.</summary>
/// <remarks>
/// A set of regular-expression rules proposes candidates; overlapping candidates are settled longest first; then each is
/// resolved in reading order so that "the next day" can refer back to the last day mentioned. Stateless and thread-safe.
/// </remarks>
internal sealed partial class TemporalTagger
{
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string L = @"(?<![\w\-/.:$€£#])";
    private const string R = @"(?![\w/]|-\d|:\d)";
    private const string Year4 = @"(?:1[6-9]|20)\d\d";
    private const string Mod = @"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of";
    private const string WeekdayAny = TimexRules.Weekday + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";

    // The patterns are source-generated (no start-up cost); the order breaks ties between matches of equal length.
    private static readonly Rule[] Rules =
        [
            new("range", TimexKeywords.Months(), RangeRule(), Range),
            new("range-dm", TimexKeywords.Months(), RangeDmRule(), Range),
            new("md", TimexKeywords.Months(), MdRule(), MonthDay),
            new("dm", TimexKeywords.Months(), DmRule(), MonthDay),
            new("my", TimexKeywords.Months(), MyRule(), MonthYear),
            new("month", TimexKeywords.Months(), MonthRule(), BareMonth),
            new("numeric", TimexKeywords.Numeric(), NumericRule(), Numeric),
            new("iso", TimexKeywords.Iso(), IsoRule(), Iso),
            new("year", TimexKeywords.Years(), YearRule(), YearOnly),
            new("decade", TimexKeywords.Decades(), DecadeRule(), Decade),
            new("quarter", TimexKeywords.Quarters(), QuarterRule(), QuarterOrHalf),
            new("year-quarter", TimexKeywords.Quarters(), YearQuarterRule(), QuarterOrHalf),
            new("quarter-rel", TimexKeywords.Quarters(), QuarterRelRule(), QuarterOrHalf),
            new("quarter-the", TimexKeywords.Quarters(), QuarterTheRule(), ReportingPeriod),
            new("years-quarter", TimexKeywords.Quarters(), YearsQuarterRule(), YearsQuarter),
            new("year-ago", TimexKeywords.YearAgo(), YearAgoRule(), ReportingPeriod),
            new("spelled-year", TimexKeywords.Spelled(), SpelledYearRule(), SpelledYear),
            new("the-weekend", TimexKeywords.Units(), TheWeekendRule(), TheWeekend),
            new("the-year", TimexKeywords.Units(), TheYearRule(), TheYear),
            new("month-spelled", TimexKeywords.Spelled(), MonthSpelledYearRule(), MonthSpelledYear),
            new("weekday", TimexKeywords.Weekdays(), WeekdayRule(), Weekday),
            new("relday", TimexKeywords.Days(), ReldayRule(), RelativeDay),
            new("pod-day", TimexKeywords.DaysAndWeekdays(), PodDayRule(), PartOfDayThenDay),
            new("relunit", TimexKeywords.Units(), RelunitRule(), RelativeUnit),
            new("in-the", TimexKeywords.Units(), InTheRule(), InThe),
            new("ago", TimexKeywords.Ago(), AgoRule(), Ago),
            new("anaphor", TimexKeywords.Units(), AnaphorRule(), Anaphor),
            new("duration", TimexKeywords.Units(), DurationRule(), Duration),
            new("vague-duration", TimexKeywords.Units(), VagueDurationRule(), VagueDuration),
            new("bare-plural", TimexKeywords.Units(), BarePluralRule(), BarePlural),
            new("clock", TimexKeywords.Clock(), ClockRule(), Clock),
            new("noon", TimexKeywords.Noon(), NoonRule(), Clock),
            new("set", TimexKeywords.Sets(), SetRule(), Set),
            new("ref", TimexKeywords.Refs(), RefRule(), Reference),
            new("season", TimexKeywords.Seasons(), SeasonRule(), Season),
        ];

    private readonly DateResolverOptions _options;

    public TemporalTagger(DateResolverOptions options) => _options = options;

    public IReadOnlyList<DateMention> Tag(string text, DateAnchor anchor)
    {
        var context = new Context(text, anchor, DayFirstHint(text) ?? _options.DayFirst);
        var candidates = new List<Candidate>();
        var keywords = new Dictionary<Regex, List<int>>();
        var seen = new HashSet<(int, int, int)>();
        Span<int> starts = stackalloc int[MaxWordsBack + 1];
        foreach (var rule in Rules)
        {
            if (!keywords.TryGetValue(rule.Core, out var positions))
            {
                positions = [];
                foreach (var k in rule.Core.EnumerateMatches(text))
                    positions.Add(k.Index);
                keywords[rule.Core] = positions;
            }
            foreach (var position in positions)
            {
                var count = WordStartsBefore(text, position, starts);
                for (var i = count - 1; i >= 0; i--)
                {
                    var m = rule.Pattern.Match(text, starts[i]);
                    if (!m.Success || m.Index + m.Length <= position)
                        continue;
                    var t = m.Groups["t"];
                    if (seen.Add((rule.Order, t.Index, t.Length)) && rule.Build(m, context) is { } found)
                        candidates.Add(new Candidate(t.Index, t.Index + t.Length, rule, m, found));
                    break;
                }
            }
        }

        // Longest wins: "April 24 to 26, 2024" over "April 24" and "2024"; at equal length, the earlier rule.
        candidates.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.Order.CompareTo(b.Rule.Order));
        var taken = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (!taken.Exists(c => c.Start < candidate.End && candidate.Start < c.End))
                taken.Add(candidate);
        }
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));

        var mentions = new List<DateMention>(taken.Count);
        foreach (var candidate in taken)
        {
            var found = candidate.Found;
            if (found.Anaphoric)
                found = candidate.Rule.Build(candidate.Match, context) ?? found;
            var span = new TextSpan(candidate.Start, candidate.End);
            var cue = CueBefore(text, candidate.Start);
            var implied = found.Type == TimexType.Duration ? Implied(text, candidate, found, cue, anchor) : null;
            mentions.Add(new DateMention(span, found.Value, found.Type, found.Note)
            {
                Cue = cue,
                Implied = implied,
            });
            if (!found.Anaphoric && found.Type is TimexType.Date or TimexType.Time && found.Value is { Length: >= 4 } v && char.IsDigit(v[0]) && !v.Contains('/', StringComparison.Ordinal))
                context.Reference = v.Length > 10 ? v[..10] : v;
            else if (found.Type is TimexType.Date or TimexType.Time && found.Value is null)
                context.Reference = null; // "in February ... that month" with February's year unknown: the month after it is unknown too, not the date before it.
        }
        return mentions;
    }

    // ---------------------------------------------------------------- absolute dates

    private static Found? MonthDay(Match m, Context c)
    {
        if (!IsMonthWord(m.Groups["m1"].Value, m, c) || !TryMonth(m.Groups["m1"].Value, out var month))
            return null;
        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
            return null;
        // "10 May" needs a capital; "2 may" is a number and a modal verb.
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            return IsValid(year, month, day) ? new Found(TimexType.Date, Day(new DateOnly(year, month, day)), "explicit date") : null;
        }
        if (m.Groups["wd"].Success && c.Anchor.Year is { } ay)
        {
            // A weekday fixes the year: "Tuesday, April 2" can only be a year in which April 2 is a Tuesday.
            var weekday = TimexRules.Weekdays[m.Groups["wd"].Value.TrimEnd('.')];
            foreach (var y in new[] { ay, ay - 1, ay + 1 })
            {
                if (IsValid(y, month, day) && IsoDay(new DateOnly(y, month, day)) == weekday)
                    return new Found(TimexType.Date, Day(new DateOnly(y, month, day)), "year from weekday");
            }
        }
        if (c.Anchor.Month is null)
            return new Found(TimexType.Date, null, "no anchor: year unknown");
        var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
        var chosen = ChooseYear(c.Anchor, month, day, tense);
        return chosen is null ? null : new Found(TimexType.Date, Day(chosen.Value), Note(c, tense, cue));
    }

    private static Found? Range(Match m, Context c)
    {
        if (!TryMonth(m.Groups["m1"].Value, out var m1) || !IsMonthWord(m.Groups["m1"].Value, m, c))
            return null;
        var m2 = m1;
        if (m.Groups["m2"].Success && !TryMonth(m.Groups["m2"].Value, out m2))
            return null;
        var d1 = int.Parse(m.Groups["d1"].ValueSpan, CultureInfo.InvariantCulture);
        var d2 = int.Parse(m.Groups["d2"].ValueSpan, CultureInfo.InvariantCulture);
        if (d1 is < 1 or > 31 || d2 is < 1 or > 31 || (m1 == m2 && d2 <= d1))
            return null;
        int year;
        string note;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            note = "explicit range";
        }
        else if (c.Anchor.Month is not null)
        {
            var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
            if (ChooseYear(c.Anchor, m1, Math.Min(d1, 28), tense) is not { } first)
                return null;
            year = first.Year;
            note = Note(c, tense, cue);
        }
        else
        {
            return new Found(TimexType.Date, null, "no anchor: year unknown");
        }
        var endYear = m2 < m1 ? year + 1 : year;
        if (!IsValid(year, m1, d1) || !IsValid(endYear, m2, d2))
            return null;
        return new Found(TimexType.Date, $"{Day(new DateOnly(year, m1, d1))}/{Day(new DateOnly(endYear, m2, d2))}", note);
    }

    private static Found? MonthYear(Match m, Context c)
    {
        if (!TryMonth(m.Groups["m1"].Value, out var month) || !char.IsUpper(m.Groups["m1"].Value[0]))
            return null;
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        return new Found(TimexType.Date, Month(year, month), "explicit month");
    }

    private static Found? BareMonth(Match m, Context c)
    {
        var word = m.Groups["m1"].Value;
        if (!TryMonth(word, out var month) || !IsMonthWord(word, m, c))
            return null;
        var rel = m.Groups["rel"].Success ? Normalize(m.Groups["rel"].Value) : "";
        // "May" and "March" are also a verb and a noun: only a month after a preposition or modifier.
        if (word.Equals("May", StringComparison.OrdinalIgnoreCase) || word.Equals("March", StringComparison.OrdinalIgnoreCase))
        {
            var before = WordBefore(c.Text, m.Groups["t"].Index);
            if (rel.Length == 0 && before is not ("in" or "since" or "until" or "till" or "by" or "from" or "through" or "of" or "during" or "before" or "after" or "early" or "late" or "mid" or "and" or "or" or "to" or "between" or "on"))
                return null;
        }
        if (c.Anchor.Year is not { } ay || c.Anchor.Month is not { } am)
            return new Found(TimexType.Date, null, "no anchor: year unknown");
        int year;
        string note;
        switch (rel)
        {
            case "last" or "past":
                year = month < am ? ay : ay - 1;
                note = $"anchor {c.Anchor}; 'last' month before";
                break;
            case "next" or "coming":
                year = month > am ? ay : ay + 1;
                note = $"anchor {c.Anchor}; 'next' month after";
                break;
            case "this":
                year = ay;
                note = $"anchor {c.Anchor}; this year";
                break;
            default:
                var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
                var strongPast = HasStrongPast(c, m.Index);
                var back = (am - month + 12) % 12;
                var ahead = (month - am + 12) % 12;
                var nearest = back <= ahead ? (month <= am ? ay : ay - 1) : (month >= am ? ay : ay + 1);
                year = tense switch
                {
                    _ when strongPast => month <= am ? ay : ay - 1,
                    Tense.Past when back <= MaxTenseReachMonths => month <= am ? ay : ay - 1,
                    Tense.Future or Tense.Present when ahead <= MaxTenseReachMonths || IsStrongFuture(cue) => month >= am ? ay : ay + 1,
                    _ => nearest,
                };
                note = strongPast ? $"anchor {c.Anchor}; past (since/previous)" : Note(c, tense, cue);
                break;
        }
        return new Found(TimexType.Date, Month(year, month), note);
    }

    private static Found? Numeric(Match m, Context c)
    {
        var a = int.Parse(m.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Length == 2)
            y += y < 50 ? 2000 : 1900;
        // Dotted dates (26.04.2024) are written day-first everywhere they are used.
        var dayFirst = a > 12 || (b <= 12 && (m.Groups["sep"].Value == "." || c.DayFirst));
        var (month, day) = dayFirst ? (b, a) : (a, b);
        if (y is < 1600 or > 2099 || !IsValid(y, month, day))
            return null;
        return new Found(TimexType.Date, Day(new DateOnly(y, month, day)), dayFirst ? "numeric, day first" : "numeric, month first");
    }

    private static Found? Iso(Match m, Context c)
    {
        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
        return IsValid(y, month, day) ? new Found(TimexType.Date, Day(new DateOnly(y, month, day)), "ISO date") : null;
    }

    private static Found? YearOnly(Match m, Context c)
    {
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var before = WordBefore(c.Text, m.Groups["t"].Index);
        // "No. 2024", "flight 1990", "Room 1905" are numbers that look like years.
        if (before is "no" or "number" or "flight" or "room" or "route" or "bill" or "resolution" or "model" or "article" or "page" or "about" or "some" or "nearly" or "over" or "than")
            return null;
        if (c.Anchor.Year is { } ay && year > ay + 30)
            return null;
        return new Found(TimexType.Date, Year(year), "explicit year");
    }

    private static Found? Decade(Match m, Context c) =>
        new(TimexType.Date, m.Groups["dec"].Value, "decade");

    // "The quarter" in results reporting is the last one completed before the report.
    private static Found? ReportingPeriod(Match m, Context c)
    {
        var isPeriod = m.Groups["u"].Value.Equals("period", StringComparison.OrdinalIgnoreCase);
        var rel = m.Groups["rel"].Success ? Normalize(m.Groups["rel"].Value.Trim()) : "";
        if (isPeriod && rel.Length == 0)
            return null;
        if (!m.Groups["u"].Success && rel.Length == 0)
            return null;
        if (c.Anchor.Year is not { } ay || c.Anchor.Month is not { } am)
            return new Found(TimexType.Date, null, "no anchor");
        var index = ay * 4 + QuarterOf(am) - 2 - (rel.StartsWith("year", StringComparison.Ordinal) ? 4 : 0);
        return new Found(TimexType.Date, Quarter(index / 4, index % 4 + 1), $"anchor {c.Anchor}; last completed quarter");
    }

    // "this year's third quarter", "last year's quarter", "the 1988 period": a quarter named by its year; without an
    // ordinal it is the quarter being reported (the last one completed), in the year named.
    private static Found? YearsQuarter(Match m, Context c)
    {
        var half = m.Groups["u"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var ord = m.Groups["ord"].Success ? TimexRules.Ordinals[m.Groups["ord"].Value] : 0;
        if ((half && ord > 2) || (half && ord == 0))
            return null;
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (c.Anchor.Year is { } ay)
        {
            year = ay + Normalize(m.Groups["rel"].Value) switch { "last" => -1, "next" => 1, _ => 0 };
        }
        else
        {
            return new Found(TimexType.Date, null, "no anchor");
        }
        if (ord == 0)
        {
            if (c.Anchor.Month is not { } am)
                return new Found(TimexType.Date, null, "no anchor");
            var reported = QuarterOf(am) - 1;
            if (reported == 0)
            {
                // Early in the year the quarter reported is last year's fourth: "last year's quarter" is a year before that.
                reported = 4;
                if (!m.Groups["year"].Success)
                    year--;
            }
            return new Found(TimexType.Date, Quarter(year, reported), $"anchor {c.Anchor}; the quarter reported, in {year}");
        }
        return new Found(TimexType.Date, half ? $"{Year(year)}-H{ord}" : Quarter(year, ord), "quarter of a named year");
    }

    private static Found? SpelledYear(Match m, Context c)
    {
        var century = Normalize(m.Groups["c"].Value) == "nineteen" ? 1900 : 2000;
        var tens = m.Groups["tens"].Success ? TimexRules.Numbers.GetValueOrDefault(Normalize(m.Groups["tens"].Value), -1) : 0;
        var ones = m.Groups["ones"].Success ? TimexRules.Numbers[Normalize(m.Groups["ones"].Value)] : 0;
        if (century == 1900 && !m.Groups["tens"].Success || tens is < 0 or >= 100)
            return null;
        return new Found(TimexType.Date, Year(century + (int)tens + (int)ones), "spelled year");
    }

    private static Found? TheWeekend(Match m, Context c)
    {
        if (!c.Anchor.HasDay)
            return new Found(TimexType.Date, null, "no anchor");
        var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
        var saturday = tense == Tense.Future ? FutureWeekday(c.Anchor.Date, 6) : PastWeekday(c.Anchor.Date, 6);
        return new Found(TimexType.Date, Week(saturday) + "-WE", Note(c, tense, cue));
    }

    // Results reporting: "for the year" is the report's year, "the year ended Sept. 30" twelve months up to that date,
    // "the latest fiscal year" the last one closed.
    private static Found? TheYear(Match m, Context c)
    {
        var after = c.Text.AsSpan(m.Index + m.Length).TrimStart();
        if (after.StartsWith("ended", StringComparison.OrdinalIgnoreCase) || after.StartsWith("ending", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("through", StringComparison.OrdinalIgnoreCase))
            return m.Groups["mod"].Success ? null : new Found(TimexType.Duration, "P1Y", "duration: the year ended");
        if (c.Anchor.Year is not { } ay)
            return new Found(TimexType.Date, null, "no anchor");
        var latest = m.Groups["q"].Success && Normalize(m.Groups["q"].Value) is "latest";
        return new Found(TimexType.Date, Year(latest ? ay - 1 : ay), $"anchor {c.Anchor}; the report's year");
    }

    private static Found? MonthSpelledYear(Match m, Context c)
    {
        var century = Normalize(m.Groups["c"].Value) == "nineteen" ? 1900 : 2000;
        var tens = TimexRules.Numbers.GetValueOrDefault(Normalize(m.Groups["tens"].Value), -1);
        var ones = m.Groups["ones"].Success ? TimexRules.Numbers[Normalize(m.Groups["ones"].Value)] : 0;
        if (tens is < 10 or >= 100)
            return null;
        var year = century + (int)tens + (int)ones;
        var word = m.Groups["m1"].Value;
        if (TryMonth(word, out var month) && char.IsUpper(word[0]))
            return new Found(TimexType.Date, Month(year, month), "month and spelled year");
        return TimexRules.Seasons.TryGetValue(Normalize(word), out var season)
            ? new Found(TimexType.Date, $"{Year(year)}-{season}", "season and spelled year")
            : null;
    }

    private static Found? QuarterOrHalf(Match m, Context c)
    {
        var half = m.Groups["u"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var rel = m.Groups["rel"].Success ? Normalize(m.Groups["rel"].Value) : "";
        var ord = m.Groups["ord"].Success ? TimexRules.Ordinals[m.Groups["ord"].Value] : 0;
        if (half && ord > 2)
            return null;
        if (m.Groups["year"].Success)
        {
            var y = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            return ord == 0 ? null : new Found(TimexType.Date, half ? $"{Year(y)}-H{ord}" : Quarter(y, ord), "explicit quarter");
        }
        if (c.Anchor.Year is not { } ay || c.Anchor.Month is not { } am)
            return new Found(TimexType.Date, null, "no anchor");
        var current = half ? (am - 1) / 6 + 1 : QuarterOf(am);
        var perYear = half ? 2 : 4;
        var index = ay * perYear + current - 1;
        if (ord == 0)
        {
            // In results reporting "the latest quarter" is the last one completed, and "the year-ago quarter" the same one a year back.
            index += rel switch
            {
                "last" or "past" or "previous" or "latest" => -1,
                "year-earlier" or "year-ago" => -1 - perYear,
                "next" => 1,
                _ => 0,
            };
        }
        else
        {
            var year = rel is "year-earlier" or "year-ago" ? ay - 1 : ay;
            var (tense, _) = c.Tense.Detect(m.Index, m.Index + m.Length);
            // A quarter not yet begun is last year's when the sentence speaks of the past (results "for the fourth quarter").
            if (ord > current && tense != Tense.Future && rel is not ("next" or "this" or "current"))
                year--;
            if (rel is "last" or "past" or "previous")
                year = ord >= current ? ay - 1 : ay;
            index = year * perYear + ord - 1;
        }
        var value = half ? $"{Year(index / perYear)}-H{index % perYear + 1}" : Quarter(index / perYear, index % perYear + 1);
        return new Found(TimexType.Date, value, $"anchor {c.Anchor}");
    }

    // ---------------------------------------------------------------- relative dates

    private static Found? Weekday(Match m, Context c)
    {
        var name = m.Groups["wd"].Value;
        if (!char.IsUpper(name[0]))
            return null;
        var weekday = TimexRules.Weekdays[name.TrimEnd('.')];
        var pod = m.Groups["pod"].Success ? TimexRules.PartsOfDay[m.Groups["pod"].Value] : null;
        var type = pod is null ? TimexType.Date : TimexType.Time;
        if (!c.Anchor.HasDay)
            return new Found(type, null, "no anchor: publication day unknown");
        var anchor = c.Anchor.Date;
        var rel = m.Groups["rel"].Success ? Normalize(m.Groups["rel"].Value) : "";
        DateOnly date;
        string note;
        if (m.Groups["the"].Success && rel is not ("previous" or "following"))
            return null;
        // "The previous Friday", "the following Monday": counted from the last day the text gave, as "the next day" is.
        if (m.Groups["the"].Success && c.Reference is { Length: 10 } reference && DayOf(reference) is { } referenceDay)
            anchor = referenceDay;
        switch (rel)
        {
            case "following":
                date = FutureWeekday(anchor, weekday, strict: true);
                note = $"after {Day(anchor)}; 'following' weekday";
                break;
            case "last" or "past" or "previous":
                date = PastWeekday(anchor, weekday, strict: true);
                note = $"anchor {c.Anchor}; 'last' weekday before";
                break;
            case "next" or "coming":
                date = FutureWeekday(anchor, weekday, strict: true);
                note = $"anchor {c.Anchor}; 'next' weekday after";
                break;
            case "this":
                date = InWeekOf(anchor, weekday);
                note = $"anchor {c.Anchor}; same week";
                break;
            default:
                var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
                date = tense == Tense.Future ? FutureWeekday(anchor, weekday) : PastWeekday(anchor, weekday);
                note = Note(c, tense, cue);
                break;
        }
        return new Found(type, pod is null ? Day(date) : Day(date) + "T" + pod, note, Anaphoric: m.Groups["the"].Success);
    }

    private static Found? RelativeDay(Match m, Context c)
    {
        var w = Normalize(m.Groups["w"].Value);
        var pod = m.Groups["pod"].Success ? TimexRules.PartsOfDay[m.Groups["pod"].Value] : null;
        if (w == "today" && m.Groups["w"].Value == "Today" && c.Text.AsSpan(m.Index + m.Length).StartsWith(" show", StringComparison.Ordinal))
            return null;
        var (offset, podFromWord) = w switch
        {
            "the day before yesterday" => (-2, null),
            "the day after tomorrow" => (2, null),
            "yesterday" => (-1, null),
            "today" or "earlier today" or "later today" => (0, null),
            "tomorrow" => (1, null),
            "tonight" or "overnight" => (0, "NI"),
            "last night" => (-1, "NI"),
            "tomorrow night" => (1, "NI"),
            _ when w.EndsWith("morning", StringComparison.Ordinal) => (0, "MO"),
            _ when w.EndsWith("afternoon", StringComparison.Ordinal) => (0, "AF"),
            _ when w.EndsWith("evening", StringComparison.Ordinal) => (0, "EV"),
            _ => (0, (string?)null),
        };
        pod ??= podFromWord;
        var type = pod is null ? TimexType.Date : TimexType.Time;
        if (!c.Anchor.HasDay)
            return new Found(type, null, "no anchor: publication day unknown");
        var day = Day(c.Anchor.Date.AddDays(offset));
        return new Found(type, pod is null ? day : day + "T" + pod, $"anchor {c.Anchor}");
    }

    private static Found? PartOfDayThenDay(Match m, Context c)
    {
        var pod = TimexRules.PartsOfDay[m.Groups["pod"].Value];
        if (!c.Anchor.HasDay)
            return new Found(TimexType.Time, null, "no anchor: publication day unknown");
        var w = Normalize(m.Groups["w"].Value);
        var anchor = c.Anchor.Date;
        if (TimexRules.Weekdays.TryGetValue(w, out var weekday))
        {
            if (!char.IsUpper(m.Groups["w"].Value[0]))
                return null;
            var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
            var date = tense == Tense.Future ? FutureWeekday(anchor, weekday) : PastWeekday(anchor, weekday);
            return new Found(TimexType.Time, Day(date) + "T" + pod, Note(c, tense, cue));
        }
        var offset = w switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
        return new Found(TimexType.Time, Day(anchor.AddDays(offset)) + "T" + pod, $"anchor {c.Anchor}");
    }

    private static Found? RelativeUnit(Match m, Context c)
    {
        var rel = Normalize(m.Groups["rel"].Value);
        var unit = Normalize(m.Groups["u"].Value);
        var hasThe = m.Groups["the"].Success;
        // A named year ("the last school year") is that period, not a stretch of twelve months.
        // TimeBank writes "the past year" and "the next year or so" as the calendar year before or after, not as a length.
        if (hasThe && rel is "past" or "last" or "next" or "coming" && !m.Groups["pre"].Success && !m.Groups["q"].Success && unit != "year")
        {
            // "the past week" is a stretch of time ending now, not the calendar week before.
            var code = UnitCode(unit);
            return code is null ? null : new Found(TimexType.Duration, string.Create(CultureInfo.InvariantCulture, $"P{code.Value.Multiplier}{code.Value.Letter}"), "duration");
        }
        if (rel is "following" or "same" || (hasThe && rel is "previous"))
        {
            return Anaphoric(c, unit[0] == 'w' ? 'W' : unit[0] == 'm' ? 'M' : unit[0] == 'y' ? 'Y' : 'X', rel switch { "following" => 1, "same" => 0, _ => -1 }, unit);
        }
        var n = rel switch { "last" or "past" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
        var a = c.Anchor;
        switch (unit)
        {
            case "week" or "weekend":
                if (!a.HasDay)
                    return new Found(TimexType.Date, null, "no anchor: publication day unknown");
                if (unit == "weekend" && rel == "this" && IsoDay(a.Date) < 6
                    && c.Tense.Detect(m.Index, m.Index + m.Length).Tense == Tense.Past)
                {
                    // "Parliament passed the budget this weekend", written on a Wednesday: the weekend just gone.
                    n = -1;
                }
                var week = Week(a.Date.AddDays(7 * n));
                return new Found(TimexType.Date, unit == "weekend" ? week + "-WE" : week, $"anchor {a}");
            case "month":
                if (a.Month is null)
                    return new Found(TimexType.Date, null, "no anchor: publication month unknown");
                var (y, mo) = AddMonths(a.Year!.Value, a.Month.Value, n);
                return new Found(TimexType.Date, Month(y, mo), $"anchor {a}");
            case "year":
                return a.Year is null ? new Found(TimexType.Date, null, "no anchor") : new Found(TimexType.Date, Year(a.Year.Value + n), $"anchor {a}");
            case "decade":
                return a.Year is null ? new Found(TimexType.Date, null, "no anchor") : new Found(TimexType.Date, (a.Year.Value / 10 + n).ToString(CultureInfo.InvariantCulture), $"anchor {a}");
            case "century":
                return a.Year is null ? new Found(TimexType.Date, null, "no anchor") : new Found(TimexType.Date, (a.Year.Value / 100 + n).ToString("D2", CultureInfo.InvariantCulture), $"anchor {a}");
            default:
                return SeasonValue(unit, n, rel == "this", c);
        }
    }

    private static Found? InThe(Match m, Context c)
    {
        var unit = Normalize(m.Groups["u"].Value);
        var a = c.Anchor;
        return unit switch
        {
            "week" => a.HasDay ? new Found(TimexType.Date, Week(a.Date), $"anchor {a}") : new Found(TimexType.Date, null, "no anchor"),
            "month" => a.Month is null ? new Found(TimexType.Date, null, "no anchor") : new Found(TimexType.Date, Month(a.Year!.Value, a.Month.Value), $"anchor {a}"),
            _ => a.Year is null ? new Found(TimexType.Date, null, "no anchor") : new Found(TimexType.Date, Year(a.Year.Value), $"anchor {a}"),
        };
    }

    private static Found? Ago(Match m, Context c)
    {
        var n = Amount(m);
        var unit = UnitCode(Normalize(m.Groups["u"].Value));
        if (unit is null)
            return null;
        var dir = Normalize(m.Groups["dir"].Value);
        var sign = dir is "ago" or "earlier" or "before" ? -1 : 1;
        var fromAnchor = dir is "ago" or "from now" or "hence";
        if (n < 0)
        {
            // "a few days later" is a stretch from an unnamed point; "several years ago" a vague past.
            return fromAnchor ? new Found(TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", "vague amount")
                : new Found(TimexType.Duration, unit.Value.Time ? $"PTX{unit.Value.Letter}" : $"PX{unit.Value.Letter}", "vague amount");
        }
        if (unit.Value.Time)
            return null;
        var count = (int)Math.Round(n * unit.Value.Multiplier);
        var letter = unit.Value.Letter switch { 'W' => 'D', 'Q' => 'M', _ => unit.Value.Letter };
        if (unit.Value.Letter == 'W')
            count *= 7;
        else if (unit.Value.Letter == 'Q')
            count *= 3;
        if (!fromAnchor)
            return Anaphoric(c, letter, sign * count, "reference");
        // Results reporting: "a year ago" beside "the third quarter" is that quarter a year back.
        if (letter == 'Y' && c.Reference is { Length: 7 } reference && reference[5] == 'Q' && Shift(reference, 'Y', sign * count) is { } quarter)
            return new Found(TimexType.Date, quarter, $"after {reference}", Anaphoric: true);
        var a = c.Anchor;
        return letter switch
        {
            'D' => a.HasDay ? new Found(TimexType.Date, Day(a.Date.AddDays(sign * count)), $"anchor {a}") : new Found(TimexType.Date, null, "no anchor"),
            'M' => a.Month is { } am ? new Found(TimexType.Date, Month(AddMonths(a.Year!.Value, am, sign * count).Year, AddMonths(a.Year!.Value, am, sign * count).Month), $"anchor {a}") : new Found(TimexType.Date, null, "no anchor"),
            _ => a.Year is { } ay ? new Found(TimexType.Date, Year(ay + sign * count), $"anchor {a}", Anaphoric: true) : new Found(TimexType.Date, null, "no anchor"),
        };
    }

    private static Found? Anaphor(Match m, Context c)
    {
        var unit = Normalize(m.Groups["u"].Value);
        var letter = unit[0] switch { 'd' => 'D', 'w' => 'W', 'm' => 'M', _ => 'Y' };
        var n = m.Groups["rel"].Success
            ? Normalize(m.Groups["rel"].Value) switch { "next" or "following" => 1, "same" or "that" => 0, _ => -1 }
            : Normalize(m.Groups["dir"].Value) is "before" or "earlier" ? -1 : 1;
        if (!m.Groups["t"].Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && m.Groups["rel"].Success
            && !m.Groups["rel"].Value.Equals("that", StringComparison.OrdinalIgnoreCase))
            return null;
        return Anaphoric(c, letter, n, unit);
    }

    // "The next day", "a week later": counted from the last date the text gave, else from the anchor.
    private static Found Anaphoric(Context c, char letter, int n, string what)
    {
        var basis = c.Reference;
        string? value = null;
        if (basis is not null)
        {
            value = letter == 'W' && DayOf(basis) is { } d ? Week(d.AddDays(7 * n)) : Shift(basis, letter, n);
        }
        if (value is null && c.Anchor.HasDay)
        {
            var d = c.Anchor.Date;
            value = letter switch
            {
                'D' => Day(d.AddDays(n)),
                'W' => Week(d.AddDays(7 * n)),
                'M' => Month(d.AddMonths(n)),
                'Y' => Year(d.Year + n),
                _ => null,
            };
            return new Found(TimexType.Date, value, $"anchor {c.Anchor}; {what}", Anaphoric: true);
        }
        return new Found(TimexType.Date, value, basis is null ? "no anchor" : $"after {basis}", Anaphoric: true);
    }

    // ---------------------------------------------------------------- durations, times, sets

    private static Found? Duration(Match m, Context c)
    {
        var after = c.Text.AsSpan(m.Index + m.Length).TrimStart(" -");
        if (after.StartsWith("old", StringComparison.OrdinalIgnoreCase) || after.StartsWith("olds", StringComparison.OrdinalIgnoreCase))
            return null;
        var unit = UnitCode(Normalize(m.Groups["u"].Value));
        if (unit is null)
            return null;
        var numberWord = Normalize(m.Groups["n"].Value);
        if (numberWord.Length >= 4 && char.IsDigit(numberWord[0]))
            return null;
        if (numberWord is "a" or "an" or "some" or "many" && !m.Groups["rel"].Success && !m.Groups["mod"].Success)
        {
            // "a year" is a duration after "for", "within", "in"; elsewhere it is usually "a year of growth" or a rate.
            var before = WordBefore(c.Text, m.Groups["t"].Index);
            // "A day before meeting the board": the gap to an event, which TimeML writes as a duration.
            var gapToEvent = after.StartsWith("before ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("after ", StringComparison.OrdinalIgnoreCase);
            if (!gapToEvent && before is not ("for" or "within" or "in" or "than" or "about" or "nearly" or "almost" or "over" or "roughly" or "around" or "least" or "after" or "lasting" or "last" or "spent" or "took" or "takes"))
                return null;
        }
        if (unit.Value.Letter == 'Q' && after.StartsWith("of", StringComparison.OrdinalIgnoreCase))
            return null;
        var n = Amount(m);
        if (n < 0 && m.Groups["rel"].Success && Normalize(m.Groups["rel"].Value) is "past" or "last" or "recent" or "previous")
            return new Found(TimexType.Date, "PAST_REF", "vague: past");
        var letter = unit.Value.Letter;
        var multiplier = unit.Value.Multiplier;
        string amount;
        if (n < 0)
            amount = "X";
        else
        {
            var total = n * multiplier;
            amount = total == Math.Floor(total) ? ((long)total).ToString(CultureInfo.InvariantCulture) : total.ToString("0.#", CultureInfo.InvariantCulture);
        }
        if (letter == 'Q')
        {
            letter = n < 0 ? 'Q' : 'M';
            amount = n < 0 ? "X" : ((long)(n * 3)).ToString(CultureInfo.InvariantCulture);
        }
        return new Found(TimexType.Duration, unit.Value.Time ? $"PT{amount}{letter}" : $"P{amount}{letter}", "duration");
    }

    // "After years of talks", "just days after the vote": an unstated number of units (TimeBank tags nearly every one).
    private static Found? BarePlural(Match m, Context c) => Normalize(m.Groups["u"].Value) switch
    {
        "years" => new Found(TimexType.Duration, "PXY", "vague duration"),
        "months" => new Found(TimexType.Duration, "PXM", "vague duration"),
        "weeks" => new Found(TimexType.Duration, "PXW", "vague duration"),
        "days" => new Found(TimexType.Duration, "PXD", "vague duration"),
        "decades" => new Found(TimexType.Duration, "PXE", "vague duration"),
        _ => null,
    };

    private static Found? VagueDuration(Match m, Context c)
    {
        var unit = UnitCode(Normalize(m.Groups["u"].Value));
        if (unit is null)
            return null;
        // TimeML reads "recent years" as a vague past point and "coming months" as a vague future one.
        return Normalize(m.Groups["rel"].Value) switch
        {
            "recent" or "past" or "last" or "previous" => new Found(TimexType.Date, "PAST_REF", "vague: past"),
            _ => new Found(TimexType.Date, "FUTURE_REF", "vague: future"),
        };
    }

    private static Found? Clock(Match m, Context c)
    {
        string time;
        if (m.Groups["w"].Success)
        {
            time = Normalize(m.Groups["w"].Value) == "midnight" ? "T24:00" : "T12:00";
        }
        else
        {
            var h = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var min = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            if (h is < 1 or > 12)
                return null;
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            time = string.Create(CultureInfo.InvariantCulture, $"T{h:D2}:{min:D2}");
        }
        if (!c.Anchor.HasDay)
            return new Found(TimexType.Time, null, "no anchor");
        var date = c.Anchor.Date;
        var note = $"anchor {c.Anchor}";
        if (m.Groups["m1"].Success && TryMonth(m.Groups["m1"].Value, out var month))
        {
            var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
            if (ChooseYear(date, month, int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture), tense) is not { } day)
                return null;
            date = day;
            note = Note(c, tense, cue);
        }
        else if (m.Groups["wd"].Success)
        {
            var word = Normalize(m.Groups["wd"].Value);
            if (word is "yesterday")
                date = date.AddDays(-1);
            else if (word is "tomorrow")
                date = date.AddDays(1);
            else if (word is not "today")
            {
                var weekday = TimexRules.Weekdays[word.TrimEnd('.')];
                var (tense, cue) = c.Tense.Detect(m.Index, m.Index + m.Length);
                date = tense == Tense.Future ? FutureWeekday(date, weekday) : PastWeekday(date, weekday);
                note = Note(c, tense, cue);
            }
        }
        return new Found(TimexType.Time, Day(date) + time, note);
    }

    private static Found? Set(Match m, Context c)
    {
        if (m.Groups["adv"].Success)
        {
            var adv = m.Groups["adv"].Value;
            if (!char.IsLower(adv[0]))
                return null;
            var value = Normalize(adv) switch
            {
                "daily" or "nightly" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "hourly" => "PT1H",
                "quarterly" => "P1Q",
                _ => "P1Y",
            };
            return new Found(TimexType.Set, value, "recurrence");
        }
        var unit = Normalize(m.Groups["u"].Value).TrimEnd('s');
        if (TimexRules.Weekdays.TryGetValue(unit, out var wd))
            return new Found(TimexType.Set, $"XXXX-WXX-{wd}", "recurrence");
        if (TryMonth(m.Groups["u"].Value, out var everyMonth) && char.IsUpper(m.Groups["u"].Value[0]))
            return new Found(TimexType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{everyMonth:D2}"), "recurrence");
        var every = m.Groups["n"].Success ? Normalize(m.Groups["n"].Value) switch { "other" or "two" => 2, "three" => 3, "four" => 4, "five" => 5, _ => 6 } : 1;
        return unit switch
        {
            "day" => new Found(TimexType.Set, $"P{every}D", "recurrence"),
            "week" => new Found(TimexType.Set, $"P{every}W", "recurrence"),
            "month" => new Found(TimexType.Set, $"P{every}M", "recurrence"),
            "year" => new Found(TimexType.Set, $"P{every}Y", "recurrence"),
            "hour" => new Found(TimexType.Set, $"PT{every}H", "recurrence"),
            "quarter" => new Found(TimexType.Set, $"P{every}Q", "recurrence"),
            "morning" => new Found(TimexType.Set, "XXXX-XX-XXTMO", "recurrence"),
            "evening" => new Found(TimexType.Set, "XXXX-XX-XXTEV", "recurrence"),
            "night" => new Found(TimexType.Set, "XXXX-XX-XXTNI", "recurrence"),
            "summer" => new Found(TimexType.Set, "XXXX-SU", "recurrence"),
            "winter" => new Found(TimexType.Set, "XXXX-WI", "recurrence"),
            _ => null,
        };
    }

    private static Found? Reference(Match m, Context c) => Normalize(m.Groups["w"].Value) switch
    {
        "now" or "currently" or "nowadays" or "these days" => new Found(TimexType.Date, "PRESENT_REF", "vague: now"),
        "recently" or "the past" => new Found(TimexType.Date, "PAST_REF", "vague: past"),
        _ => new Found(TimexType.Date, "FUTURE_REF", "vague: future"),
    };

    private static Found? Season(Match m, Context c)
    {
        var season = Normalize(m.Groups["s"].Value);
        var rel = m.Groups["rel"].Success ? Normalize(m.Groups["rel"].Value) : "";
        if (m.Groups["year"].Success)
            return new Found(TimexType.Date, $"{m.Groups["year"].Value}-{TimexRules.Seasons[season]}", "explicit season");
        // "spring" and "fall" are verbs and nouns too; "the fall of" is a collapse.
        if (rel is "" or "the" || (season is "fall" && rel is "early" or "late"))
            return null;
        return SeasonValue(season, rel switch { "last" => -1, "next" => 1, _ => 0 }, rel is "this" or "early" or "late" or "mid", c);
    }

    private static Found? SeasonValue(string season, int n, bool current, Context c)
    {
        if (!TimexRules.Seasons.TryGetValue(season, out var code))
            return null;
        if (c.Anchor.Year is not { } ay || c.Anchor.Month is not { } am)
            return new Found(TimexType.Date, null, "no anchor");
        // Seasons by northern-hemisphere month of start: spring 3, summer 6, fall 9, winter 12.
        var start = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var year = ay;
        if (!current)
        {
            if (n < 0)
                year = start + 3 <= am ? ay : ay - 1;
            else if (n > 0)
                year = start > am ? ay : ay + 1;
        }
        return new Found(TimexType.Date, $"{Year(year)}-{code}", $"anchor {c.Anchor}");
    }

    // ---------------------------------------------------------------- helpers

    private const int MaxTenseReachDays = 245;
    private const int MaxTenseReachMonths = 8;

    // "will ... in December": ahead whatever the distance.
    private static bool IsStrongFuture(string? cue) =>
        cue is not null && (cue.Equals("will", StringComparison.OrdinalIgnoreCase) || cue.Equals("shall", StringComparison.OrdinalIgnoreCase)
            || cue.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || cue.EndsWith("’ll", StringComparison.OrdinalIgnoreCase));

    // "since June", "his previous visit in June": past whatever the distance.
    private static bool HasStrongPast(Context c, int start)
    {
        var from = Math.Max(c.Tense.SentenceStart(start), start - 60);
        var window = c.Text.AsSpan(from, start - from);
        foreach (var word in (ReadOnlySpan<string>)["since ", "previous ", "former ", "earlier ", " ago", "last "])
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // The year that puts a month and day in the direction the tense gives, if that lands within reach; else the nearest.
    // A month anchor (a report dated only from what other reports tell) places a month-day too: the anchor's own month
    // is in the anchor's year, another month takes the year its tense points to, seen from the middle of that month.
    private static DateOnly? ChooseYear(DateAnchor anchor, int month, int day, Tense tense)
    {
        if (anchor.HasDay)
            return ChooseYear(anchor.Date, month, day, tense);
        if (anchor is not { Year: { } year, Month: { } anchorMonth })
            return null;
        if (month == anchorMonth)
            return IsValid(year, month, day) ? new DateOnly(year, month, day) : null;
        return ChooseYear(new DateOnly(year, anchorMonth, 15), month, day, tense);
    }

    private static DateOnly? ChooseYear(DateOnly anchor, int month, int day, Tense tense)
    {
        DateOnly? nearest = null;
        DateOnly? consistent = null;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (!IsValid(y, month, day))
                continue;
            var d = new DateOnly(y, month, day);
            var distance = d.DayNumber - anchor.DayNumber;
            if (nearest is null || Math.Abs(distance) < Math.Abs(nearest.Value.DayNumber - anchor.DayNumber))
                nearest = d;
            var fits = distance == 0 || (tense == Tense.Past && distance < 0) || (tense == Tense.Future && distance > 0);
            if (fits && Math.Abs(distance) <= MaxTenseReachDays
                && (consistent is null || Math.Abs(distance) < Math.Abs(consistent.Value.DayNumber - anchor.DayNumber)))
                consistent = d;
        }
        return tense is Tense.Past or Tense.Future && consistent is not null ? consistent : nearest;
    }

    private static string Note(Context c, Tense tense, string? cue) => tense switch
    {
        Tense.Past => $"anchor {c.Anchor}; past ('{cue}')",
        Tense.Future => $"anchor {c.Anchor}; future ('{cue}')",
        Tense.Present => $"anchor {c.Anchor}; present ('{cue}')",
        _ => $"anchor {c.Anchor}; no tense cue",
    };

    private static double Amount(Match m)
    {
        var word = Normalize(m.Groups["n"].Value);
        double n;
        if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            n = parsed;
        else if (!TimexRules.Numbers.TryGetValue(word, out n))
            return -1;
        if (m.Groups["n2"].Success && TimexRules.Numbers.TryGetValue(m.Groups["n2"].Value, out var ones))
            n += ones;
        return n;
    }

    private static (char Letter, double Multiplier, bool Time)? UnitCode(string unit)
    {
        var u = unit.TrimEnd('s');
        return u switch
        {
            "second" => ('S', 1, true),
            "minute" => ('M', 1, true),
            "hour" => ('H', 1, true),
            "day" => ('D', 1, false),
            "week" => ('W', 1, false),
            "fortnight" => ('W', 2, false),
            "month" => ('M', 1, false),
            "quarter" => ('Q', 1, false),
            "year" => ('Y', 1, false),
            "decade" => ('Y', 10, false),
            "century" or "centurie" => ('Y', 100, false),
            _ => null,
        };
    }

    private static string? Implied(string text, Candidate candidate, Found found, TextSpan? cue, DateAnchor anchor)
    {
        if (cue is not { } c || c.Of(text) is not ("in" or "for") || found.Value is not { } value || value.Contains('X', StringComparison.Ordinal))
            return null;
        // "the first ... in 14 years": the last time was 14 years before the report.
        var sentenceStart = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, candidate.Start - 1)) + 1);
        var words = text[sentenceStart..candidate.Start].Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (!Array.Exists(words, w => TimexRules.FirstWords.Contains(w)))
            return null;
        var unit = value[^1];
        if (!int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || value.StartsWith("PT", StringComparison.Ordinal))
            return null;
        return unit switch
        {
            'Y' when anchor.Year is { } y => Year(y - n),
            'M' when anchor.Month is { } m => Month(AddMonths(anchor.Year!.Value, m, -n).Year, AddMonths(anchor.Year!.Value, m, -n).Month),
            'D' when anchor.HasDay => Day(anchor.Date.AddDays(-n)),
            'W' when anchor.HasDay => Day(anchor.Date.AddDays(-7 * n)),
            _ => null,
        };
    }

    private static TextSpan? CueBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
            begin--;
        if (begin == end || end == start)
            return null;
        return TimexRules.CueWords.Contains(text[begin..end]) ? new TextSpan(begin, end) : null;
    }

    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
            begin--;
        return text[begin..end].ToLowerInvariant();
    }

    private static bool IsMonthWord(string word, Match m, Context c) => char.IsUpper(word[0]);

    private static bool TryMonth(string word, out int month) => TimexRules.Months.TryGetValue(word.TrimEnd('.'), out month);

    private static string Normalize(string s) => WhiteSpace().Replace(s.ToLowerInvariant(), " ");

    /// <summary>True when the text writes numeric dates day first (a "25/11/2024" somewhere), false when month first, null when it cannot tell.</summary>
    private static bool? DayFirstHint(string text)
    {
        foreach (var m in NumericDate().EnumerateMatches(text))
        {
            var s = text.AsSpan(m.Index, m.Length);
            var slash = s.IndexOfAny('/', '.');
            var a = int.Parse(s[..slash], CultureInfo.InvariantCulture);
            var rest = s[(slash + 1)..];
            var b = int.Parse(rest[..rest.IndexOfAny('/', '.')], CultureInfo.InvariantCulture);
            if (a > 12 && b <= 12)
                return true;
            if (b > 12 && a <= 12)
                return false;
        }
        return null;
    }

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<m1>{TimexRules.MonthAny})\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|thru|until)\s*(?:(?<m2>{TimexRules.MonthAny})\s+)?(?<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex RangeRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to)\s*(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<m1>{TimexRules.MonthAny})(?:,?\s+(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex RangeDmRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<wd>{WeekdayAny}),?\s+)?(?<m1>{TimexRules.MonthAny})\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex MdRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<wd>{WeekdayAny}),?\s+)?(?:the\s+)?(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?<m1>{TimexRules.MonthAny})(?:,?\s+(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex DmRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<mod>{Mod})[-\s]+)?(?<m1>{TimexRules.MonthFull}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?:\s+of)?,?\s+(?<year>{Year4})){R})", Flags)]
    private static partial Regex MyRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<rel>last|next|this|coming|past|{Mod})[-\s]+)?(?<m1>{TimexRules.MonthFull})){R})", Flags)]
    private static partial Regex MonthRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<a>[0-3]?\d)(?<sep>[/.])(?<b>[0-3]?\d)\k<sep>(?<y>\d{{4}}|\d\d)){R})", Flags)]
    private static partial Regex NumericRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<y>{Year4})-(?<b>[01]\d)-(?<a>[0-3]\d)){R})", Flags)]
    private static partial Regex IsoRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<mod>{Mod})[-\s]+)?(?<year>{Year4})){R}(?!\s*(?:%|percent|per\s+cent|people|troops|soldiers|members|workers|jobs|units|cases|dollars|euros|yuan|tons|tonnes|miles|km|kilometres|kilometers|metres|meters|feet|votes|students|companies|children|residents|shares|points|[-\s]?(?:ton|pound|year|-))))", Flags)]
    private static partial Regex YearRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?<dec>(?:1[6-9]|20)\d)0'?s){R})", Flags)]
    private static partial Regex DecadeRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?:(?<rel>last|next|this|current|past|previous|latest|year-ago|year-earlier|fiscal)\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)(?<u>quarter|half)(?:\s+of\s+(?:(?:fiscal|the\s+year)\s+)?(?<year>{Year4})|,?\s+(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex QuarterRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?<year>{Year4})\s+(?<ord>first|second|third|fourth)[-\s]+(?<u>quarter|half)){R})", Flags)]
    private static partial Regex YearQuarterRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?<rel>last|next|this|current|past|previous|latest|year-ago|year-earlier|fiscal)\s+(?<u>quarter)){R})", Flags)]
    private static partial Regex QuarterRelRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>the\s+(?<rel>(?:year-ago|year-earlier|latest)\s+)?(?<u>quarter|period)){R})", Flags)]
    private static partial Regex QuarterTheRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<rel>this|last|next)\s+year[’']s|the\s+(?<year>{Year4}))\s+(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)?(?<u>quarter|half|period)){R})", Flags)]
    private static partial Regex YearsQuarterRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+year\s+)?(?<c>nineteen|two\s+thousand)(?:[-\s]+(?:and\s+)?(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|hundred))?(?:[-\s]+(?<ones>one|two|three|four|five|six|seven|eight|nine))?){R}(?!\s+(?:years?|months?|days?|weeks?|hours?|people|dollars|troops)\b))", Flags)]
    private static partial Regex SpelledYearRule();

    // "year-earlier results": the quarter being reported, a year back.
    [GeneratedRegex($@"\G(?:{L}(?<t>(?<rel>year-earlier|year-ago))(?!\s+(?:quarter|period)){R})", Flags)]
    private static partial Regex YearAgoRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>the\s+weekend){R})", Flags)]
    private static partial Regex TheWeekendRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<mod>{Mod})\s+)?the\s+(?:(?<q>full|current|latest)\s+)?(?:fiscal\s+)?year){R}(?!-|\s+(?:ago|earlier|before|after|later|nineteen|two|of\s+the|\d)))", Flags)]
    private static partial Regex TheYearRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?<m1>{TimexRules.MonthFull}|spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+(?<c>nineteen|two\s+thousand)(?:[-\s]+(?:and\s+)?(?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:[-\s]+(?<ones>one|two|three|four|five|six|seven|eight|nine))?){R})", Flags)]
    private static partial Regex MonthSpelledYearRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<the>the\s+)?(?<rel>last|next|this|coming|past|previous|following|early|late)\s+)?(?<wd>{TimexRules.Weekday})(?:\s+(?<pod>{TimexRules.PartOfDay}))?){R})", Flags)]
    private static partial Regex WeekdayRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight|last\s+night|(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening)|tomorrow\s+night|earlier\s+today|later\s+today)(?:\s+(?<pod>morning|afternoon|evening|night))?){R})", Flags)]
    private static partial Regex ReldayRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?:early|late|mid)[-\s])?(?<pod>morning|afternoon|evening|night)\s+(?<w>yesterday|today|tomorrow|{TimexRules.Weekday})){R})", Flags)]
    private static partial Regex PodDayRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<pre>earlier|later|early|late|{Mod})\s+)?(?<the>the\s+)?(?<rel>last|next|this|coming|past|previous|current|following|same)\s+(?:(?<q>election|calendar|school|academic)\s+(?=year))?(?<u>week|weekend|month|year|decade|century|spring|summer|fall|autumn|winter)){R})", Flags)]
    private static partial Regex RelunitRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<pre>earlier|later)\s+in\s+the\s+(?<u>week|month|year)){R})", Flags)]
    private static partial Regex InTheRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?:about|some|nearly|almost|more\s+than|less\s+than|over|just|only|roughly|around|exactly|barely)\s+)?(?<n>\d+|{TimexRules.NumberWord})(?:(?<=ty)[-\s]+(?<n2>one|two|three|four|five|six|seven|eight|nine))?\s+(?<u>{TimexRules.Unit})\s+(?<dir>ago|earlier|later|from\s+now|hence|before(?=\s*[,.;]|$)|after(?=\s*[,.;]|$))){R})", Flags)]
    private static partial Regex AgoRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>the\s+(?:(?<rel>next|following|previous|preceding|same)\s+(?<u>day|week|month|year)|(?<u>day|week|month|year)\s+(?<dir>before|after|earlier|later))|(?<rel>that)\s+(?<u>day|week|month|year)){R})", Flags)]
    private static partial Regex AnaphorRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?:(?<rel>past|last|next|first|coming|previous|final|latest|following|recent|initial|full|entire)\s+)?(?:(?<mod>more\s+than|less\s+than|nearly|almost|about|over|some|at\s+least|up\s+to|roughly|around|approximately|under|just|only|fewer\s+than)\s+)?(?<n>\d+(?:\.\d+)?|{TimexRules.NumberWord})(?:(?<=ty)[-\s]+(?<n2>one|two|three|four|five|six|seven|eight|nine))?[-\s]+(?<u>{TimexRules.Unit})(?:[-\s]+long)?){R})", Flags)]
    private static partial Regex DurationRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:the\s+)?(?<rel>recent|coming|past|next|last|previous)\s+(?<u>days|weeks|months|years|decades)){R})", Flags)]
    private static partial Regex VagueDurationRule();

    [GeneratedRegex($@"\G(?:(?<![\d,.]\s*|(?:\d|\b(?:{TimexRules.NumberWord}))[-\s]+[a-z]+[-\s]+|\b(?:{TimexRules.NumberWord}|a|an|few|several|many|some|the|these|those|recent|past|next|coming|last|of|couple|dozen|hundred|thousand|million|first|final|early|initial|school|light|dog|salad|glory|happy|good|bad|old|golden)[-\s]+)(?<t>(?<u>years|months|weeks|days|decades))(?!\s+(?:old|ago|earlier|later)\b){R})", Flags)]
    private static partial Regex BarePluralRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<h>[01]?\d)(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.?|p\.m\.?|am|pm)(?:\s+(?<tz>[A-Z]{{2,4}}T|GMT|UTC))?(?:,?\s+(?:on\s+)?(?:(?<wd>{TimexRules.Weekday}|today|yesterday|tomorrow)|(?<m1>{TimexRules.MonthAny})\s+(?<day>[0-3]?\d)\b))?){R})", Flags)]
    private static partial Regex ClockRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<w>noon|midnight|midday)(?:\s+(?:on\s+)?(?<wd>{TimexRules.Weekday}|today|yesterday|tomorrow))?){R})", Flags)]
    private static partial Regex NoonRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)|(?:every|each)\s+(?:(?<n>other|two|three|four|five|six)\s+)?(?<u>day|week|month|year|hour|quarter|morning|evening|night|summer|winter|{TimexRules.Weekday}|{TimexRules.MonthFull})s?|(?<times>once|twice|three\s+times)\s+(?:a|per|every)\s+(?<u>day|week|month|year)){R})", Flags)]
    private static partial Regex SetRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?<w>now|currently|recently|the\s+future|the\s+past|nowadays|these\s+days)){R})", Flags)]
    private static partial Regex RefRule();

    [GeneratedRegex($@"\G(?:{L}(?<t>(?:(?<rel>last|this|next|early|late|mid|the)[-\s]+)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?<year>{Year4}))?){R})", Flags)]
    private static partial Regex SeasonRule();

    private const int MaxWordsBack = 4;

    /// <summary>Fills <paramref name="starts"/> with <paramref name="position"/>'s word start and those of up to four words before, nearest first.</summary>
    private static int WordStartsBefore(string text, int position, Span<int> starts)
    {
        var i = position;
        while (i > 0 && IsWordChar(text[i - 1]))
            i--;
        var count = 0;
        starts[count++] = i;
        if (i != position)
            starts[count++] = position;
        while (count <= MaxWordsBack && i > 0)
        {
            var j = i;
            while (j > 0 && (text[j - 1] is ' ' or ',' or '\t'))
                j--;
            if (j == i || j == 0 || !IsWordChar(text[j - 1]))
                break;
            while (j > 0 && IsWordChar(text[j - 1]))
                j--;
            starts[count++] = j;
            i = j;
        }
        // Nearest first, so that callers walking backwards try the farthest start first.
        if (count > 1 && starts[1] == position)
            (starts[0], starts[1]) = (starts[1], starts[0]);
        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '.';

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<![\d/])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])")]
    private static partial Regex NumericDate();

    private sealed class Context(string text, DateAnchor anchor, bool dayFirst)
    {
        public string Text { get; } = text;

        public DateAnchor Anchor { get; } = anchor;

        public bool DayFirst { get; } = dayFirst;

        /// <summary>The last date resolved so far in reading order.</summary>
        public string? Reference { get; set; }

        /// <summary>Tense cues of this text, indexed when first asked for.</summary>
        public TenseDetector Tense => field ??= new TenseDetector(Text);
    }

    private sealed record Found(TimexType Type, string? Value, string Note, bool Anaphoric = false);

    // A rule runs only where its keyword occurs: the keyword expression finds places cheaply, and the full pattern is
    // then tried anchored at the keyword and at the starts of the few words before it ("the past two years").
    private sealed class Rule(string name, Regex core, Regex pattern, Func<Match, Context, Found?> build)
    {
        private static int _count;

        public string Name { get; } = name;

        /// <summary>Declaration order: the earlier rule wins a tie in length.</summary>
        public int Order { get; } = Interlocked.Increment(ref _count);

        public Regex Core { get; } = core;

        /// <summary>The full pattern, anchored with \G where the search starts.</summary>
        public Regex Pattern { get; } = pattern;

        public Func<Match, Context, Found?> Build { get; } = build;
    }

    private sealed record Candidate(int Start, int End, Rule Rule, Match Match, Found Found)
    {
        public int Length => End - Start;
    }
}
