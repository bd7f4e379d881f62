using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>The "event-merge" corpus stage: the same event told by several reports becomes one
/// <see cref="CorpusEvent"/> with evidence from each, and the best-supported status.</summary>
/// <remarks>
/// Two mentions are the same event when their PLOVER category, their actors and their targets agree, their places do
/// not differ, and their dates share a day; an undated mention joins an occasion within two months of when its report
/// was written (its publication date, else the dates it names), or up to half a year before it when told as done. A
/// meeting or call agrees on its two sides together, whichever is the subject; a capital agrees with its country;
/// statements (every category but CONSULT) told undated by two reports stay apart. Parties are keyed by
/// <see cref="EventParties"/>: descriptions of a government ("US officials") stand for the country, groups ("business
/// leaders") for themselves, vague phrases ("the two sides") for no one. Actors and targets
/// are compared by entity id when the corpus has merged entities, else by their name words (capitalised words that
/// are not titles: "Premier Li Wei" agrees with "Li"); pronoun-only actors are not merged. Without entities, the
/// record names parties by the phrases of the first report. Status: a report that it happened beats a report of a report, which
/// beats a plan, which beats an expectation. Ids are <c>v-</c> and 16 hex digits of the SHA-256 of the merge key.
/// </remarks>
public sealed class EventMerger : ICorpusStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("event-merge", Layers.Events, Layers.CorpusEvents,
        "The same event in several reports merged into one, with evidence from each and the best-supported status.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var parties = new EventParties(corpus);

        var members = new List<Member>();
        var unattributed = new List<Member>();
        foreach (var doc in corpus.Articles.OrderBy(d => d.Id.Value, StringComparer.Ordinal))
        {
            var anchor = Anchor(doc);
            foreach (var e in doc.Events)
            {
                var actors = Names(doc, EventStatus.ActorsOf(e), parties);
                var targets = Names(doc, e.Targets, parties);
                if (actors.Count == 0)
                {
                    // "the invasion of Tarsis in May 2022": an attack the sentence does not attribute may still be one
                    // another report attributes (below).
                    if (targets.Count > 0 && !e.DateFromContext && EventDate.Parse(e.Date) is { } own)
                        unattributed.Add(new Member(doc, e, actors, targets, e.Place is { } up ? parties.Key(doc, up) ?? doc[up] : null, own, anchor));
                    continue;
                }
                // A date carried on from earlier in the report dates the record but does not keep reports apart: it
                // stands in for when the report places the event, as its anchor.
                var date = EventDate.Parse(e.Date);
                var place = e.Place is { } p ? parties.Key(doc, p) ?? doc[p] : null;
                members.Add(e.DateFromContext
                    ? new Member(doc, e, actors, targets, place, null, date ?? anchor) { Carried = date }
                    : new Member(doc, e, actors, targets, place, date, anchor));
            }
        }

        // Dated mentions first, so that an undated one ("a meeting with Li") can join the occasion its report is
        // about rather than found a group every later mention falls into.
        var groups = new List<Group>();
        foreach (var member in members.Where(m => m.Date is not null).Concat(members.Where(m => m.Date is null)))
        {
            var e = member.Event;
            var group = groups
                .Where(g => g.Category == e.Category && SameParties(g.Members[0], member)
                            && Compatible(g.Members[0], member) && (g.Place is null || member.Place is null || g.Place == member.Place) && SameTime(g, member)
                            // Warnings, appeals and accusations are made again and again: two undated ones may be two
                            // statements, so they join only when one of them is dated.
                            && (e.Category == "CONSULT" || member.Date is not null || g.Date is not null))
                // "held a video call with Li" joins the call, not a possible meeting of the same two: an occasion in
                // the same mode first.
                .OrderBy(g => g.Members.Any(x => x.Event.Mode == e.Mode) ? 0 : 1)
                .ThenBy(g => member.Date is null && member.Anchor is { } a && g.Date is { } gd ? Distance(gd, a) : 0)
                .ThenBy(g => g.Date?.Days ?? int.MaxValue)
                .FirstOrDefault();
            if (group is null)
                groups.Add(group = new Group(e.Category, member.Date, member.Place, []));
            if (member.Date is { } d && (group.Date is null || d.Days < group.Date.Value.Days))
                group.Date = d; // the most precise report dates the event
            group.Place ??= member.Place;
            group.Members.Add(member);
        }

        // An unattributed mention joins an occasion of its category with the same targets that its own date shares a day
        // with ("Ruritania invaded Tarsis in May 2022" and "the invasion of Tarsis in May 2022"); it founds none.
        foreach (var member in unattributed)
        {
            groups.FirstOrDefault(g => g.Category == member.Event.Category && g.Date is { } gd && gd.Overlaps(member.Date!.Value)
                                       && Agree(g.Members[0].Targets, member.Targets) && (g.Place is null || member.Place is null || g.Place == member.Place))
                ?.Members.Add(member);
        }

        var events = ImmutableArray.CreateBuilder<CorpusEvent>();
        foreach (var group in groups)
        {
            var list = group.Members;
            var best = list.OrderByDescending(x => Rank(x.Event.Status)).First();
            var first = list[0];
            var actors = first.Actors.Select(a => a.Key).ToImmutableArray();
            var targets = first.Targets.Select(t => t.Key).ToImmutableArray();
            var key = string.Join("|", group.Category, string.Join(",", actors), string.Join(",", targets), first.Doc.Id.Value, first.Event.Trigger.Start);
            var date = (group.Date ?? list.Select(x => x.Carried).FirstOrDefault(c => c is not null))?.Iso;
            var evidence = list
                .Select(x => Evidence.Of(x.Doc, Sentence(x.Doc, x.Event.Trigger)))
                .DistinctBy(e => (e.Article, e.Span))
                .ToImmutableArray();
            var triggers = list.Select(x => Evidence.Of(x.Doc, x.Event.Trigger)).ToImmutableArray();
            // "spoke with" in one report, "held a video call" in another: the report that says how coded the mode.
            var coded = list.FirstOrDefault(x => x.Event.Mode.Length > 0) ?? first;
            events.Add(new CorpusEvent(Id(key), first.Event.Category, coded.Event.Mode, coded.Event.Cameo,
                actors, targets, list.Select(x => x.Place).FirstOrDefault(p => p is not null),
                date, best.Event.Status, null, evidence) { Triggers = triggers });
        }
        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return corpus with { Events = events.ToImmutable() };
    }

    private static bool Done(Member m) => !EventStatus.IsPlan(m.Event.Status);

    private static int Rank(string status) => status switch
    {
        "happened" => 3,
        "reported" => 2,
        "planned" => 1,
        _ => 0,
    };

    private sealed record Name(string Key, ImmutableHashSet<string> Words);

    private sealed record Member(Doc Doc, EventMention Event, List<Name> Actors, List<Name> Targets, string? Place, EventDate? Date, EventDate? Anchor)
    {
        /// <summary>A date carried on from earlier in the report, used only when no report dates the event itself.</summary>
        public EventDate? Carried { get; init; }
    }

    private sealed class Group(string category, EventDate? date, string? place, List<Member> members)
    {
        public string Category { get; } = category;

        public EventDate? Date { get; set; } = date;

        public string? Place { get; set; } = place;

        public List<Member> Members { get; } = members;
    }

    // When a report was written: its publication date, else the stretch of the calendar dates it names (an undated
    // AI summary naming "April 24 to 26, 2024" is about that week). Null when neither is known.
    private static EventDate? Anchor(Doc doc)
    {
        if (EventDate.Parse(doc.Metadata.Published) is { } published)
            return published;
        var named = doc.Dates.Select(d => EventDate.Parse(d.Value)).OfType<EventDate>().ToList();
        return named.Count == 0 ? null : new EventDate(named.Min(d => d.Start), named.Max(d => d.End), "");
    }

    // A visit is not a meeting held during it ("Lopez's visit to Hanoi" and "Lopez meets Li in Hanoi");
    // a party nobody could name ("the two sides") is not the absence of one; and one report telling two dates tells
    // two occasions.
    private static bool Compatible(Member a, Member b)
    {
        if ((a.Event.Mode == "visit") != (b.Event.Mode == "visit"))
            return false;
        // "Lopez met" is not "Lopez met Li"; but "Lopez and Li met" is "Lopez met Li" (two sides either way).
        if (a.Event.Targets.IsEmpty != b.Event.Targets.IsEmpty
            && !(Symmetric(a) && Symmetric(b) && a.Actors.Count + a.Targets.Count >= 2 && a.Actors.Count + a.Targets.Count == b.Actors.Count + b.Targets.Count))
            return false;
        // One report does not tell one occasion both as done and as still to come: "spoke with Li earlier this month"
        // and "will hold talks with Li" are two.
        if (a.Doc.Id == b.Doc.Id && Done(a) != Done(b))
            return false;
        return a.Doc.Id != b.Doc.Id || a.Date is not { } x || b.Date is not { } y || x == y;
    }

    // The same actors and the same targets; a meeting or a call is the same whichever side the sentence makes its
    // subject ("Li held discussions with Lopez", "Lopez's meeting with Li", "the summit between Lopez and Li"), so for
    // those the two sides together agree.
    private static bool SameParties(Member a, Member b)
    {
        if (Agree(a.Actors, b.Actors) && Agree(a.Targets, b.Targets))
            return true;
        return Symmetric(a) && Symmetric(b) && Agree([.. a.Actors, .. a.Targets], [.. b.Actors, .. b.Targets]);
    }

    // A meeting, talks or a call: both sides take part alike (a visit or hosting has a guest and a host).
    private static bool Symmetric(Member m) => m.Event.Category == "CONSULT" && m.Event.Mode is "" or "phone";

    private static int Distance(EventDate a, EventDate b) =>
        a.Overlaps(b) ? 0 : Math.Min(Math.Abs(a.Start.DayNumber - b.End.DayNumber), Math.Abs(a.End.DayNumber - b.Start.DayNumber));

    // Dated mentions agree when their stretches share a day ("last week" and "on Tuesday" can be one call; April and
    // May cannot). An undated mention joins an occasion within two months of when its report was written: "a meeting
    // with Li" in a June 2023 report is not the April 2024 meeting. When that time is unknown on either side, time
    // keeps nothing apart.
    private static bool SameTime(Group g, Member m)
    {
        if (m.Date is { } d)
            return g.Date is null || g.Date.Value.Overlaps(d);
        var other = g.Date ?? g.Members[0].Anchor;
        if (m.Anchor is not { } a || other is not { } o)
            return true;
        // "the recent summit between Lopez and Li" told as done: an occasion up to half a year before the report.
        var past = Done(m) && o.End <= a.End;
        return Distance(a, o) <= (past ? 183 : 60);
    }

    // Same number of parties, and each one shares a name word (or the entity id) with one on the other side:
    // "Premier Li Wei" and "Li", "Foreign Minister Wang Yi" and "Wang".
    private static bool Agree(List<Name> a, List<Name> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => x.Words.Overlaps(y.Words)));

    private static List<Name> Names(Doc doc, ImmutableArray<TextSpan> spans, EventParties parties)
    {
        var names = new List<Name>();
        foreach (var span in spans)
        {
            if (parties.Key(doc, span) is not { } key || names.Any(n => n.Key == key))
                continue;
            // The entity id and the name words of the phrase: two reports agree on "Dong Jun" even when one
            // report's entity came out as "Chinese counterpart Dong Jun last week". A group or a country named by a
            // description ("US officials") agrees by its key only.
            var phraseWords = doc[span].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var description = phraseWords.Length > 0 && !char.IsUpper(phraseWords[^1][0]);
            var words = description ? [] : EventParties.NameWords(doc[span]);
            words = key.StartsWith("e-", StringComparison.Ordinal) || words.IsEmpty ? words.Add(key) : words;
            // "Hanoi's top brass" and "Vietnamese leaders": a capital and its country name one government.
            if (parties.StateOfCapital(key) is { } state)
                words = words.Add(state);
            names.Add(new Name(key, words));
        }
        return names;
    }

    private static TextSpan Sentence(Doc doc, TextSpan trigger) =>
        doc.SentenceAt(trigger.Start) is { } sentence && sentence.Contains(trigger) ? sentence : trigger;

    private static string Id(string key) => StableId.From("v-", key);

}
