using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Quotes;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>Who an actor or target phrase of an event stands for across the corpus: an entity id, a group named by its
/// plural head in lower case ("business leaders") or, without entities, the phrase itself; null when it names no one ("the two sides").
/// Shared by event-merge and the corpus event evaluation so that both judge parties the same way.</summary>
internal sealed class EventParties
{
    private readonly Dictionary<ArticleId, List<(string Entity, EntityMention Mention)>> _mentions;
    private readonly Dictionary<string, EntityKind> _kinds;
    private readonly Dictionary<string, string> _countryWords;
    private readonly Dictionary<string, List<HashSet<string>>> _roleWords;
    private readonly Dictionary<string, string> _stateOfCapital;

    public EventParties(CorpusSnapshot corpus)
    {
        _mentions = EntityMentionIndex.ByArticle(corpus);
        _kinds = corpus.Entities.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
        // "Chinese" names China when the entities stage linked the adjective to the country; ambiguous words name none.
        _countryWords = corpus.Entities
            .Where(e => e.Kind == EntityKind.Gpe)
            .SelectMany(e => e.Aliases.Append(e.Name).Where(a => !a.Contains(' ', StringComparison.Ordinal)).Select(a => (Alias: a, e.Id)))
            .GroupBy(x => x.Alias, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        // "Beijing" for China: a capital stands for its country's government when the corpus knows both.
        var states = corpus.Entities.Where(e => e.Kind == EntityKind.Gpe)
            .SelectMany(e => e.Aliases.Append(e.Name).Select(a => (Alias: a, e.Id)))
            .GroupBy(x => x.Alias, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        _stateOfCapital = corpus.Entities.Where(e => e.Kind == EntityKind.Gpe)
            .Select(e => (e.Id, Country: EntityLexicon.Default.Capitals.GetValueOrDefault(e.Name)))
            .Where(x => x.Country is not null && states.TryGetValue(x.Country, out var state) && state != x.Id)
            .ToDictionary(x => x.Id, x => states[x.Country!], StringComparer.Ordinal);
        // The words of each role a person is stated to hold ("Secretary of the Tarsis Committee of the Green
        // Party"), for descriptions that name the body rather than the person.
        _roleWords = corpus.Entities
            .Where(e => e.Kind == EntityKind.Person && !e.Roles.IsDefaultOrEmpty)
            .ToDictionary(e => e.Id, e => e.Roles.Select(r => (r.Title + " " + r.Of).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The mentions of <paramref name="article"/>, or null when the corpus has no entities for it.</summary>
    public List<(string Entity, EntityMention Mention)>? MentionsOf(ArticleId article) =>
        _mentions.TryGetValue(article, out var list) ? list : null;

    /// <summary>The country whose capital the entity <paramref name="key"/> is ("Beijing" → China), or null.</summary>
    public string? StateOfCapital(string key) => _stateOfCapital.GetValueOrDefault(key);

    /// <summary>The party <paramref name="span"/> of <paramref name="doc"/> stands for, or null.</summary>
    public string? Key(Doc doc, TextSpan span)
    {
        var mentions = MentionsOf(doc.Id);
        var text = doc[span];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length == 0 ? "" : words[^1].TrimEnd('.', ',', ';', ':');
        if (head.Length > 0 && char.IsLower(head[0]))
            return Description(doc, span, words, head, mentions);
        // "Beijing", or "Norwegian" in "a Norwegian fuel depot": the place the word names (the country of a demonym),
        // when the corpus knows it, before any longer mention the tagger ran across it ("Swedish companies are selling").
        if (words.Length == 1 && mentions?.Any(m => m.Mention.Start == span.Start && m.Mention.End == span.End) != true
            && (_countryWords.TryGetValue(head, out var state) || (EntityLexicon.Default.CountryOf(head) is { } country && _countryWords.TryGetValue(country, out state))))
            return state;
        if (mentions is not null)
        {
            // "Philippine President Ferdinand Marcos Jr.": the longest mention inside the phrase names the party.
            // The phrase's head is its last name ("United States Secretary of State Antony Blinken" is Blinken, not
            // the United States); a mention that runs on past the phrase ("Dong Jun last week") is preferred least.
            var best = mentions
                .Where(m => new TextSpan(m.Mention.Start, m.Mention.End).Overlaps(span) && !AcrossHyphen(doc.Text, m.Mention, span))
                .OrderBy(m => m.Mention.End > span.End ? 1 : 0)
                .ThenByDescending(m => m.Mention.End)
                .ThenByDescending(m => m.Mention.End - m.Mention.Start)
                .FirstOrDefault();
            if (best.Entity is not null)
                return best.Entity;
            // A name the tagger missed here but tagged elsewhere in the report ("Biden and Xi met" after "President
            // Xi Jinping"): the one entity of the article whose mentions contain all the phrase's name words.
            var names = NameWords(text);
            if (!names.IsEmpty)
            {
                var named = mentions
                    .Where(m => names.IsSubsetOf(doc.Text[m.Mention.Start..m.Mention.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                    .Select(m => m.Entity)
                    .Distinct(StringComparer.Ordinal)
                    .Take(2)
                    .ToList();
                if (named.Count == 1)
                    return named[0];
            }
        }
        // Without entities the phrase itself stands for the party; a bare pronoun or determiner names no one
        // ("Another source", "The two sides").
        return words.Any(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Pronouns.ContainsKey(w) && !Vague(w)) ? text : null;
    }

    // A description headed by a common noun: government agents ("US officials", "his Chinese counterpart",
    // "Beijing's top brass") stand for the country or capital that modifies them; other groups ("US business leaders",
    // "students") are kept as the group; vague heads ("the two sides", "another source") name no one.
    private string? Description(Doc doc, TextSpan span, string[] words, string head, List<(string Entity, EntityMention Mention)>? mentions)
    {
        if (mentions is not null)
        {
            // The entities stage may have linked the whole description ("the head of the delegation").
            var whole = mentions.FirstOrDefault(m => m.Mention.End == span.End && m.Mention.Start <= span.Start + 4);
            if (whole.Entity is not null && _kinds.GetValueOrDefault(whole.Entity) == EntityKind.Person)
                return whole.Entity;
        }
        if (EventTriggers.VagueHeads.Contains(head.ToLowerInvariant()))
            return null;
        // "the local Green Party leader": the leader of a body the description names is the one person of the
        // report whose stated role names that body.
        if (mentions is not null && EventTriggers.LeaderHeads.Contains(head.ToLowerInvariant()) && OfficeHolder(words, mentions) is { } holder)
            return holder;
        // "US business leaders", "religious leaders": a non-government modifier makes the head a group of its own.
        var modifier = words.Length > 1 ? words[^2].ToLowerInvariant() : "";
        if (EventTriggers.GovernmentHeads.Contains(head.ToLowerInvariant()) && !EventTriggers.CivilModifiers.Contains(modifier))
        {
            // "the Lopez administration", "the Li government": a leader's government acts for the leader.
            if (head.ToLowerInvariant() is "administration" or "government" or "regime" or "cabinet"
                && mentions?.Where(m => m.Mention.Start >= span.Start && m.Mention.End <= span.End && _kinds.GetValueOrDefault(m.Entity) == EntityKind.Person)
                    .Select(m => m.Entity).FirstOrDefault() is { } leader)
                return leader;
            var place = mentions?
                .Where(m => m.Mention.Start >= span.Start && m.Mention.End <= span.End && _kinds.GetValueOrDefault(m.Entity) == EntityKind.Gpe)
                .Select(m => m.Entity)
                .FirstOrDefault();
            if (place is not null)
                return place;
            foreach (var w in words)
            {
                var word = w.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
                if (word.Length > 1 && char.IsUpper(word[0]) && _countryWords.TryGetValue(word, out var country))
                    return country;
            }
            return null;
        }
        // The group itself, without determiners and named modifiers: "US business leaders" is "business leaders". Only
        // a plural head makes a group; "the secretary of state" is someone the report names elsewhere.
        if (!head.EndsWith('s'))
            return null;
        var common = words.SkipWhile(w => !char.IsLower(w[0]) || QuoteCues.Determiners.Contains(w)).Where(w => !QuoteCues.Determiners.Contains(w)).ToList();
        return common.Count == 0 ? null : string.Join(' ', common).ToLowerInvariant();
    }

    // The one person mentioned in the report whose stated role holds every capitalised word of the description that is
    // not a country word ("Green Party" in "the local Green Party leader"); null when none or several do, or
    // when the description names only a country ("the Chinese leader" is China's, see GovernmentHeads).
    private string? OfficeHolder(string[] words, List<(string Entity, EntityMention Mention)> mentions)
    {
        var body = words.Select(w => w.Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Determiners.Contains(w) && !_countryWords.ContainsKey(w))
            .ToList();
        if (body.Count == 0)
            return null;
        var holders = mentions.Select(m => m.Entity).Distinct(StringComparer.Ordinal)
            .Where(id => _roleWords.TryGetValue(id, out var roles) && roles.Any(r => body.All(r.Contains)))
            .Take(2)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    // "Biden" inside the mention "Biden-Xi": a compound naming two sides is neither side.
    private static bool AcrossHyphen(string text, EntityMention mention, TextSpan span) =>
        (mention.End > span.End && span.End < text.Length && text[span.End] == '-')
        || (mention.Start < span.Start && span.Start > 0 && text[span.Start - 1] == '-');

    private static bool Vague(string word) => QuoteCues.Determiners.Contains(word) || EventTriggers.VagueHeads.Contains(word.ToLowerInvariant());

    /// <summary>Capitalised words that are not titles or pronouns; country and organisation words only when nothing
    /// else names the party ("China" for China, but "Dong Jun" for "Chinese counterpart Dong Jun").</summary>
    public static ImmutableHashSet<string> NameWords(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', ',').Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !QuoteCues.Titles.Contains(w) && !QuoteCues.Pronouns.ContainsKey(w) && !Vague(w))
            .ToList();
        var personal = words.Where(w => !QuoteCues.NonPersonWords.Contains(w)).ToList();
        return (personal.Count > 0 ? personal : words).ToImmutableHashSet(StringComparer.Ordinal);
    }
}
