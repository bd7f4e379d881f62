using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>The "events" stage: who did what with whom, where and when, one <see cref="EventMention"/> per trigger,
/// coded in PLOVER with the CAMEO code alongside.</summary>
/// <remarks>
/// Triggers come from <see cref="EventTriggers"/>. Actors are the subject phrase before a verb trigger (or the
/// possessor of a noun trigger, or the sentence's subject), targets the phrase after it; "X and Y" gives two
/// actors. The place is the first "in/at Place" of the sentence (a place mention when the entities stage ran), the
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
        var reported = (doc.Layers & Layers.Quotes) != 0 ? doc.Quotes.Where(q => !q.Direct).Select(q => q.Content).ToList() : [];
        var places = (doc.Layers & Layers.Mentions) != 0
            ? doc.Mentions.Where(m => m.Kind is EntityKind.Gpe or EntityKind.Loc or EntityKind.Facility).Select(m => m.Span).ToList()
            : null;
        var dates = (doc.Layers & Layers.Dates) != 0 ? doc.Dates.Where(d => d.Value is not null).ToList() : [];
        var events = ImmutableArray.CreateBuilder<EventMention>();
        var previousSentence = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (!EventTriggers.ByFirstWord.TryGetValue(t.Lower[i], out var candidates))
                continue;
            var s = t.SentenceOf[i];
            var first = t.SentenceFirst[s];
            var end = t.SentenceEnd[s];
            if (t.IsCapitalised(i) && i != first)
                continue;
            foreach (var trigger in candidates)
            {
                var length = Matches(t, i, end, trigger.Parts);
                if (length == 0 || (i + length < end && EventTriggers.NotAfter.Contains(t.Lower[i + length])))
                    continue;
                if (Build(t, trigger, i, length, first, end, reported, places, dates) is { } found)
                {
                    if (found.Date is null && ContextDate(doc, t, first, dates) is { } inferred)
                        found = found with { Date = inferred };
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
        return ResolvePronouns(doc, t, events.ToImmutable());
    }

    // "He met US business leaders": a pronoun actor stands for the person the quote stage's salience model picks,
    // so that reports naming the party differently still merge. Quotations stay candidates as they are for speakers.
    private static ImmutableArray<EventMention> ResolvePronouns(Doc doc, TokenView t, ImmutableArray<EventMention> events)
    {
        var pronouns = events.SelectMany(e => e.Actors).Where(a => QuoteCues.Pronouns.TryGetValue(doc[a], out var one) && one && !doc[a].Equals("it", StringComparison.OrdinalIgnoreCase) && !doc[a].Equals("I", StringComparison.Ordinal))
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
        for (var k = 0; k < probes.Count; k++)
        {
            if (resolved[quotes.Count + k].Antecedent is { } a && a != pronouns[k] && char.IsUpper(doc[a][0]))
                map[pronouns[k]] = a;
        }
        return [.. events.Select(e => e.Actors.Any(map.ContainsKey)
            ? e with { ActorReferents = [.. e.Actors.Select(a => map.TryGetValue(a, out var name) ? name : a)] }
            : e)];
    }

    // A sentence that names no date: the latest date named earlier in its paragraph ("On Tuesday Austin spoke with
    // Dong. The two men also discussed …"). Nothing else: the month a report was published is when it was written,
    // not when its events happened, and the export contract wants null rather than a guess presented as fact.
    private static string? ContextDate(Doc doc, TokenView t, int first, List<DateMention> dates)
    {
        var sentenceStart = t.Spans[first].Start;
        var paragraphStart = sentenceStart == 0 ? 0 : doc.Text.LastIndexOf('\n', sentenceStart - 1) + 1;
        return dates
            .Where(d => d.Span.Start >= paragraphStart && d.Span.End <= sentenceStart && !IsBoundary(t, d))
            .Select(d => EventDate.Parse(d.Value))
            .LastOrDefault(d => d is not null)?.Iso;
    }

    // "… after Biden signed a law …, and less than a month before Lai takes office on 20 May": a date in another
    // clause, past a subordinator or ", and", dates that clause's event.
    private static bool AcrossClause(TokenView t, int trigger, int date)
    {
        var (from, to) = trigger < date ? (trigger + 1, date) : (date + 1, trigger);
        for (var k = from; k < to; k++)
        {
            if (t.Lower[k] is "before" or "after" or "when" or "while" or "until" or "since" or "whereas"
                || (t.Lower[k] is "and" or "but" && k > 0 && t.Words[k - 1] == ","))
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
        if (m == k + 1 && t.Lower[k] is "this" or "next" or "last" && t.Lower[m] is "week" or "month")
            m++;
        return m > k + 1 && m < end && t.Lower[m] == "with" ? m - k : 0;
    }

    private static EventMention? Build(TokenView t, EventTrigger trigger, int i, int length, int first, int end,
        List<TextSpan> reported, List<TextSpan>? places, List<DateMention> dates)
    {
        var before = Window(t, i, first, 4);
        var baseForm = !trigger.Past && !t.Lower[i].EndsWith('s') && !t.Lower[i].EndsWith("ing", StringComparison.Ordinal);
        // A bare base form ("visit", "meet") is a noun or an imperative unless a modal or "to" governs it.
        if (trigger.Shape == ActorShape.Verb && baseForm && !before.Any(w => EventTriggers.Planned.Contains(w) || EventTriggers.Expected.Contains(w)))
            return null;

        var actors = new List<TextSpan>();
        var targets = new List<TextSpan>();
        if (trigger.Shape == ActorShape.Verb)
        {
            // "plans for Blinken to meet Xi": the phrase before the infinitive's "to" acts.
            var subject = i - 1 > first && t.Lower[i - 1] == "to" ? SpeakerPhrase.LeftOf(t, i - 1, first) : null;
            subject ??= SpeakerPhrase.LeftOf(t, i, first);
            // "the two leaders failed to agree": the subject of the verb governing the infinitive.
            if (subject is null && i - 2 > first && t.Lower[i - 1] == "to")
                subject = SpeakerPhrase.LeftOf(t, i - 2, first);
            if (subject is null && before.Contains("to"))
                subject = SpeakerPhrase.RightOf(t, first - 1, i);
            subject ??= CoordinatedSubject(t, i, first);
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
        else if (SpeakerPhrase.RightOf(t, first - 1, i) is { } sentenceSubject)
        {
            actors.Add(t.Span(sentenceSubject.First, sentenceSubject.End));
        }

        var k = i + length;
        while (k < end && t.Lower[k] is "with" or "to" or "on" or "by" or "between")
            k++;
        if (SpeakerPhrase.RightOf(t, k - 1, end) is { } obj)
        {
            // "spoke with China's defense minister, Adm. Dong Jun, by video": the name in apposition is the party.
            if (obj.End + 1 < end && t.Words[obj.End] == "," && !t.IsCapitalised(obj.End - 1)
                && SpeakerPhrase.RightOf(t, obj.End, end) is { } named && t.IsCapitalised(named.End - 1) && !QuoteCues.Pronouns.ContainsKey(t.Words[named.First]))
                obj = named;
            targets.Add(t.Span(obj.First, obj.End));
            if (obj.End + 1 < end && t.Lower[obj.End] == "and" && SpeakerPhrase.RightOf(t, obj.End, end) is { } second)
                targets.Add(t.Span(second.First, second.End));
        }
        if (trigger.Shape == ActorShape.Noun && actors.Count == 0 && InWhich(t, i + length, end) is { } inWhich)
        {
            // "a phone call on Monday in which Premier Li told Lopez …": the relative clause names both sides.
            actors.Add(t.Span(inWhich.Actor.First, inWhich.Actor.End));
            targets.Clear();
            if (inWhich.Target is { } tt)
                targets.Add(t.Span(tt.First, tt.End));
        }
        if (trigger.Category == "MOBILIZE")
            targets.Clear(); // what is deployed is not acted upon: MOBILIZE has no recipient
        if (trigger.Words is "meeting between" && targets.Count == 2 && actors.Count == 0)
        {
            actors.AddRange(targets);
            targets.Clear();
        }
        if (trigger.Category == "CONSULT" && trigger.Mode == "visit" && trigger.Cameo == "043" && targets.Count == 0)
            return null; // "received a letter": hosting needs a guest
        if (trigger.Category == "REQUEST" && trigger.Words.StartsWith("press", StringComparison.Ordinal) && targets.Count == 0)
            return null;
        if (actors.Count == 0 && targets.Count == 0)
            return null;

        var sentence = t.Span(first, end);
        var triggerSpan = t.Span(i, i + length);
        var place = Place(t, i + length, actors.Count > 0 ? actors.Min(a => a.Start) : triggerSpan.Start, first, end, places);
        if (place is null && trigger.Mode == "visit" && trigger.Cameo == "042" && targets.Count > 0)
        {
            place = targets[0];
            targets.Clear();
        }
        if (place is { } at)
            targets.RemoveAll(target => target.Overlaps(at));
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
        var status = Status(t, trigger, i, first, end, before, reported, triggerSpan);
        return new EventMention(triggerSpan, trigger.Category, trigger.Mode, trigger.Cameo, [.. actors], [.. targets], place, date, status);
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

    // "Austin held a video call with …": the subject of the light verb carrying the noun.
    private static (int First, int End)? NounSubject(TokenView t, int i, int first)
    {
        var k = i - 1;
        while (k > first && i - k <= 3 && (QuoteCues.Determiners.Contains(t.Words[k]) || (!t.IsCapitalised(k) && !EventTriggers.LightVerbs.Contains(t.Lower[k]) && char.IsLetter(t.Words[k][0]))))
            k--;
        return k > first && EventTriggers.LightVerbs.Contains(t.Lower[k]) ? SpeakerPhrase.LeftOf(t, k, first) : null;
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

    private static string[] Window(TokenView t, int i, int first, int size)
    {
        var from = Math.Max(first, i - size);
        return [.. Enumerable.Range(from, i - from).Select(k => t.Lower[k])];
    }

    private static string Status(TokenView t, EventTrigger trigger, int i, int first, int end, string[] before,
        List<TextSpan> reported, TextSpan triggerSpan)
    {
        for (var k = first; k < end; k++)
        {
            if (EventTriggers.Postponed.Contains(t.Lower[k]))
                return "planned";
        }
        if (before.Any(EventTriggers.Expected.Contains))
            return "expected";
        if (before.Any(EventTriggers.Planned.Contains))
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
            var stop = k + 1;
            while (stop < end && t.IsCapitalised(stop) && !IsTimeWord(t.Words[stop]))
                stop++;
            var span = t.Span(k + 1, stop);
            if (places is not null && !places.Any(p => p.Overlaps(span)))
                continue;
            if (stop < end && t.Words[stop] is "’s" or "'s")
                continue; // "at New York University's Shanghai campus": the possessor is not where it happened
            if (k >= after)
                return span;
            var between = t.TokenAtOrAfter(clauseStart);
            var sameClause = true;
            for (var m = stop; m < between; m++)
                sameClause &= t.Lower[m] is not ("and" or ";" or "but" or "while");
            if (sameClause)
                found = span;
        }
        return found;
    }

    private static bool IsTimeWord(string word) => word is "January" or "February" or "March" or "April" or "May" or "June"
        or "July" or "August" or "September" or "October" or "November" or "December" or "Monday" or "Tuesday"
        or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "The" or "A";
}
