using System.Collections.Immutable;
using System.Text.RegularExpressions;
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
public sealed partial class EventMerger : ICorpusStage
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
            foreach (var e in doc.Events)
            {
                var actors = Names(doc, e.Actors, mentions);
                if (actors.Count == 0)
                    continue;
                var targets = Names(doc, e.Targets, mentions);
                var month = Month(e.Date);
                var member = new Member(doc, e, actors, targets, e.Place is { } p ? Key(doc, p, mentions) ?? doc[p] : null);
                var group = groups.FirstOrDefault(g => g.Category == e.Category && (g.Month is null || month is null || g.Month == month)
                                                       && Agree(g.Members[0].Actors, actors) && Agree(g.Members[0].Targets, targets));
                if (group is null)
                    groups.Add(group = new Group(e.Category, month, []));
                group.Month ??= month;
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
            var key = string.Join("|", group.Category, string.Join(",", actors), string.Join(",", targets), group.Month ?? "", first.Doc.Id.Value, first.Event.Trigger.Start);
            var date = list.Select(x => IsoDate(x.Event.Date)).FirstOrDefault(d => d is not null);
            var evidence = list
                .Select(x => Evidence.Of(x.Doc, Sentence(x.Doc, x.Event.Trigger)))
                .DistinctBy(e => (e.Article, e.Span))
                .ToImmutableArray();
            events.Add(new CorpusEvent(Id(key), first.Event.Category, first.Event.Mode, first.Event.Cameo,
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

    private sealed class Group(string category, string? month, List<Member> members)
    {
        public string Category { get; } = category;

        public string? Month { get; set; } = month;

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
            var words = key.StartsWith("e-", StringComparison.Ordinal)
                ? [key]
                : doc[span].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => w.TrimEnd('.', ','))
                    .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Titles.Contains(w) && !QuoteCues.Pronouns.ContainsKey(w))
                    .ToImmutableHashSet(StringComparer.Ordinal);
            if (!words.IsEmpty)
                names.Add(new Name(key, words));
        }
        return names;
    }

    private static string? Key(Doc doc, TextSpan span, List<(string Entity, EntityMention Mention)>? mentions)
    {
        if (mentions is not null)
        {
            // "Philippine President Ferdinand Marcos Jr.": the longest mention inside the phrase names the party.
            var best = mentions
                .Where(m => new TextSpan(m.Mention.Start, m.Mention.End).Overlaps(span))
                .OrderByDescending(m => m.Mention.End - m.Mention.Start)
                .FirstOrDefault();
            if (best.Entity is not null)
                return best.Entity;
        }
        // Without entities the phrase itself stands for the party; a bare pronoun names no one.
        var text = doc[span];
        return text.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Pronouns.ContainsKey(w)) ? text : null;
    }

    private static TextSpan Sentence(Doc doc, TextSpan trigger) =>
        doc.Sentences.FirstOrDefault(s => s.Span.Contains(trigger))?.Span ?? trigger;

    private static string? Month(string? date) => IsoDate(date) is { Length: >= 7 } iso ? iso[..7] : null;

    private static string? IsoDate(string? value) => value is not null && IsoPattern().IsMatch(value) ? value : null;

    private static string Id(string key) => StableId.From("v-", key);

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
