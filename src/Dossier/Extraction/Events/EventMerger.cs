using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>The "event-merge" corpus stage: the same event told by several reports becomes one
/// <see cref="CorpusEvent"/> with evidence from each, and the best-supported status.</summary>
/// <remarks>
/// Two mentions are the same event when their PLOVER category, their actors and their targets agree and their dates
/// do not disagree (same month, or one unknown while the other mentions agree on everything else). Actors and targets
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
        var mentionsByArticle = EntityMentionIndex.ByArticle(corpus);

        var groups = new List<Group>();
        foreach (var doc in corpus.Articles.OrderBy(d => d.Id.Value, StringComparer.Ordinal))
        {
            mentionsByArticle.TryGetValue(doc.Id, out var mentions);
            var published = EventDate.Parse(doc.Metadata.Published);
            foreach (var e in doc.Events)
            {
                var actors = Names(doc, e.ActorReferents.IsDefaultOrEmpty ? e.Actors : e.ActorReferents, mentions);
                if (actors.Count == 0)
                    continue;
                var targets = Names(doc, e.Targets, mentions);
                var date = EventDate.Parse(e.Date);
                var member = new Member(doc, e, actors, targets, e.Place is { } p ? Key(doc, p, mentions) ?? doc[p] : null);
                // "last week" (a week) and "on Tuesday" (a day in it) can be one call; April and May cannot.
                // An undated mention joins the group dated nearest its report's own date ("a meeting with Xi" in an
                // April 2024 report is not the June 2023 meeting).
                var group = groups
                    .Where(g => g.Category == e.Category && (g.Date is null || date is null || g.Date.Value.Overlaps(date.Value))
                                && Agree(g.Members[0].Actors, actors) && Agree(g.Members[0].Targets, targets))
                    .OrderBy(g => date is null && published is { } p && g.Date is { } gd ? Math.Abs(gd.Start.DayNumber - p.Start.DayNumber) : 0)
                    .FirstOrDefault();
                if (group is not null && date is null && published is { } pub && group.Date is { } far && Math.Abs(far.Start.DayNumber - pub.Start.DayNumber) > 60)
                    group = null; // months apart from the report: another occasion
                if (group is null)
                    groups.Add(group = new Group(e.Category, date, []));
                if (date is { } d && (group.Date is null || d.Days < group.Date.Value.Days))
                    group.Date = d; // the most precise report dates the event
                group.Members.Add(member);
            }
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
            var date = group.Date?.Iso;
            var evidence = list
                .Select(x => Evidence.Of(x.Doc, Sentence(x.Doc, x.Event.Trigger)))
                .DistinctBy(e => (e.Article, e.Span))
                .ToImmutableArray();
            // "spoke with" in one report, "held a video call" in another: the report that says how coded the mode.
            var coded = list.FirstOrDefault(x => x.Event.Mode.Length > 0) ?? first;
            events.Add(new CorpusEvent(Id(key), first.Event.Category, coded.Event.Mode, coded.Event.Cameo,
                actors, targets, list.Select(x => x.Place).FirstOrDefault(p => p is not null),
                date, best.Event.Status, null, evidence));
        }
        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return corpus with { Events = events.ToImmutable() };
    }

    private static int Rank(string status) => status switch
    {
        "happened" => 3,
        "reported" => 2,
        "planned" => 1,
        _ => 0,
    };

    private sealed record Name(string Key, ImmutableHashSet<string> Words);

    private sealed record Member(Doc Doc, EventMention Event, List<Name> Actors, List<Name> Targets, string? Place);

    private sealed class Group(string category, EventDate? date, List<Member> members)
    {
        public string Category { get; } = category;

        public EventDate? Date { get; set; } = date;

        public List<Member> Members { get; } = members;
    }

    // Same number of parties, and each one shares a name word (or the entity id) with one on the other side:
    // "Premier Li Wei" and "Li", "Foreign Minister Wang Yi" and "Wang".
    private static bool Agree(List<Name> a, List<Name> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => x.Words.Overlaps(y.Words)));

    private static List<Name> Names(Doc doc, ImmutableArray<TextSpan> spans, List<(string Entity, EntityMention Mention)>? mentions)
    {
        var names = new List<Name>();
        foreach (var span in spans)
        {
            if (Key(doc, span, mentions) is not { } key || names.Any(n => n.Key == key))
                continue;
            // The entity id and the name words of the phrase: two reports agree on "Dong Jun" even when one
            // report's entity came out as "Chinese counterpart Dong Jun last week".
            var words = NameWords(doc[span]);
            if (key.StartsWith("e-", StringComparison.Ordinal))
                words = words.Add(key);
            if (!words.IsEmpty)
                names.Add(new Name(key, words));
        }
        return names;
    }

    // Capitalised words that are not titles or pronouns; country and organisation words only when nothing else names
    // the party ("China" for China, but "Dong Jun" for "Chinese counterpart Dong Jun").
    private static ImmutableHashSet<string> NameWords(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', ',').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Titles.Contains(w) && !QuoteCues.Pronouns.ContainsKey(w))
            .ToList();
        var personal = words.Where(w => !QuoteCues.NonPersonWords.Contains(w)).ToList();
        return (personal.Count > 0 ? personal : words).ToImmutableHashSet(StringComparer.Ordinal);
    }

    private static string? Key(Doc doc, TextSpan span, List<(string Entity, EntityMention Mention)>? mentions)
    {
        if (mentions is not null)
        {
            // "Philippine President Ferdinand Marcos Jr.": the longest mention inside the phrase names the party.
            // The phrase's head is its last name ("United States Secretary of State Antony Blinken" is Blinken, not
            // the United States); a mention that runs on past the phrase ("Dong Jun last week") is preferred least.
            var best = mentions
                .Where(m => new TextSpan(m.Mention.Start, m.Mention.End).Overlaps(span))
                .OrderBy(m => m.Mention.End > span.End ? 1 : 0)
                .ThenByDescending(m => m.Mention.End)
                .ThenByDescending(m => m.Mention.End - m.Mention.Start)
                .FirstOrDefault();
            if (best.Entity is not null)
                return best.Entity;
            // A name the tagger missed here but tagged elsewhere in the report ("Biden and Xi met" after "President
            // Xi Jinping"): the one entity of the article whose mentions contain all the phrase's name words.
            var words = NameWords(doc[span]);
            if (!words.IsEmpty)
            {
                var named = mentions
                    .Where(m => words.IsSubsetOf(doc.Text[m.Mention.Start..m.Mention.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                    .Select(m => m.Entity)
                    .Distinct(StringComparer.Ordinal)
                    .Take(2)
                    .ToList();
                if (named.Count == 1)
                    return named[0];
            }
        }
        // Without entities the phrase itself stands for the party; a bare pronoun names no one.
        var text = doc[span];
        return text.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Pronouns.ContainsKey(w)) ? text : null;
    }

    private static TextSpan Sentence(Doc doc, TextSpan trigger) =>
        doc.SentenceAt(trigger.Start) is { } sentence && sentence.Contains(trigger) ? sentence : trigger;

    private static string Id(string key) => StableId.From("v-", key);

}
