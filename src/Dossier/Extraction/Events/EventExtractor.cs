using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>The "events" stage: who did what with whom, where and when, one <see cref="EventMention"/> per trigger,
/// coded in PLOVER with the CAMEO code alongside.</summary>
/// <remarks>
/// Triggers come from <see cref="EventTriggers"/>. Actors are the subject phrase before a verb trigger (or the
/// possessor of a noun trigger, or the sentence's subject), targets the phrase after it; "X and Y" gives two
/// actors. The place is the first "in/at Place" of the sentence (a place mention when the entities stage ran; a meeting
/// the sentence does not place takes the place of its party's visit told before, see <c>docs/events.md</c>), the
/// date the nearest resolved date of the sentence (when the dates stage ran), and the status comes from tense and
/// modality: will/set to/due to → planned, expected/may/likely → expected, postponed → planned, inside reported
/// speech → reported, past or present tense → happened. See <c>docs/quotes.md</c> (events section).
/// </remarks>
public sealed class EventExtractor : IDocStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("events", Layers.CleanText | Layers.Sentences, Layers.Events,
        "Events (meet, visit, call, warn, urge, accuse, sanction, agree, deploy…) in PLOVER with actors, targets, place, date, status.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc with { Events = Extract(doc) };
    }

    /// <summary>The events of <paramref name="doc"/>, in text order.</summary>
    public static ImmutableArray<EventMention> Extract(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var t = QuoteExtractor.View(doc);
        // Reported speech (indirect, or direct with a speech verb): what it tells is someone's report. Content opening
        // with a possessive is the object of a verb, not speech ("Lopez concluded her visit …").
        var reported = (doc.Layers & Layers.Quotes) != 0
            ? doc.Quotes.Where(q => (q.Cue is not null || q.Speaker is not null) && (q.Direct || !OpensWithPossessive(doc[q.Content])) && !Negated(doc, q.Cue))
                .Select(q => q.Content).ToList()
            : [];
        var places = (doc.Layers & Layers.Mentions) != 0
            ? doc.Mentions.Where(m => m.Kind is EntityKind.Gpe or EntityKind.Loc or EntityKind.Facility).Select(m => m.Span).ToList()
            : null;
        var people = (doc.Layers & Layers.Mentions) != 0
            ? doc.Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Span).ToList()
            : null;
        var dates = (doc.Layers & Layers.Dates) != 0 ? doc.Dates.Where(d => d.Value is not null).ToList() : [];
        var events = ImmutableArray.CreateBuilder<EventMention>();
        var previousSentence = -1;
        EventTrigger[]? candidates = null;
        for (var i = 0; i < t.Count; i++)
        {
            var compound = CompoundParties(t, i);
            if (compound is null && !EventTriggers.ByFirstWord.TryGetValue(t.Lower[i], out candidates))
                continue;
            var s = t.SentenceOf[i];
            var first = AfterHeading(t, t.SentenceFirst[s], t.SentenceEnd[s]);
            var end = t.SentenceEnd[s];
            if (i < first || (t.IsCapitalised(i) && i != first))
                continue;
            foreach (var trigger in compound is null ? candidates! : [EventTriggers.CompoundMeeting])
            {
                var length = compound is null ? Matches(t, i, end, trigger.Parts) : 1;
                if (length == 0 || (i + length < end && EventTriggers.NotAfter.Contains(t.Lower[i + length])))
                    continue;
                var built = compound is { } parties ? Finish(t, trigger, i, length, first, end, [.. parties], [], reported, places, dates, Window(t, i, first, 4))
                    : Build(t, trigger, i, length, first, end, reported, places, people, dates);
                // "… plans for Lopez to meet Li, although a meeting was arranged in June": a meeting noun that takes
                // up the meeting the sentence just told is held by the same parties.
                // "an agreement reached between Lopez and Li at a meeting in May": the meeting where it was reached is theirs.
                if (built is null && compound is null && trigger.Words == "meeting" && previousSentence == s && i - 1 > first
                    && t.Lower[i - 1] is "a" or "the" && events[^1] is var previous
                    && (previous is { Category: "CONSULT", Mode: "" } || (previous.Category == "AGREE" && i - 2 > first && t.Lower[i - 2] == "at"))
                    && !previous.Actors.IsEmpty && (!previous.Targets.IsEmpty || previous.Actors.Length >= 2))
                    built = Finish(t, trigger, i, length, first, end, [.. previous.Actors], [.. previous.Targets], reported, places, dates, Window(t, i, first, 4));
                if (built is { } found)
                {
                    if (found.Date is null && ContextDate(doc, t, first, dates, found.Status, events) is { } inferred)
                        found = found with { Date = inferred.Iso, DateFromContext = !inferred.InParagraph };
                    // "He met X and spoke with Y": the second verb shares the first one's subject.
                    if (found.Actors.IsEmpty && previousSentence == s && i - 1 > first && t.Lower[i - 1] == "and")
                        found = found with { Actors = events[^1].Actors };
                    events.Add(found);
                    previousSentence = s;
                    i += length - 1;
                }
                break;
            }
        }
        return CarryPlaces(doc, ResolveDefinites(t, ResolvePronouns(doc, t, events.ToImmutable())));
    }

    // "Lopez's visit to Tarsis … Lopez also met students": a meeting the report tells without a place happened where
    // the report has taken its party. A CONSULT without a place takes the place of the closest earlier visit (or
    // arrival) whose visitor is one of its parties (the actor who visits, or the guest a host welcomes), when both are
    // told alike (both happened, or both plans) and their dates, when both have one, are days at most two days apart.
    // A report that takes that visitor to several places (a tour: Tarsis, then Hanoi) places nothing this way.
    private static ImmutableArray<EventMention> CarryPlaces(Doc doc, ImmutableArray<EventMention> events)
    {
        if (!events.Any(e => e.Place is not null && IsVisit(e)))
            return events;
        var builder = events.ToBuilder();
        for (var i = 0; i < builder.Count; i++)
        {
            var e = builder[i];
            if (e.Category != "CONSULT" || e.Place is not null)
                continue;
            var parties = PartyWords(doc, e, targets: true);
            var visits = events.Where(v => v != e && IsVisit(v) && v.Place is { } && Alike(v, e)
                                           && PartyWords(doc, v, targets: false).Overlaps(parties)).ToList();
            if (visits.Select(v => doc[v.Place!.Value]).Distinct(StringComparer.Ordinal).Count() != 1)
                continue;
            if (visits.Where(v => v.Trigger.Start < e.Trigger.Start).Select(v => v.Place).LastOrDefault() is { } place)
                builder[i] = e with { Place = place };
        }
        return builder.MoveToImmutable();
    }

    private static bool IsVisit(EventMention e) => e.Category == "CONSULT" && e.Mode == "visit" && e.Cameo == "042";

    private static bool Alike(EventMention a, EventMention b)
    {
        if (EventStatus.IsPlan(a.Status) != EventStatus.IsPlan(b.Status))
            return false;
        // "earlier this month", "from April 24 to 26": a date coarser than a day does not tell that the meeting took place
        // during that stop of the stay.
        return EventDate.Parse(a.Date) is not { } x || EventDate.Parse(b.Date) is not { } y
               || (x.Days == 1 && y.Days == 1 && Math.Abs(x.Start.DayNumber - y.Start.DayNumber) <= 2);
    }

    // The name words of an event's actors (as their pronouns resolve) and, when asked, of its targets.
    private static HashSet<string> PartyWords(Doc doc, EventMention e, bool targets)
    {
        var spans = EventStatus.ActorsOf(e);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in targets ? spans.AddRange(e.Targets) : spans)
            words.UnionWith(EventParties.NameWords(doc[span]));
        return words;
    }

    // "Hanoi has not announced plans for Lopez to meet Li, although a meeting was held in June": what nobody
    // announced is not someone's report; the sentence tells it in the reporter's own voice.
    private static bool Negated(Doc doc, TextSpan? cue)
    {
        if (cue is not { } c)
            return false;
        var before = doc.Text[Math.Max(0, c.Start - 12)..c.Start].TrimEnd();
        return before.EndsWith(" not", StringComparison.OrdinalIgnoreCase) || before.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" never", StringComparison.OrdinalIgnoreCase);
    }

    private static bool OpensWithPossessive(string content) =>
        content.StartsWith("his ", StringComparison.Ordinal) || content.StartsWith("her ", StringComparison.Ordinal)
        || content.StartsWith("its ", StringComparison.Ordinal) || content.StartsWith("their ", StringComparison.Ordinal);

    private static bool Possessive(string word) => word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase);

    // "Key Moves: Lopez met …": the words of a heading before its colon are not the sentence's subject.
    private static int AfterHeading(TokenView t, int first, int end)
    {
        for (var k = first; k < end && k < first + 7; k++)
        {
            if (t.Words[k] == ":")
                return k + 1 < end ? k + 1 : first;
            if (!t.IsCapitalised(k) && !char.IsDigit(t.Words[k][0]) && t.Words[k] is not ("." or "(" or ")" or "–" or "-" or "and" or "of" or "with" or "the"))
                return first;
        }
        return first;
    }

    // "A Lopez-Li meeting", "the Lopez-Li meetings": a hyphenated pair of names before a meeting noun names both sides.
    private static TextSpan[]? CompoundParties(TokenView t, int i)
    {
        if (i == 0 || !EventTriggers.MeetingNouns.Contains(t.Lower[i]) || t.SentenceOf[i - 1] != t.SentenceOf[i])
            return null;
        var word = t.Words[i - 1];
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == word.Length - 1 || word.IndexOf('-', hyphen + 1) >= 0 || !char.IsUpper(word[0]) || !char.IsUpper(word[hyphen + 1]))
            return null;
        var start = t.Spans[i - 1].Start;
        return [new TextSpan(start, start + hyphen), new TextSpan(start + hyphen + 1, t.Spans[i - 1].End)];
    }

    // "He met US business leaders": a pronoun actor stands for the person the quote stage's salience model picks,
    // so that reports naming the party differently still merge. Quotations stay candidates as they are for speakers.
    private static ImmutableArray<EventMention> ResolvePronouns(Doc doc, TokenView t, ImmutableArray<EventMention> events)
    {
        var pronouns = events.SelectMany(e => e.Actors).Where(a => (QuoteCues.Pronouns.TryGetValue(doc[a], out var one) && one && !doc[a].Equals("it", StringComparison.OrdinalIgnoreCase) && !doc[a].Equals("I", StringComparison.Ordinal))
                || Possessive(doc[a]))
            .Distinct().ToList();
        if (pronouns.Count == 0)
            return events;
        var quotes = (doc.Layers & Layers.Quotes) != 0 ? doc.Quotes.ToList() : [];
        var probes = pronouns.Select(p => new Quote(p, p, p, null, false)).ToList();
        IReadOnlyList<TextSpan>? people = (doc.Layers & Layers.Mentions) != 0
            ? [.. doc.Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Span)]
            : null;
        var resolved = SpeakerResolver.Resolve(t, [.. quotes, .. probes], people);
        var map = new Dictionary<TextSpan, TextSpan>();
        // "… praised Haddad's approach when he visited Tarsis": a pronoun opening a subordinate clause stands for
        // the nearest person named before it in the sentence.
        foreach (var p in pronouns)
        {
            var k = t.TokenAtOrAfter(p.Start);
            if (people is null || k <= 0 || k >= t.Count)
                continue;
            var from = t.Spans[t.SentenceFirst[t.SentenceOf[k]]].Start;
            // "Lopez, the new envoy, opened her visit": the owner of a journey is the person the sentence is about,
            // the first one it names.
            if (Possessive(doc[p]))
            {
                if (people.Where(m => m.End <= p.Start && m.Start >= from).OrderBy(m => m.Start).Select(m => (TextSpan?)m).FirstOrDefault() is { } topic)
                    map[p] = topic;
                continue;
            }
            // "Lopez will hold talks on Friday, during which she is expected to …": after a preposition and "which" (the
            // occasion), the pronoun is the person the sentence is about, the first one it names.
            if (k - 2 >= 0 && t.Lower[k - 1] == "which" && t.Lower[k - 2] is "during" or "in" or "at" or "after" or "before")
            {
                // The holder of the occasion the sentence told before ("The head of the delegation will hold talks with
                // Li …, during which he …"), else the first person it names.
                var subject = events.Where(e => e.Trigger.End <= p.Start && e.Trigger.Start >= from && !e.Actors.IsEmpty && !pronouns.Contains(e.Actors[0]))
                                  .Select(e => (TextSpan?)e.Actors[0]).LastOrDefault()
                              ?? people.Where(m => m.End <= p.Start && m.Start >= from).OrderBy(m => m.Start).Select(m => (TextSpan?)m).FirstOrDefault();
                if (subject is { } s)
                    map[p] = s;
                continue;
            }
            if (!EventTriggers.ClauseOpeners.Contains(t.Lower[k - 1]) || t.Lower[k - 1] is "which" or "who" or "whom" or "whose")
                continue;
            if (people.Where(m => m.End <= p.Start && m.Start >= from).OrderByDescending(m => m.End).Select(m => (TextSpan?)m).FirstOrDefault() is { } nearest)
                map[p] = nearest;
        }
        for (var k = 0; k < probes.Count; k++)
        {
            if (!map.ContainsKey(pronouns[k]) && resolved[quotes.Count + k].Antecedent is { } a && a != pronouns[k] && char.IsUpper(doc[a][0]))
                map[pronouns[k]] = a;
        }
        return [.. events.Select(e => e.Actors.Any(map.ContainsKey)
            ? e with { ActorReferents = [.. e.Actors.Select(a => map.TryGetValue(a, out var name) ? name : a)] }
            : e)];
    }

    // "A Freedonian foreign ministry official said … But the official criticised …": a definite "the" + one noun takes
    // up the nearest phrase of the last three sentences ending in that noun with a capitalised word before it.
    private static ImmutableArray<EventMention> ResolveDefinites(TokenView t, ImmutableArray<EventMention> events)
    {
        ImmutableArray<EventMention>.Builder? builder = null;
        for (var n = 0; n < events.Length; n++)
        {
            var e = events[n];
            var referents = EventStatus.ActorsOf(e);
            var changed = false;
            var resolved = referents.ToBuilder();
            for (var a = 0; a < resolved.Count; a++)
            {
                var k = t.TokenAtOrAfter(resolved[a].Start);
                if (k + 1 >= t.Count || t.Lower[k] != "the" || t.Spans[k + 1].End != resolved[a].End || !EventTriggers.GovernmentHeads.Contains(t.Lower[k + 1]))
                    continue;
                if (Antecedent(t, k, t.Lower[k + 1]) is { } antecedent)
                {
                    resolved[a] = antecedent;
                    changed = true;
                }
            }
            if (!changed)
                continue;
            builder ??= events.ToBuilder();
            builder[n] = e with { ActorReferents = resolved.ToImmutable() };
        }
        return builder?.ToImmutable() ?? events;
    }

    private static TextSpan? Antecedent(TokenView t, int the, string noun)
    {
        var from = t.SentenceFirst[Math.Max(0, t.SentenceOf[the] - 3)];
        for (var k = the - 1; k >= from; k--)
        {
            if (t.Lower[k] != noun)
                continue;
            var m = k - 1;
            while (m >= from && k - m <= 4 && char.IsLetter(t.Words[m][0]) && !QuoteCues.Determiners.Contains(t.Words[m]))
                m--;
            var start = m + 1;
            if (start < k && Enumerable.Range(start, k - start).Any(j => t.IsCapitalised(j)))
                return t.Span(start, k + 1);
        }
        return null;
    }

    // A sentence that names no date: the latest date named earlier in its paragraph ("On Tuesday Austin spoke with
    // Dong. The two men also discussed …"). Nothing else: the month a report was published is when it was written,
    // not when its events happened, and the export contract wants null rather than a guess presented as fact.
    private static (string Iso, bool InParagraph)? ContextDate(Doc doc, TokenView t, int first, List<DateMention> dates, string status,
        IReadOnlyList<EventMention> earlier)
    {
        var sentenceStart = t.Spans[first].Start;
        var paragraphStart = sentenceStart == 0 ? 0 : doc.Text.LastIndexOf('\n', sentenceStart - 1) + 1;
        var named = dates.Where(d => d.Span.End <= sentenceStart && !IsBoundary(t, d)).ToList();
        if (named.Where(d => d.Span.Start >= paragraphStart).Select(d => EventDate.Parse(d.Value)).LastOrDefault(d => d is not null) is { } own)
            return (own.Iso, true);
        // "She met bankers before flying home": the report's story happens on the day its lead names (the first
        // day or week the report names), not on a later background date ("two days after Li signed a law").
        // What happened cannot have happened after the report was published.
        // Nor on a day the report names only as a plan ("will hold meetings on June 18-19"): that day is still to come.
        var published = EventDate.Parse(doc.Metadata.Published);
        var happened = !EventStatus.IsPlan(status);
        return named
            .Where(d => !happened || !PlannedOn(doc, earlier, d))
            .Select(d => EventDate.Parse(d.Value))
            .FirstOrDefault(d => d is { Days: <= 7 } && (!happened || published is not { } p || d.Value.End <= p.End)) is { } carried
            ? (carried.Iso, false)
            : null;
    }

    // A date in a sentence whose events are all plans or expectations dates a plan.
    private static bool PlannedOn(Doc doc, IReadOnlyList<EventMention> events, DateMention date)
    {
        var told = events.Where(e => doc.SentenceAt(e.Trigger.Start) is { } sentence && sentence.Contains(date.Span)).ToList();
        return told.Count > 0 && told.All(e => EventStatus.IsPlan(e.Status));
    }

    // "… after Biden signed a law …, and less than a month before Lai takes office on 20 May": a date in another
    // clause, past a subordinator or ", and", dates that clause's event.
    private static bool AcrossClause(TokenView t, int trigger, int date)
    {
        var (from, to) = trigger < date ? (trigger + 1, date) : (date + 1, trigger);
        for (var k = from; k < to; k++)
        {
            if (t.Lower[k] is "before" or "after" or "when" or "while" or "until" or "since" or "whereas" or "although" or "though" or "because"
                || (t.Lower[k] is "and" or "but" && k > 0 && t.Words[k - 1] == ",")
                || (t.Lower[k] == "as" && k + 1 < to && (t.IsCapitalised(k + 1) || QuoteCues.Pronouns.ContainsKey(t.Words[k + 1]))))
                return true;
        }
        return false;
    }

    private static bool IsBoundary(TokenView t, DateMention d) =>
        d.Cue is { } cue && BoundaryCues.Contains(t.Text[cue.Start..cue.End].ToLowerInvariant());

    private static readonly HashSet<string> BoundaryCues = ["since", "until", "till", "before", "after"];

    private static int Matches(TokenView t, int i, int end, string[] parts)
    {
        if (i + parts.Length > end)
            return 0;
        var offset = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            // "talks on Friday with", "talks in Beijing with": a short time or place adjunct before the last "with".
            if (k == parts.Length - 1 && k > 0 && parts[k] == "with" && t.Lower[i + k] != "with")
                offset = AdjunctLength(t, i + k, end);
            // "called Thursday on the United States …": a day between the verb and its particle.
            if (k == parts.Length - 1 && k > 0 && parts[k] == "on" && i + k + 1 < end && t.Lower[i + k] != "on"
                && (IsTimeWord(t.Words[i + k]) || t.Lower[i + k] is "today" or "yesterday" or "again") && t.Words[i + k] is not ("The" or "A"))
                offset = 1;
            if (i + k + offset >= end || t.Lower[i + k + offset] != parts[k])
                return 0;
        }
        return parts.Length + offset;
    }

    private static int AdjunctLength(TokenView t, int k, int end)
    {
        if (k + 1 >= end || t.Lower[k] is not ("on" or "in" or "at" or "this" or "next" or "last"))
            return 0;
        var m = k + 1;
        while (m < end && m - k <= 3 && t.IsCapitalised(m))
            m++;
        if (m == k + 1 && t.Lower[k] is "this" or "next" or "last" && t.Lower[m] is "week" or "weekend" or "month" or "year")
            m++;
        return m > k + 1 && m < end && t.Lower[m] == "with" ? m - k : 0;
    }

    private static EventMention? Build(TokenView t, EventTrigger trigger, int i, int length, int first, int end,
        List<TextSpan> reported, List<TextSpan>? places, List<TextSpan>? people, List<DateMention> dates)
    {
        var before = Window(t, i, first, 4);
        var baseForm = !trigger.Past && !t.Lower[i].EndsWith('s') && !t.Lower[i].EndsWith("ing", StringComparison.Ordinal);
        var actors = new List<TextSpan>();
        var targets = new List<TextSpan>();
        var shape = trigger.Shape;
        // A bare base form ("visit", "meet") is a noun or an imperative unless a modal or "to" governs it; a possessed
        // journey with a time or place ("his visit in June", "will begin her visit Monday in Hanoi") is a visit.
        var possessed = shape == ActorShape.Verb && baseForm && i - 1 > first && (t.Lower[i - 1] is "his" or "her" or "their" or "’s" or "'s"
            || (i - 2 > first && t.Lower[i - 2] is "his" or "her" or "their" or "’s" or "'s" && !t.IsCapitalised(i - 1)));
        if (shape == ActorShape.Verb && baseForm && (possessed || !before.Any(w => EventTriggers.Planned.Contains(w) || EventTriggers.Expected.Contains(w)))
            && !PluralSubjectBefore(t, i, first))
        {
            // "in Hanoi on Monday for her second visit": the journey a sentence is about.
            if (trigger.Mode != "visit" || Possessor(t, i, first) is not { } owner
                || !(JourneyAdjunct(t, i + length, end) || ForJourney(t, i, first)))
                return null;
            actors.Add(owner);
            shape = ActorShape.Noun;
        }
        // "likely meeting President Li", "before meeting Hanoi's leaders": a bare "meeting" reports a meeting only as a
        // gerund with its guest named right after it.
        if (trigger.Words == "meeting" && (i + 1 >= end || !t.IsCapitalised(i + 1) || IsTimeWord(t.Words[i + 1])
                                           || (i - 1 >= first && QuoteCues.Determiners.Contains(t.Words[i - 1]))))
            return null;
        // "Lopez was in Hanoi last week": being somewhere is a visit only for a person named as the subject and a place
        // named right after ("was in talks", "the ship was in Manila" are not).
        if (trigger.Words == "was in" && (places is null || i + 2 >= end || !places.Any(p => p.Start == t.Spans[i + 2].Start)
                                          || PersonBefore(t, i, first, people) is null))
            return null;
        // "Lopez, visiting the governor, said …": a participle in apposition to a name; elsewhere "visiting" describes
        // ("visiting scholars", "a visiting delegation").
        if (trigger.Words == "visiting" && (i - 2 < first || t.Words[i - 1] != "," || SpeakerPhrase.LeftOf(t, i - 1, first) is not { } visitor
                                            || !t.IsCapitalised(visitor.End - 1)))
            return null;
        // "an agreement to resume flights reached between Lopez and Li", "the agreement reached with Li": a noun of
        // agreement is an event only with the sides it was reached between or with; "a trade agreement" is a thing.
        if (trigger.Words == "agreement")
        {
            var reached = Enumerable.Range(i + 1, 8).FirstOrDefault(k => k + 2 < end && t.Lower[k] == "reached" && t.Lower[k + 1] is "with" or "between", -1);
            if (reached < 0 || Enumerable.Range(i + 1, reached - i - 1).Any(k => t.Words[k] is "," or ";"))
                return null;
            if (t.Lower[reached + 1] == "between" && SpeakerPhrase.RightOf(t, reached + 1, end) is { } one && t.IsCapitalised(one.End - 1)
                && one.End + 1 < end && t.Lower[one.End] == "and" && SpeakerPhrase.RightOf(t, one.End, end) is { } other && t.IsCapitalised(other.End - 1))
                return Finish(t, trigger, i, length, first, end, [t.Span(one.First, one.End), t.Span(other.First, other.End)], [], reported, places, dates, before);
            if (t.Lower[reached + 1] != "with" || SpeakerPhrase.RightOf(t, reached + 1, end) is not { } side || !t.IsCapitalised(side.End - 1))
                return null;
            var holder = i - 1 > first && t.Words[i - 1] is "’s" or "'s" ? SpeakerPhrase.LeftOf(t, i - 1, first) : SpeakerPhrase.RightOf(t, first - 1, i);
            return holder is { } h
                ? Finish(t, trigger, i, length, first, end, [t.Span(h.First, h.End)], [t.Span(side.First, side.End)], reported, places, dates, before)
                : null;
        }
        // "moved ahead with a bill" is a law's passage; "moved ahead with talks" is not.
        if (trigger.Parts[^1] == "with" && trigger.Cameo == "172"
            && !Enumerable.Range(i + length, 3).Any(k => k < end && EventTriggers.LawNouns.Contains(t.Lower[k])))
            return null;
        // "the first minister to visit Hanoi": the infinitive describes someone, it reports no event.
        if (i - 1 > first && t.Lower[i - 1] == "to" && Describes(t, i - 1, first))
            return null;
        // "Lopez's visit to ease tensions": a purpose infinitive, not a journey to a place.
        if (shape == ActorShape.Noun && trigger.Parts[^1] == "to" && i + length < end && !t.IsCapitalised(i + length) && !QuoteCues.Determiners.Contains(t.Words[i + length]))
            return null;

        if (actors.Count > 0)
        {
            // a possessed journey: its owner acts
        }
        else if (trigger.Category == "FIGHT" && shape == ActorShape.Noun)
        {
            // "Ruritania's invasion of Tarsis", "an alleged Ruritanian strike on …": the possessor or the country
            // adjective before the noun attacks; without one the sentence does not say who did.
            if (i - 1 > first && t.Words[i - 1] is "’s" or "'s" && SpeakerPhrase.LeftOf(t, i - 1, first) is { } attacker)
                actors.Add(t.Span(attacker.First, attacker.End));
            else if (i - 1 >= first && t.IsCapitalised(i - 1) && CountryWord(t.Words[i - 1]))
                actors.Add(t.Spans[i - 1]);
        }
        else if (shape == ActorShape.Verb && t.Lower[i].EndsWith("ing", StringComparison.Ordinal) && i - 1 > first
                 && t.Lower[i - 1] is "after" or "before" or "while" or "since" or "when"
                 && (FrontedClauseSubject(t, i + length, first, end) ?? SpeakerPhrase.RightOf(t, first - 1, i)) is { } mainSubject
                 && mainSubject.End <= i - 1 && t.IsCapitalised(mainSubject.End - 1))
        {
            // "Ruritania invaded Tarsis days after agreeing a pact with Freedonia": a gerund after a subordinator has
            // the main clause's subject.
            actors.Add(t.Span(mainSubject.First, mainSubject.End));
        }
        else if (trigger.Words == "visiting" && SpeakerPhrase.LeftOf(t, i - 1, first) is { } guestOf)
        {
            actors.Add(t.Span(guestOf.First, guestOf.End));
        }
        else if (shape == ActorShape.Verb)
        {
            // "The governor of the province, Omar Haddad, welcomed …": the name in apposition acts.
            var subject = Appositive(t, i, first);
            // "Lopez met Premier Li Wei, who cautioned against …": the relative pronoun stands for the name before it.
            if (subject is null && i - 2 > first && t.Lower[i - 1] == "who" && t.Words[i - 2] == ","
                && SpeakerPhrase.LeftOf(t, i - 2, first) is { } antecedent && t.IsCapitalised(antecedent.End - 1))
                subject = antecedent;
            // "plans for Blinken to meet Xi": the phrase before the infinitive's "to" acts.
            subject ??= i - 1 > first && t.Lower[i - 1] == "to" ? SpeakerPhrase.LeftOf(t, i - 1, first) : null;
            subject ??= SpeakerPhrase.LeftOf(t, i, first);
            // "Ruritania has in recent weeks accused Freedonia": adverbials between the subject and its verb.
            subject ??= AcrossAdverbials(t, i, first);
            // "the two leaders failed to agree": the subject of the verb governing the infinitive.
            if (subject is null && i - 2 > first && t.Lower[i - 1] == "to")
                subject = SpeakerPhrase.LeftOf(t, i - 2, first);
            // "during which she is due to plead": the subject before "is due to", "is expected to".
            if (subject is null && i - 2 > first && t.Lower[i - 1] == "to")
            {
                var j = i - 2;
                while (j > first && (EventTriggers.Expected.Contains(t.Lower[j]) || EventTriggers.Planned.Contains(t.Lower[j]) || t.Lower[j] is "is" or "are" or "was" or "were" or "be"))
                    j--;
                if (j < i - 2)
                    subject = SpeakerPhrase.LeftOf(t, j + 1, first);
            }
            if (subject is null && before.Contains("to"))
                subject = SpeakerPhrase.RightOf(t, first - 1, i);
            subject ??= CoordinatedSubject(t, i, first);
            // "… after Tarsis snubbed him": a place named right before the verb acts as its government.
            if (subject is null && places is not null && i - 1 >= first && places.FirstOrDefault(p => p.End == t.Spans[i - 1].End) is { Length: > 0 } state)
                subject = (t.TokenAtOrAfter(state.Start), i);
            if (subject is null && i - 1 > first && t.IsCapitalised(i - 1) && EntityLexicon.Default.CountryOf(t.Words[i - 1], capitals: true) is not null)
                subject = (i - 1, i);
            // "The head of the delegation will hold talks": a description the speaker phrase does not cover.
            subject ??= DescriptionSubject(t, i, first);
            AddWithCoordination(t, subject, first, actors);
        }
        else if (i - 1 > first && t.Words[i - 1] is "’s" or "'s" && SpeakerPhrase.LeftOf(t, i - 1, first) is { } owner)
        {
            actors.Add(t.Span(owner.First, owner.End));
        }
        else if (NounSubject(t, i, first) is { } carrier)
        {
            actors.Add(t.Span(carrier.First, carrier.End));
        }
        else if (FrontedClauseSubject(t, i + length, first, end) is { } main)
        {
            // "Speaking after a meeting with Lopez, Li said …": the main clause's subject met him.
            actors.Add(t.Span(main.First, main.End));
        }
        else if (shape == ActorShape.Noun && LightVerbBefore(t, i, first) is { } light && PersonBefore(t, light, first, people) is { } person)
        {
            // "The head of the delegation will have talks with …": a description the entities stage named.
            actors.Add(person);
        }
        else if (shape == ActorShape.Noun && LightVerbBefore(t, i, first) is { } carrierVerb && DescriptionSubject(t, carrierVerb, first) is { } described)
        {
            // "The head of the delegation will have talks with …" when no entities stage named it: the description acts.
            actors.Add(t.Span(described.First, described.End));
        }
        else if (SpeakerPhrase.RightOf(t, first + 1 < i && t.Words[first + 1] == "," ? first + 1 : first - 1, i) is { } sentenceSubject)
        {
            // "Notably, Li smiled … during discussions with Lopez": past an opening adverb.
            actors.Add(t.Span(sentenceSubject.First, sentenceSubject.End));
        }

        var k = i + length;
        // "the law passed by Congress", "was hosted by Li": the agent of a passive acts.
        if (k + 1 < end && t.Lower[k] == "by" && (shape == ActorShape.Noun || (trigger.Past && i - 1 > first && t.Lower[i - 1] is "was" or "were" or "been" or "be"))
            && SpeakerPhrase.RightOf(t, k, end) is { } agent && t.IsCapitalised(agent.End - 1))
        {
            var patient = actors.ToList();
            actors.Clear();
            actors.Add(t.Span(agent.First, agent.End));
            if (shape == ActorShape.Verb)
                targets.AddRange(patient);
            k = agent.End;
        }
        // "have met or called their counterparts": a second verb sharing the object.
        if (k + 1 < end && t.Lower[k] is "or" or "and" && !t.IsCapitalised(k + 1) && t.Lower[k + 1].EndsWith("ed", StringComparison.Ordinal))
            k += 2;
        while (k < end && t.Lower[k] is "with" or "to" or "on" or "by" or "between")
            k++;
        // "reiterated its commitment to defending allies": the gerund after the pledge is not a party.
        if (trigger.Category == "AGREE" && trigger.Parts[^1] == "to" && k < end && t.Lower[k].EndsWith("ing", StringComparison.Ordinal))
            k++;
        // "criticised what they called Freedonia's strategy", "condemned Freedonia's policy": the owner of what is
        // criticised is criticised.
        if (trigger.Category is "ACCUSE" or "THREATEN" or "REJECT")
        {
            var m = k;
            if (m + 3 < end && t.Lower[m] == "what" && QuoteCues.Pronouns.ContainsKey(t.Words[m + 1]) && t.Lower[m + 2] is "called" or "calls" or "described" or "termed")
                m += 3;
            var stop = NameEnd(t, m, end);
            if (stop > m && stop + 1 < end && t.Words[stop] is "’s" or "'s" && !t.IsCapitalised(stop + 1))
                targets.Add(t.Span(m, stop));
        }
        // "warns about Freedonian exports", "cautioned against Ruritanian firms": the country the warning is about.
        if (trigger.Category is "THREATEN" or "ACCUSE" && k + 1 < end && t.Lower[k] is "about" or "against" or "over"
            && t.IsCapitalised(k + 1) && CountryWord(t.Words[k + 1]))
            targets.Add(t.Spans[k + 1]);
        if (targets.Count == 0 && SpeakerPhrase.RightOf(t, k - 1, end) is { } obj)
        {
            // "spoke with China's defense minister, Adm. Dong Jun, by video": the name in apposition is the party.
            if (obj.End + 1 < end && t.Words[obj.End] == "," && !t.IsCapitalised(obj.End - 1)
                && SpeakerPhrase.RightOf(t, obj.End, end) is { } named && t.IsCapitalised(named.End - 1) && !QuoteCues.Pronouns.ContainsKey(t.Words[named.First]))
                obj = named;
            // "Hanoi’s top brass", "Tarsis’s senior cadres": a government head the speaker phrase stops short of.
            if (obj.End < end && !t.IsCapitalised(obj.End - 1) && EventTriggers.GovernmentHeads.Contains(t.Lower[obj.End]))
                obj = (obj.First, obj.End + 1);
            // "entertained several leaders including President Li Wei": the named members are the guests.
            if (Including(t, obj.End, end) is { } members)
                obj = members;
            targets.Add(t.Span(obj.First, obj.End));
            if (obj.End + 1 < end && t.Lower[obj.End] == "and" && SpeakerPhrase.RightOf(t, obj.End, end) is { } second)
                targets.Add(t.Span(second.First, second.End));
        }
        // "agreeing a partnership with Freedonia", "agreed a deal with …": the side the agreement is made with.
        if (trigger.Category == "AGREE" && targets.All(x => !char.IsUpper(t.Text[x.Start..x.End].Split(' ')[^1].FirstOrDefault()))
            && AgreedWith(t, i + length, end) is { } partner)
        {
            targets.Clear();
            targets.Add(partner);
        }
        // "warn Freedonian companies are …", "a strike on a Ruritanian consulate": outside meetings, a description of a
        // country's firms or buildings stands for the country.
        if (trigger.Category != "CONSULT")
        {
            for (var n = 0; n < targets.Count; n++)
            {
                if (CountryModifier(t, targets[n]) is { } country)
                    targets[n] = country;
            }
        }
        // A law's target is whom it acts against ("a bill forcing the sale of Tarsis Media"), never the law itself.
        if (trigger.Cameo == "172")
        {
            targets.Clear();
            if (LawTarget(t, i + length, end) is { } against)
                targets.Add(against);
        }
        // "its commitment to defending allies like Freedonia": the named members of the group.
        if (targets.Count == 0 && trigger.Category == "AGREE" && Including(t, k, end) is { } allies)
            targets.Add(t.Span(allies.First, allies.End));
        // "meets top cadres in Hanoi": unnamed officials of a named place are that place's.
        if (targets.Count == 0 && OfficialsOf(t, k, end) is { } officials)
            targets.Add(officials);
        if (shape == ActorShape.Noun && actors.Count == 0 && InWhich(t, i + length, end) is { } inWhich)
        {
            // "a phone call on Monday in which Premier Li told Lopez …": the relative clause names both sides.
            actors.Add(t.Span(inWhich.Actor.First, inWhich.Actor.End));
            targets.Clear();
            if (inWhich.Target is { } tt)
                targets.Add(t.Span(tt.First, tt.End));
        }
        if (trigger.Parts[^1] == "that")
        {
            // "alleged that Freedonian ships were searched at Ruritanian ports": what is alleged is a clause; the party
            // it blames is the other country it names, when it names one besides the accuser's own.
            targets.Clear();
            if (AllegedAgainst(t, i + length, end, actors) is { } blamed)
                targets.Add(blamed);
        }
        if (trigger.Category == "MOBILIZE")
            targets.Clear(); // what is deployed is not acted upon: MOBILIZE has no recipient
        if (trigger.Parts[^1] == "between" && targets.Count == 2 && (actors.Count == 0 || shape == ActorShape.Noun))
        {
            // "a meeting between Lopez and Li", "the summit between …": both sides act.
            actors.Clear();
            actors.AddRange(targets);
            targets.Clear();
        }
        if (trigger.Category == "CONSULT" && trigger.Mode == "visit" && trigger.Cameo == "043" && targets.Count == 0)
            return null; // "received a letter": hosting needs a guest
        if (trigger.Category == "REQUEST" && trigger.Words.StartsWith("press", StringComparison.Ordinal) && targets.Count == 0)
            return null;
        // "agreeing" alone ("agreeing to disagree") or an attack on nobody named reports nothing.
        if ((trigger.Words == "agreeing" || trigger.Category == "FIGHT") && targets.Count == 0)
            return null;
        // A meeting noun nobody holds ("reluctance to engage in talks with Freedonia") reports no event; an attack on a
        // named country is one though the sentence does not say who attacked.
        if (actors.Count == 0 && (targets.Count == 0 || (shape == ActorShape.Noun && trigger.Category != "FIGHT")))
            return null;
        return Finish(t, trigger, i, length, first, end, actors, targets, reported, places, dates, before);
    }

    private static EventMention? Finish(TokenView t, EventTrigger trigger, int i, int length, int first, int end,
        List<TextSpan> actors, List<TextSpan> targets, List<TextSpan> reported, List<TextSpan>? places, List<DateMention> dates, string[] before)
    {
        var sentence = t.Span(first, end);
        var triggerSpan = t.Span(i, i + length);
        var place = Place(t, i, actors.Count > 0 ? actors.Min(a => a.Start) : triggerSpan.Start, first, end, places)
                    ?? WhereAntecedent(t, i, first, places) ?? JourneyBefore(t, trigger, i, first, places);
        // "visited the industrial city of Tarsis": the place a description of the destination names.
        if (place is null && trigger.Mode == "visit" && trigger.Cameo == "042" && DestinationOf(t, i + length, end, places) is { } destination)
        {
            place = destination;
            targets.RemoveAll(target => target.Start < destination.End);
        }
        if (place is null && trigger.Mode == "visit" && trigger.Cameo == "042" && targets.Count > 0 && EndsWithName(t.Text[targets[0].Start..targets[0].End]))
        {
            place = targets[0];
            targets.Clear();
        }
        // "alleged that … at Ruritanian ports": a place inside what is alleged is not where the allegation was made.
        if (trigger.Parts[^1] == "that" && place is { } inClause && inClause.Start > triggerSpan.End)
            place = null;
        if (place is { } at)
            targets.RemoveAll(target => at.Contains(target)); // the place itself, not "top cadres in Hanoi"
        if (actors.Count == 0 && targets.Count == 0 && place is null)
            return null;
        // "the first call since November 2022" dates the previous call, not this one: a date led by since/until/before/after
        // is a boundary, never the event's own date.
        // "a video call last week": the nearest point in the calendar the sentence names, in export form (a week as
        // its first and last day); durations ("three-day") and vague references ("in the past") date nothing.
        var date = dates
            .Where(d => sentence.Contains(d.Span) && !IsBoundary(t, d) && !AcrossClause(t, i, t.TokenAtOrAfter(d.Span.Start)))
            .Select(d => (Mention: d, Calendar: EventDate.Parse(d.Value)))
            .Where(d => d.Calendar is not null)
            .OrderBy(d => Math.Abs(d.Mention.Span.Start - triggerSpan.Start))
            .Select(d => d.Calendar!.Value.Iso)
            .FirstOrDefault();
        // "While Ruritania denies X, Freedonia warns Y": speech opened in a fronted subordinate clause ends at that
        // clause's comma; the main clause's own subject and verb are no one's report.
        if (actors.Count > 0 && t.Lower[first] is "while" or "although" or "though" or "whereas" or "as" or "if" or "because" or "when")
        {
            var subjectStart = actors.Min(a => a.Start);
            reported = [.. reported.Where(r => !(r.Start < subjectStart && r.Contains(triggerSpan) && t.Text[r.Start..subjectStart].TrimEnd().EndsWith(',')))];
        }
        var status = Status(t, trigger, i, first, end, before, reported, triggerSpan);
        return new EventMention(triggerSpan, trigger.Category, trigger.Mode, trigger.Cameo, [.. actors], [.. targets], place, date, status);
    }

    // "US officials warn …", "they urge …": a base form after a plural subject is a present tense, not a noun.
    private static bool PluralSubjectBefore(TokenView t, int i, int first) =>
        i - 1 >= first && (t.Lower[i - 1] is "they" or "we"
                           || (EventTriggers.GovernmentHeads.Contains(t.Lower[i - 1]) && t.Lower[i - 1].EndsWith('s') && i - 2 >= first
                               && !QuoteCues.Determiners.Contains(t.Words[i - 2]) && t.Lower[i - 2] is not ("of" or "with" or "to" or "for" or "by")));

    // A word that names a country: a demonym or alias ("Ruritanian" when listed, "Chinese", "US"), or its name.
    private static bool CountryWord(string word) => EntityLexicon.Default.CountryOf(word) is not null;

    // "Freedonian companies", "a Norwegian fuel depot": a description headed by a common noun whose first word
    // (past its determiner) is a country word stands for that country.
    private static TextSpan? CountryModifier(TokenView t, TextSpan span)
    {
        var k = t.TokenAtOrAfter(span.Start);
        var last = k;
        while (last + 1 < t.Count && t.Spans[last + 1].End <= span.End)
            last++;
        if (k < t.Count && QuoteCues.Determiners.Contains(t.Words[k]))
        {
            k++;
            // "a Norwegian" when the phrase stopped at the adjective: the country word itself.
            if (k == last && t.IsCapitalised(k) && CountryWord(t.Words[k]))
                return t.Spans[k];
        }
        if (k >= last || !t.IsCapitalised(k) || !CountryWord(t.Words[k]) || t.IsCapitalised(last) || !char.IsLetter(t.Words[last][0]))
            return null;
        return t.Spans[k];
    }

    // "agreeing a “lasting” partnership with Freedonia": the name after "with" a few words on.
    private static TextSpan? AgreedWith(TokenView t, int k, int end)
    {
        for (var m = k; m + 1 < end && m - k <= 7; m++)
        {
            if (t.Words[m] is "," or ";" || (EventTriggers.ClauseOpeners.Contains(t.Lower[m]) && t.Lower[m] != "as"))
                return null;
            if (t.Lower[m] == "with")
                return SpeakerPhrase.RightOf(t, m, end) is { } named && t.IsCapitalised(named.End - 1) ? t.Span(named.First, named.End) : null;
        }
        return null;
    }

    // "a bill forcing the sale of Tarsis Media", "a law requiring that the Tarsis app be sold", "funds for countering
    // Ruritania's influence": the first name after a word of restriction, in the clause that describes the law.
    private static TextSpan? LawTarget(TokenView t, int k, int end)
    {
        for (var m = k; m < end && m - k <= 16; m++)
        {
            if (t.Words[m] is ";" || (t.Words[m] == "," && m + 1 < end && t.Lower[m + 1] is "and" or "but" or "while"))
                return null;
            if (!EventTriggers.Restricting.Contains(t.Lower[m]))
                continue;
            for (var n = m + 1; n < end && n - m <= 9; n++)
            {
                if (t.Words[n] is "," or ";" or "." )
                    return null;
                if (!t.IsCapitalised(n) || IsTimeWord(t.Words[n]))
                    continue;
                return t.Span(n, NameEnd(t, n, end));
            }
            return null;
        }
        return null;
    }

    // The first country word of an alleged clause that is not the accuser's own country ("Oslo alleged that Norwegian
    // sailors were questioned at Swedish ports": Sweden; the capital counts as its country).
    private static TextSpan? AllegedAgainst(TokenView t, int k, int end, List<TextSpan> actors)
    {
        var own = actors.SelectMany(a => t.Text[a.Start..a.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => EntityLexicon.Default.CountryOf(w.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal), capitals: true))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var m = k; m < end; m++)
        {
            if (t.Words[m] is ";")
                return null;
            if (t.IsCapitalised(m) && EntityLexicon.Default.CountryOf(t.Words[m], capitals: true) is { } country && !own.Contains(country))
                return t.Spans[m];
        }
        return null;
    }

    // "a stop in Tarsis, where she met Li": a trigger inside a where-clause happened at the place the clause follows.
    private static TextSpan? WhereAntecedent(TokenView t, int i, int first, List<TextSpan>? places)
    {
        if (places is null)
            return null;
        for (var k = i - 1; k - 2 >= first && i - k <= 10; k--)
        {
            if (t.Words[k] is ";" or "“" or "”" or "\"")
                return null;
            if (t.Lower[k] != "where" || t.Words[k - 1] != ",")
                continue;
            var endAt = t.Spans[k - 2].End;
            return places.Where(p => p.End == endAt).Select(p => (TextSpan?)p).FirstOrDefault();
        }
        return null;
    }

    // "flies to Tarsis for talks": a meeting noun after "for" is held where the journey before it goes.
    private static TextSpan? JourneyBefore(TokenView t, EventTrigger trigger, int i, int first, List<TextSpan>? places)
    {
        if (places is null || trigger.Shape != ActorShape.Noun || i - 3 < first || t.Lower[i - 1] != "for")
            return null;
        var endAt = t.Spans[i - 2].End;
        foreach (var p in places.Where(p => p.End == endAt))
        {
            var k = t.TokenAtOrAfter(p.Start);
            if (k - 1 >= first && t.Lower[k - 1] == "to")
                return p;
        }
        return null;
    }

    // "the industrial city of Tarsis", "the capital of Freedonia": a description of a place followed by its name.
    private static TextSpan? DestinationOf(TokenView t, int k, int end, List<TextSpan>? places)
    {
        if (places is null || k >= end || t.Lower[k] != "the")
            return null;
        var m = k + 1;
        while (m < end && m - k <= 3 && !t.IsCapitalised(m) && char.IsLetter(t.Words[m][0]) && t.Lower[m] != "of")
            m++;
        if (m == k + 1 || m + 1 >= end || t.Lower[m] != "of")
            return null;
        var start = t.Spans[m + 1].Start;
        return places.Where(p => p.Start == start).Select(p => (TextSpan?)p).FirstOrDefault();
    }

    // Where the run of capitalised words from token k ends ("Tarsis Media said": after "Media"); a time word ("Tarsis
    // Monday") is no part of a name.
    private static int NameEnd(TokenView t, int k, int end)
    {
        while (k < end && t.IsCapitalised(k) && !IsTimeWord(t.Words[k]))
            k++;
        return k;
    }

    // "visited Guangzhou" names a place; "visits by other cabinet members" does not.
    private static bool EndsWithName(string phrase) => char.IsUpper(phrase[(phrase.LastIndexOf(' ') + 1)..].FirstOrDefault());

    private static TextSpan? OfficialsOf(TokenView t, int k, int end)
    {
        var m = k;
        while (m < end && m - k < 3 && !t.IsCapitalised(m) && char.IsLetter(t.Words[m][0]) && !EventTriggers.GovernmentHeads.Contains(t.Lower[m]))
            m++;
        if (m >= end - 2 || !EventTriggers.GovernmentHeads.Contains(t.Lower[m]) || t.Lower[m + 1] is not ("in" or "from" or "of") || !t.IsCapitalised(m + 2))
            return null;
        var stop = NameEnd(t, m + 2, end);
        return stop > m + 2 ? t.Span(k, stop) : null;
    }

    // "several leaders including President Li Wei", "officials, including Li", "allies like Freedonia": the names after
    // "including" or "like" that follows a plural group.
    private static (int First, int End)? Including(TokenView t, int after, int end)
    {
        var k = after;
        while (k < end && k - after <= 1 && !t.IsCapitalised(k) && char.IsLetter(t.Words[k][0]) && t.Lower[k] is not ("including" or "like" or "to" or "that" or "who" or "which"))
            k++;
        if (k < end && t.Words[k] == ",")
            k++;
        if (k + 1 >= end || t.Lower[k] is not ("including" or "like") || !t.Lower[k - (t.Words[k - 1] == "," ? 2 : 1)].EndsWith('s'))
            return null;
        return SpeakerPhrase.RightOf(t, k, end) is { } named && t.IsCapitalised(named.End - 1) ? named : null;
    }

    // "The head of the delegation will have …": a description "the X of Y" opening the sentence, right before the
    // (auxiliaries of the) verb at <paramref name="verb"/>.
    private static (int First, int End)? DescriptionSubject(TokenView t, int verb, int first)
    {
        var j = verb - 1;
        while (j > first && EventTriggers.Auxiliaries.Contains(t.Lower[j]))
            j--;
        if (j - first is < 3 or > 6 || t.Lower[first] != "the" || t.Lower[first + 2] != "of")
            return null;
        for (var k = first + 1; k <= j; k++)
        {
            if (!char.IsLetter(t.Words[k][0]))
                return null;
        }
        return (first, j + 1);
    }

    // "Lopez's visit", "her previous visit": the owner of a journey noun, skipping up to two modifiers.
    private static TextSpan? Possessor(TokenView t, int i, int first)
    {
        var k = i - 1;
        while (k > first && i - k <= 2 && !t.IsCapitalised(k) && char.IsLetter(t.Words[k][0]) && !QuoteCues.Determiners.Contains(t.Words[k]))
            k--;
        if (k < first)
            return null;
        if (t.Lower[k] is "his" or "her" or "their")
            return t.Spans[k];
        return k - 1 > first && t.Words[k] is "’s" or "'s" && SpeakerPhrase.LeftOf(t, k, first) is { } owner ? t.Span(owner.First, owner.End) : null;
    }

    private static bool ForJourney(TokenView t, int i, int first)
    {
        for (var k = i - 1; k > first && i - k <= 3; k--)
        {
            // "in Hanoi on Monday for her visit" (the sentence places the journey), not "hopes for her visit".
            if (t.Lower[k] == "for")
                return k - 1 > first && t.IsCapitalised(k - 1);
        }
        return false;
    }

    // A time or place right after a journey noun: "visit in June", "visit Monday", "visit to Hanoi".
    private static bool JourneyAdjunct(TokenView t, int k, int end)
    {
        if (k >= end)
            return false;
        if (IsTimeWord(t.Words[k]) && t.Words[k] is not ("The" or "A"))
            return true;
        return k + 1 < end && t.Lower[k] is "in" or "to" or "on" && t.IsCapitalised(k + 1) && t.Words[k + 1] is not ("The" or "A");
    }

    // "the first minister to visit", "the highest-ranking envoy to visit": an ordinal or superlative
    // heading the phrase before the infinitive.
    private static bool Describes(TokenView t, int to, int first)
    {
        for (var k = to - 1; k > first && to - k <= 8; k--)
        {
            if (EventTriggers.Describing.Contains(t.Lower[k]) && t.Lower[k - 1] == "the")
                return true;
            if (t.Words[k] is "," or ";" || EventTriggers.Planned.Contains(t.Lower[k]) || EventTriggers.Expected.Contains(t.Lower[k]))
                return false;
        }
        return false;
    }

    // "X, Omar Haddad, welcomed": a name set off by commas right before the verb.
    private static (int First, int End)? Appositive(TokenView t, int i, int first)
    {
        if (i - 3 <= first || t.Words[i - 1] != ",")
            return null;
        var m = i - 2;
        while (m > first && t.IsCapitalised(m) && i - m <= 5)
            m--;
        return t.Words[m] == "," && m < i - 2 && m + 1 < i - 1 && !QuoteCues.Pronouns.ContainsKey(t.Words[m + 1]) ? (m + 1, i - 1) : null;
    }

    private static (int First, int End)? AcrossAdverbials(TokenView t, int i, int first)
    {
        var k = i - 1;
        while (k > first && i - k <= 5 && EventTriggers.SubjectAdverbials.Contains(t.Lower[k]))
            k--;
        return k < i - 1 ? SpeakerPhrase.LeftOf(t, k + 1, first) : null;
    }

    // "Speaking after a meeting with Lopez, Li praised …": a sentence opened by
    // a participle clause holding the trigger; its subject is the main clause's, after the clause's comma.
    private static (int First, int End)? FrontedClauseSubject(TokenView t, int after, int first, int end)
    {
        // "A day before meeting Li, Lopez toured …": a gerund after an opening "before"/"after" clause is the main
        // subject's too.
        var opener = after - 2 >= first && Enumerable.Range(first, Math.Min(3, after - first)).Any(k => t.Lower[k] is "before" or "after" or "while")
                     && t.Lower[after - 1].EndsWith("ing", StringComparison.Ordinal) && t.Lower[after - 2] is "before" or "after" or "while";
        if (!opener && (!t.Lower[first].EndsWith("ing", StringComparison.Ordinal) || t.Lower[first].Length < 5))
            return null;
        for (var k = after; k + 1 < end && k < after + (opener ? 20 : 8); k++)
        {
            if (t.Words[k] != ",")
                continue;
            var main = SpeakerPhrase.RightOf(t, k, end) is { } s && t.IsCapitalised(s.End - 1) ? s : ((int First, int End)?)null;
            // "before meeting Li to discuss trade, Russia and Iran, Lopez toured …": a list item is not the subject.
            if (opener && main is { } m && m.End < end && t.Lower[m.End] is "and" or "or" or ",")
                continue;
            return main;
        }
        return null;
    }

    // "Blinken will hold meetings in China and may meet with Xi": a verb after "and" shares the subject of the
    // clause before it, found at that clause's auxiliary or past-tense verb.
    private static (int First, int End)? CoordinatedSubject(TokenView t, int i, int first)
    {
        var k = i - 1;
        while (k > first && (QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[k]) || EventTriggers.Expected.Contains(t.Lower[k]) || EventTriggers.Planned.Contains(t.Lower[k])))
            k--;
        if (k <= first || t.Lower[k] != "and")
            return null;
        for (var m = k - 1; m > first; m--)
        {
            if (t.Words[m] is "," or ";" or "“" or "”" or "\"")
                break;
            if ((EventTriggers.Auxiliaries.Contains(t.Lower[m]) || (t.Lower[m].EndsWith("ed", StringComparison.Ordinal) && !t.IsCapitalised(m)))
                && SpeakerPhrase.LeftOf(t, m, first) is { } subject)
                return subject;
        }
        return null;
    }

    private static ((int First, int End) Actor, (int First, int End)? Target)? InWhich(TokenView t, int from, int end)
    {
        for (var k = from; k + 2 < end && k < from + 5; k++)
        {
            if (t.Lower[k] is not ("which" or "whom") || t.Lower[k - 1] is not ("in" or "during" or "at"))
                continue;
            if (SpeakerPhrase.RightOf(t, k, end) is not { } actor || QuoteCues.Pronouns.ContainsKey(t.Words[actor.First]))
                return null;
            var verb = actor.End;
            if (verb >= end || !char.IsLower(t.Words[verb][0]))
                return null;
            return (actor, SpeakerPhrase.RightOf(t, verb, end) is { } target && t.IsCapitalised(target.End - 1) ? target : null);
        }
        return null;
    }

    private static int? LightVerbBefore(TokenView t, int i, int first)
    {
        for (var k = i - 1; k > first && i - k <= 3; k--)
        {
            if (EventTriggers.LightVerbs.Contains(t.Lower[k]))
                return k;
        }
        return null;
    }

    // A person mention ending right before token k, past auxiliaries ("… diplomacy will have").
    private static TextSpan? PersonBefore(TokenView t, int k, int first, List<TextSpan>? people)
    {
        if (people is null)
            return null;
        var j = k - 1;
        while (j > first && EventTriggers.Auxiliaries.Contains(t.Lower[j]))
            j--;
        var endAt = t.Spans[j].End;
        var from = t.Spans[first].Start;
        return people.Where(p => p.End == endAt && p.Start >= from).Select(p => (TextSpan?)p).FirstOrDefault();
    }

    // "Austin held a video call with …": the subject of the light verb carrying the noun.
    private static (int First, int End)? NounSubject(TokenView t, int i, int first)
    {
        var k = i - 1;
        while (k > first && i - k <= 3 && (QuoteCues.Determiners.Contains(t.Words[k]) || (!t.IsCapitalised(k) && !EventTriggers.LightVerbs.Contains(t.Lower[k]) && char.IsLetter(t.Words[k][0]))))
            k--;
        if (k <= first || !EventTriggers.LightVerbs.Contains(t.Lower[k]))
            return null;
        // "prompting Haddad to postpone a visit": the phrase before the infinitive's "to".
        return k - 1 > first && t.Lower[k - 1] == "to" ? SpeakerPhrase.LeftOf(t, k - 1, first) ?? SpeakerPhrase.LeftOf(t, k, first) : SpeakerPhrase.LeftOf(t, k, first);
    }

    private static void AddWithCoordination(TokenView t, (int First, int End)? subject, int first, List<TextSpan> actors)
    {
        if (subject is not { } s)
            return;
        actors.Add(t.Span(s.First, s.End));
        // "Joe Biden and Xi Jinping met": both act.
        if (s.First - 2 >= first && t.Lower[s.First - 1] == "and" && SpeakerPhrase.LeftOf(t, s.First - 1, first) is { } other)
            actors.Insert(0, t.Span(other.First, other.End));
    }

    private static IEnumerable<string> Earlier(TokenView t, int i, int first, int size)
    {
        for (var k = i - 1; k >= first && i - k <= size; k--)
            yield return t.Lower[k];
    }

    private static IEnumerable<string> Later(TokenView t, int i, int end, int size)
    {
        for (var k = i + 1; k < end && k - i <= size; k++)
            yield return t.Lower[k];
    }

    private static string[] Window(TokenView t, int i, int first, int size)
    {
        var from = Math.Max(first, i - size);
        return [.. Enumerable.Range(from, i - from).Select(k => t.Lower[k])];
    }

    private static string Status(TokenView t, EventTrigger trigger, int i, int first, int end, string[] before,
        List<TextSpan> reported, TextSpan triggerSpan)
    {
        // "prompting Haddad to postpone a visit", "the talks were postponed": the postponement is next to its event.
        for (var k = Math.Max(first, i - 4); k < end && k <= i + 6; k++)
        {
            if (EventTriggers.Postponed.Contains(t.Lower[k]))
                return "planned";
        }
        // "she might hold talks after Ruritania snubbed her": a modal does not reach past a subordinator into the
        // clause it opens.
        if (Earlier(t, i, first, 8).TakeWhile(w => w is not ("after" or "because" or "since" or "although" or "though" or "when" or "while")).Any(EventTriggers.Expected.Contains))
            return "expected";
        // "has not announced plans for Lopez to meet Li": a plan nobody announced is only a possibility.
        var earlier = Earlier(t, i, first, 8).ToList();
        if (earlier.Any(w => w is "plans" or "plan" or "planned") && earlier.Any(w => w is "not" or "no" or "n't"))
            return "expected";
        var present = !trigger.Past && !t.Lower[i].EndsWith("ed", StringComparison.Ordinal);
        // "voiced hope that she would one day hold talks": a hope, not a plan.
        if (present && Earlier(t, i, first, 12).Any(EventTriggers.Hoped.Contains) && before.Any(w => w is "would" or "will" or "to"))
            return "expected";
        // "to" plans only the infinitive it governs ("plans for Lopez to meet"), not a past verb after it ("ties had
        // begun to steady but warned").
        if (before.Any(w => w != "to" && EventTriggers.Planned.Contains(w)) || (i - 1 >= first && t.Lower[i - 1] == "to"))
            return "planned";
        // "flies to Hanoi for talks", "heading to Hanoi for talks": a purpose, unless the journey is told in the past.
        if (trigger.Shape == ActorShape.Noun && i - 1 >= first && t.Lower[i - 1] == "for"
            && !Earlier(t, i, first, 6).Any(w => w is "was" or "were" or "had" || w.EndsWith("ed", StringComparison.Ordinal) || QuoteCues.IrregularPastCues.Contains(w)))
            return "planned";
        // "the next stop is set to be harder when she meets Li", "heads to Hanoi this weekend": a
        // present tense under a plan earlier in the sentence, or with a time to come, tells a plan.
        if (present && (Earlier(t, i, first, 12).Any(w => w is "will" or "set" or "due" or "scheduled")
                        || Later(t, i, end, 6).Any(w => w is "tomorrow" or "weekend" or "next" or "later")))
            return "planned";
        // "officials said Blinken had met …": the report of someone else.
        if (reported.Any(r => r.Contains(triggerSpan)))
            return "reported";
        return "happened";
    }

    // The first place after the trigger; else one before it in the same clause as the actor ("In Brussels, Austin
    // met …"), not one from an earlier clause ("Yellen was in Beijing …, and Austin spoke with …").
    private static TextSpan? Place(TokenView t, int after, int clauseStart, int first, int end, List<TextSpan>? places)
    {
        TextSpan? found = null;
        for (var k = first; k + 1 < end; k++)
        {
            if (t.Lower[k] is not ("in" or "at") || !t.IsCapitalised(k + 1) || IsTimeWord(t.Words[k + 1]))
                continue;
            var stop = NameEnd(t, k + 1, end);
            var span = t.Span(k + 1, stop);
            if (places is not null && !places.Any(p => p.Overlaps(span)))
                continue;
            if (stop < end && t.Words[stop] is "’s" or "'s")
                continue; // "at New York University's Shanghai campus": the possessor is not where it happened
            if (k >= after)
                return OpensClause(t, after, k) ? found : span;
            // "After a strike … in Tarsis, Lopez spoke with Li": a place in an opening subordinate clause.
            if (OpensClause(t, first, k))
                continue;
            var between = t.TokenAtOrAfter(clauseStart);
            var sameClause = true;
            for (var m = stop; m < between; m++)
                sameClause &= t.Lower[m] is not ("and" or ";" or "but" or "while" or "that");
            if (sameClause)
                found = span;
        }
        return found;
    }

    // True when a subordinate or relative clause opens in [from, to): "met students …, where she hoped to
    // teach in Freedonia", "hold talks … after Ruritania snubbed her at a summit in Tarsis".
    private static bool OpensClause(TokenView t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (EventTriggers.ClauseOpeners.Contains(t.Lower[k]) && !(t.Lower[k] == "as" && k + 1 < to && t.Lower[k + 1] is "well" or "part"))
                return true;
        }
        return false;
    }

    private static bool IsTimeWord(string word) => word is "January" or "February" or "March" or "April" or "May" or "June"
        or "July" or "August" or "September" or "October" or "November" or "December" or "Monday" or "Tuesday"
        or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "The" or "A";
}
