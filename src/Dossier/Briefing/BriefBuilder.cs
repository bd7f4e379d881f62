using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;

namespace Dossier.Briefing;

/// <summary>Arranges what the stages found about one story the way an analyst writes a brief, citing every line.</summary>
public static class BriefBuilder
{
    /// <summary>The story <paramref name="storyId"/> (an id, unique id prefix, or null for the largest story).</summary>
    /// <returns>Null when the corpus has no such story.</returns>
    public static Story? FindStory(CorpusSnapshot corpus, string? storyId)
    {
        if (storyId is null)
        {
            return corpus.Stories
                .OrderByDescending(s => s.Articles.Length)
                .ThenBy(s => s.Start ?? "9999", StringComparer.Ordinal)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .FirstOrDefault();
        }
        var exact = corpus.Stories.FirstOrDefault(s => s.Id == storyId);
        if (exact is not null)
            return exact;
        var prefixed = corpus.Stories.Where(s => s.Id.StartsWith(storyId, StringComparison.Ordinal) || s.Id.StartsWith("s-" + storyId, StringComparison.Ordinal)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>The brief on <paramref name="story"/>.</summary>
    public static StoryBrief Build(CorpusSnapshot corpus, Story story, BriefOptions? options = null)
    {
        options ??= new BriefOptions();
        var docs = corpus.Articles.ToDictionary(doc => doc.Id);
        var inStory = story.Articles.ToHashSet();
        var citations = new CitationIndex(docs);
        var entities = corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        // 1. Summary: sentences taken from the articles, each cited where it was taken from.
        var summary = story.SummaryEvidence.IsEmpty
            ? []
            : story.SummaryEvidence.Select(e => new BriefSentence(e.Text, citations.Cite([e]))).Where(s => !s.Citations.IsEmpty).ToImmutableArray();

        // 2. Sources, originals first, then by date.
        var copies = corpus.Copies.Where(c => inStory.Contains(c.Article)).GroupBy(c => c.Article).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Similarity).First());
        var sources = story.Articles
            .Where(docs.ContainsKey)
            .Select(id => docs[id])
            .Select(doc =>
            {
                copies.TryGetValue(doc.Id, out var copy);
                var flags = doc.Metadata.Flags.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
                var kind = flags.Contains("ai-summary") ? "summary" : copy?.Kind ?? "original";
                var lead = citations.CiteLead(doc.Id);
                return new BriefSource(doc.Id, doc.Metadata.Outlet ?? doc.Raw.FileName, doc.Metadata.Wire, doc.Metadata.Published, kind, copy?.Of, flags, doc.Metadata.Headline,
                    lead is null ? [] : [lead.Value]);
            })
            .OrderBy(s => s.Kind == "original" ? 0 : 1)
            .ThenBy(s => s.Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Article.Value, StringComparer.Ordinal)
            .ToImmutableArray();

        // 3. Timeline: the story's events in date order (undated last).
        var storyEvents = corpus.Events
            .Where(v => v.Story == story.Id || (v.Story is null && v.Evidence.Any(e => inStory.Contains(e.Article))))
            .ToList();
        var timeline = storyEvents
            .OrderBy(v => v.Date ?? "9999", StringComparer.Ordinal)
            .ThenBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => new BriefEvent(v.Id, v.Date, v.Category, v.Mode, v.Cameo,
                [.. v.Actors.Select(a => NameOf(a, entities))], [.. v.Targets.Select(t => NameOf(t, entities))],
                v.Place is null ? null : NameOf(v.Place, entities), v.Status, citations.Cite(v.Evidence)))
            .Where(v => !v.Citations.IsEmpty)
            .Take(options.MaxEvents)
            .ToImmutableArray();

        // 4. People and their roles, most mentioned first.
        var people = corpus.Entities
            .Where(e => e.Kind == EntityKind.Person)
            .Select(e => (Entity: e, Mentions: e.Mentions.Where(m => inStory.Contains(m.Article)).ToList()))
            // A key person is named at least twice or has a stated role; a single stray mention is more often a tagging slip.
            .Where(p => p.Mentions.Count >= 2 || p.Entity.Roles.Any(r => r.Evidence.Any(e => inStory.Contains(e.Article))))
            .OrderByDescending(p => p.Mentions.Count)
            .ThenBy(p => p.Entity.Name, StringComparer.Ordinal)
            .Take(options.MaxPeople)
            .Select(p =>
            {
                var roles = p.Entity.Roles.Where(r => r.Evidence.Any(e => inStory.Contains(e.Article))).ToList();
                var evidence = roles.Count > 0
                    ? roles.SelectMany(r => r.Evidence.Where(e => inStory.Contains(e.Article)).Take(1))
                    : p.Mentions.Take(1).Select(m => new Evidence(m.Article, new Text.TextSpan(m.Start, m.End), m.Text));
                return new BriefPerson(p.Entity.Id, p.Entity.Name, p.Mentions.Count,
                    [.. roles.Select(r => r.Of is null ? r.Title : $"{r.Title} ({NameOf(r.Of, entities)})").Distinct(StringComparer.OrdinalIgnoreCase)],
                    citations.Cite(evidence));
            })
            .Where(p => !p.Citations.IsEmpty)
            .ToImmutableArray();

        // 5. Key quotes grouped by speaker: direct quotes first, longest first, a few per speaker.
        var quotes = corpus.Quotes
            // Key quotes say something: a two-word fragment in quotation marks ("downward spiral") is kept in the record, not here.
            .Where(q => inStory.Contains(q.Article) && docs.ContainsKey(q.Article) && q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= options.MinQuoteWords)
            .GroupBy(q => q.Speaker is not null ? NameOf(q.Speaker, entities) : q.SpeakerText)
            .Where(g => !string.IsNullOrWhiteSpace(g.Key))
            .Select(g => new BriefQuoteGroup(g.Key, [.. g
                .OrderByDescending(q => q.Direct)
                .ThenByDescending(q => q.Text.Length)
                .ThenBy(q => q.Id, StringComparer.Ordinal)
                .DistinctBy(q => q.Text)
                .Take(options.MaxQuotesPerSpeaker)
                .Select(q => new BriefQuote(q.Text, q.Direct, citations.Cite([Evidence.Of(docs[q.Article], new Text.TextSpan(q.Start, q.End))])))]))
            .OrderByDescending(g => g.Quotes.Length)
            .ThenBy(g => g.Speaker, StringComparer.Ordinal)
            .Take(options.MaxSpeakers)
            .ToImmutableArray();

        // 6. Issues with each side's positions.
        var issues = corpus.Issues
            .Where(i => i.Stories.Contains(story.Id))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => new BriefIssue(i.Name, [.. i.Positions
                .Select(p => new BriefPosition(NameOf(p.Holder, entities), p.Stance, citations.Cite(p.Evidence.Where(e => inStory.Contains(e.Article)))))
                .Where(p => !p.Citations.IsEmpty)]) { Citations = citations.Cite(i.Evidence.Where(e => inStory.Contains(e.Article)).Take(2)) })
            .ToImmutableArray();

        // 7. Where the story's reports differ, then where they agree in other words.
        ImmutableArray<BriefContradiction> Compared(bool agrees, int max) => [.. corpus.Contradictions
            .Where(c => c.Agrees == agrees && c.Evidence.Concat(c.AgainstEvidence).Any(e => inStory.Contains(e.Article)))
            .Take(max)
            .Select(c => new BriefContradiction(c.Claim, citations.Cite(c.Evidence), c.Against, citations.Cite(c.AgainstEvidence), c.Note) { Kind = c.Kind })
            .Where(c => !c.Citations.IsEmpty && !c.AgainstCitations.IsEmpty)];
        var contradictions = Compared(false, options.MaxComparisons);
        var agreements = Compared(true, options.MaxComparisons);

        var network = ActorNetwork.From(storyEvents, entities);
        return new StoryBrief(story, summary, sources, timeline, people, quotes, issues, contradictions, network, citations.All) { Agreements = agreements };
    }

    private static string NameOf(string idOrName, IReadOnlyDictionary<string, Entity> entities) =>
        entities.TryGetValue(idOrName, out var entity) ? entity.Name : idOrName;
}
