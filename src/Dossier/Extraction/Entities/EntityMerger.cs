using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Extraction.Entities;

/// <summary>The "entity-merge" corpus stage: one <see cref="Entity"/> per person, organisation or place across all articles,
/// with every alias, mention and the roles the texts state.</summary>
/// <remarks>
/// Articles already linked their own mentions (<see cref="MentionLinker"/>); here equal keys merge across articles.
/// A surname that an article never expanded ("Blinken" alone) joins the one full name in the corpus that ends (or starts)
/// with it, and stays apart when several do. Places and organisations whose names differ by one letter
/// ("Beijng"/"Beijing", six letters or more) merge into the more frequent spelling; people never merge on spelling alone.
/// </remarks>
public sealed class EntityMerger : ICorpusStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("entity-merge", Layers.Mentions, Layers.Entities,
        "One entity per person, organisation or place across articles, with aliases, mentions and stated roles.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context) =>
        corpus with { Entities = Merge(corpus.Articles, EntityLexicon.Default, NerModel.Default) };

    /// <summary>One mention with where it stands: the body, a caption (<see cref="View"/> has the caption as its text),
    /// or a credit.</summary>
    private sealed record Sourced(Doc Article, Doc View, Mention Mention, string? Field, int Index, Credit? Credit)
    {
        public string Surface => View[Mention.Span];
    }

    internal static ImmutableArray<Entity> Merge(ImmutableArray<Doc> articles, EntityLexicon lexicon, NerModel? model = null)
    {
        var groups = new SortedDictionary<string, List<Sourced>>(StringComparer.Ordinal);
        void Add(string key, Sourced item)
        {
            if (!groups.TryGetValue(key, out var list))
                groups[key] = list = [];
            list.Add(item);
        }
        var articleKeys = new Dictionary<string, HashSet<ArticleId>>(StringComparer.Ordinal);
        var ordered = articles.OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
        var offices = ordered.ToDictionary(d => d.Id, d => DescriptionResolver.Offices(d, lexicon));
        var allOffices = offices.Values.SelectMany(o => o).ToList();
        foreach (var doc in ordered)
        {
            var described = DescriptionResolver.Resolve(doc, lexicon, offices[doc.Id], allOffices);
            foreach (var mention in doc.Mentions)
            {
                // "US Secretary of State" tagged as an organisation is the description; "China" inside "China's top
                // diplomat" still names China.
                if (described.Any(d => mention.Span.Contains(d.Span)))
                    continue;
                Add(mention.EntityKey ?? NameKeys.Key(mention.Kind, doc[mention.Span], lexicon), new Sourced(doc, doc, mention, null, 0, null));
            }
            foreach (var description in described)
                Add(description.EntityKey!, new Sourced(doc, doc, description, null, 0, null));
            if (model is null)
                continue;
            foreach (var side in SideTextTagger.Tag(doc, model, lexicon))
            {
                foreach (var mention in side.View.Mentions)
                    Add(mention.EntityKey ?? NameKeys.Key(mention.Kind, side.View[mention.Span], lexicon), new Sourced(doc, side.View, mention, side.Field, side.Index, null));
            }
            foreach (var credit in CreditReader.Read(doc))
            {
                var entry = FieldEntry(doc, credit.Field, credit.Index);
                var view = doc with { Text = entry, Tokens = [], Sentences = [], Mentions = [] };
                var key = NameKeys.Key(EntityKind.Person, credit.Span.Of(entry), lexicon);
                Add(key, new Sourced(doc, view, new Mention(credit.Span, EntityKind.Person, key), credit.Field, credit.Index, credit));
            }
        }
        foreach (var (key, list) in groups)
            articleKeys[key] = [.. list.Select(s => s.Article.Id)];

        var target = groups.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        var people = groups.Keys.Where(k => k.StartsWith("person:", StringComparison.Ordinal)).ToList();
        var fullNames = people.Select(k => (Key: k, Words: k["person:".Length..].Split(' '))).Where(p => p.Words.Length >= 2).ToList();
        foreach (var key in people)
        {
            var words = key["person:".Length..].Split(' ');
            if (words.Length != 1)
                continue;
            if (OneFullName(fullNames, words[0]) is { } full)
                target[key] = full;
        }
        PersonGarbles(groups, target, fullNames, articleKeys);
        PeopleTaggedAsOthers(groups, target, fullNames, model);
        PlacesTaggedAsPeople(groups, target, model);
        var others = groups.Keys.Where(k => !k.StartsWith("person:", StringComparison.Ordinal) && target[k] == k)
            .OrderByDescending(k => groups[k].Count).ThenBy(k => k, StringComparer.Ordinal).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (others[i], others[j]);
                var colon = a.IndexOf(':', StringComparison.Ordinal);
                if (colon != b.IndexOf(':', StringComparison.Ordinal) || a[..colon] != b[..colon] || a.Length - colon - 1 < 6)
                    continue;
                if (target[b] == b && WithinOneEdit(a.AsSpan(colon + 1), b.AsSpan(colon + 1)))
                {
                    target[a] = b;
                    break;
                }
            }
        }

        var merged = new SortedDictionary<string, List<Sourced>>(StringComparer.Ordinal);
        foreach (var (key, list) in groups)
        {
            if (target[key] == key && LoneOpener(key, list))
                continue;
            var to = Resolve(target, key);
            if (!merged.TryGetValue(to, out var into))
                merged[to] = into = [];
            into.AddRange(list);
        }
        var entities = ImmutableArray.CreateBuilder<Entity>(merged.Count);
        foreach (var (key, list) in merged)
            entities.Add(Build(key, list, lexicon));
        return [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    // "Stiff competition requires …": one capitalised word that opens its sentence every time it is written, and that no
    // person of the corpus is named with, is a sentence opener the tagger took for a name.
    private static bool LoneOpener(string key, List<Sourced> list) =>
        key.StartsWith("person:", StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal)
        && list.All(item => item.Field is null && item.Credit is null && OpensSentence(item.View, item.Mention.Span.Start));

    private static bool OpensSentence(Doc view, int position)
    {
        if (view.SentenceAt(position) is not { } sentence)
            return false;
        for (var i = sentence.Start; i < position; i++)
        {
            if (char.IsLetterOrDigit(view.Text[i]))
                return false;
        }
        return true;
    }

    private static string Resolve(Dictionary<string, string> target, string key)
    {
        for (var hops = 0; hops < 8 && target[key] != key; hops++)
            key = target[key];
        return key;
    }

    private static string FieldEntry(Doc doc, string field, int index) => field switch
    {
        "bylines" => doc.Metadata.Bylines[index],
        "captions" => doc.Metadata.Captions[index],
        _ => doc.Metadata.Removed[index],
    };

    // The one full name of the corpus that ends with the word, else the one that starts with it (Chinese order).
    private static string? OneFullName(List<(string Key, string[] Words)> fullNames, string word)
    {
        var candidates = fullNames.Where(f => f.Words[^1] == word).ToList();
        if (candidates.Count == 0)
            candidates = fullNames.Where(f => f.Words[0] == word).ToList();
        return candidates.Count == 1 ? candidates[0].Key : null;
    }

    // "Wang Yee" in a spun rewrite is "Wang Yi": same surname, the other word has the same consonant skeleton, the garble
    // is rarer, and no article names both (two people of one article are two people). "Wang Wenbin" and "Wang Huiyao"
    // differ in their consonants, so they never join "Wang Yi".
    private static void PersonGarbles(SortedDictionary<string, List<Sourced>> groups, Dictionary<string, string> target,
        List<(string Key, string[] Words)> fullNames, Dictionary<string, HashSet<ArticleId>> articleKeys)
    {
        foreach (var (key, words) in fullNames.OrderBy(f => groups[f.Key].Count).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            if (target[key] != key)
                continue;
            var matches = fullNames.Where(other => other.Key != key && target[other.Key] == other.Key
                    && groups[other.Key].Count > groups[key].Count
                    && !articleKeys[other.Key].Overlaps(articleKeys[key])
                    && Garbled(words, other.Words))
                .ToList();
            if (matches.Count == 1)
                target[key] = matches[0].Key;
        }
    }

    internal static bool Garbled(string[] a, string[] b)
    {
        if (a.Length != b.Length)
            return false;
        var differing = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                continue;
            if (++differing > 1 || Skeleton(a[i]) != Skeleton(b[i]) || a[i][0] != b[i][0])
                return false;
        }
        return differing == 1;
    }

    // The first letter, then the consonants without repeats: "yee" → "y", "yi" → "y", "wenbin" → "wnbn".
    private static string Skeleton(string word)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(word[0]);
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if ("aeiou".Contains(c, StringComparison.Ordinal) || !char.IsLetter(c) || builder[^1] == c)
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    // "Xi" tagged as a place in one report, where the corpus names one person Xi Jinping and the gazetteer knows no
    // place "Xi", is Xi Jinping.
    private static void PeopleTaggedAsOthers(SortedDictionary<string, List<Sourced>> groups, Dictionary<string, string> target,
        List<(string Key, string[] Words)> fullNames, NerModel? model)
    {
        foreach (var key in groups.Keys)
        {
            if (key.StartsWith("person:", StringComparison.Ordinal))
                continue;
            var name = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 2)
                continue;
            var surface = groups[key][0].Surface;
            if (model is not null && (model.Gazetteer.Lookup([surface]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Demonym | GazetteerCategory.Org)) != 0)
                continue;
            if (OneFullName(fullNames, name) is { } full)
                target[key] = full;
        }
    }

    // "Beijng - President Xi …": a one-word "person" that names no person of the corpus and is one letter away from a
    // place the corpus names (six letters or more) is that place, misspelt.
    private static void PlacesTaggedAsPeople(SortedDictionary<string, List<Sourced>> groups, Dictionary<string, string> target, NerModel? model)
    {
        var places = groups.Keys.Where(k => k.StartsWith("gpe:", StringComparison.Ordinal) && k.Length - 4 >= 6 && !k.Contains(' ', StringComparison.Ordinal))
            .OrderByDescending(k => groups[k].Count).ThenBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var key in groups.Keys.Where(k => k.StartsWith("person:", StringComparison.Ordinal) && !k.Contains(' ', StringComparison.Ordinal)))
        {
            if (target[key] != key)
                continue;
            var word = key["person:".Length..];
            if (model is not null && (model.Gazetteer.Lookup([groups[key][0].Surface]) & GazetteerCategory.Person) != 0)
                continue;
            var place = places.FirstOrDefault(p => groups[p].Count > groups[key].Count && WithinOneEdit(word, p.AsSpan(4)));
            if (place is not null)
                target[key] = place;
        }
    }

    private static Entity Build(string key, List<Sourced> list, EntityLexicon lexicon)
    {
        var kind = key.StartsWith("gpe:", StringComparison.Ordinal)
            ? EntityKind.Gpe
            : key.StartsWith("person:", StringComparison.Ordinal)
                ? EntityKind.Person
                : list.GroupBy(m => m.Mention.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var surfaces = list.Select(m => m.Surface).ToList();
        var aliases = surfaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        string name;
        if (kind == EntityKind.Gpe && lexicon.Countries.Values.FirstOrDefault(c => "gpe:" + NameKeys.Fold(c) == key) is { } country)
        {
            name = country;
        }
        else
        {
            // The fullest form, most often written: "Antony Blinken" over "Blinken" and over a rare "Antony J. Blinken".
            name = surfaces
                .Select(s => string.Join(' ', NameForm(s, kind, lexicon)))
                .Where(s => s.Length > 0)
                .GroupBy(s => s, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key.Split(' ').Length >= 2 ? 1 : 0)
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault() ?? surfaces[0];
        }
        var roles = new List<Role>();
        if (kind == EntityKind.Person)
        {
            var stated = new SortedDictionary<(string Title, string Of), (string? AsOf, List<Evidence> Evidence)>();
            void State(string title, string? of, string? asOf, Evidence? evidence)
            {
                var id = (title, of ?? "");
                if (!stated.TryGetValue(id, out var entry))
                    stated[id] = entry = (asOf, []);
                // As of the latest report that states it (a report without a date says nothing about when).
                if (asOf is not null && (entry.AsOf is null || string.CompareOrdinal(asOf, entry.AsOf) > 0))
                    stated[id] = entry = (asOf, entry.Evidence);
                if (evidence is not null)
                    entry.Evidence.Add(evidence);
            }
            foreach (var item in list)
            {
                if (item.Credit is { } credit)
                {
                    State(credit.Title, credit.Of, item.Article.Metadata.Published, null);
                    continue;
                }
                foreach (var role in RoleReader.Read(item.View, item.Mention, lexicon))
                    State(role.Title, role.Of, item.Article.Metadata.Published, item.Field is null ? Evidence.Of(item.Article, role.Span) : null);
            }
            // "President" alone is the same role as "President" of China stated elsewhere; titles differ in case only by style.
            var withOwner = stated.Keys.Where(k => k.Of.Length > 0).Select(k => k.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<(string, string)>();
            var sameTitleEvidence = new List<(string Title, List<Evidence> Evidence)>();
            foreach (var ((title, of), (asOf, evidence)) in stated)
            {
                if (of.Length == 0 && withOwner.Contains(title))
                {
                    // "Foreign Minister Wang Yi" beside "China's Foreign Minister Wang Yi": one role, cited by both.
                    sameTitleEvidence.Add((title, evidence));
                    continue;
                }
                if (title == "Counterpart" && stated.Keys.Any(k => k.Title != "Counterpart" && (k.Of == of || of.Length == 0)))
                    continue; // "his Chinese counterpart" says less than the office stated elsewhere
                if (of.Length == 0 && stated.Keys.Any(k => k.Of.Length > 0 && RoleRules.Fold(k.Title).EndsWith(" " + RoleRules.Fold(title), StringComparison.Ordinal)))
                    continue; // "Party Secretary" beside "Communist Party Secretary" of Shanghai
                if (of.Length == 0 && (withOwner.Contains(title) || stated.Keys.Any(k =>
                        !string.Equals(k.Title, title, StringComparison.OrdinalIgnoreCase) && k.Title.Split(' ').Contains(title, StringComparer.OrdinalIgnoreCase))))
                    continue; // "Secretary" beside "Secretary of State" says nothing more
                if (!seen.Add((RoleRules.Fold(title), of.ToLowerInvariant())))
                {
                    var index = roles.FindIndex(r => RoleRules.Fold(r.Title) == RoleRules.Fold(title) && string.Equals(r.Of ?? "", of, StringComparison.OrdinalIgnoreCase));
                    roles[index] = roles[index] with { Evidence = roles[index].Evidence.AddRange(evidence) };
                    continue;
                }
                roles.Add(new Role(title, of.Length == 0 ? null : of, asOf, [.. evidence]));
            }
            foreach (var (title, evidence) in sameTitleEvidence)
            {
                var index = roles.FindIndex(r => r.Of is not null && string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase));
                if (index >= 0 && evidence.Count > 0)
                    roles[index] = roles[index] with { Evidence = [.. roles[index].Evidence.Concat(evidence).Distinct()] };
            }
        }
        var mentions = list.Where(m => m.Field is null)
            .Select(m => new EntityMention(m.Article.Id, m.Mention.Span.Start, m.Mention.Span.End, m.Surface))
            .OrderBy(m => m.Article.Value, StringComparer.Ordinal).ThenBy(m => m.Start)
            .ToImmutableArray();
        var side = list.Where(m => m.Field is not null)
            .Select(m => new SideMention(m.Article.Id, m.Field!, m.Index, m.Mention.Span.Start, m.Mention.Span.End, m.Surface))
            .Distinct()
            .OrderBy(m => m.Article.Value, StringComparer.Ordinal).ThenBy(m => m.Field, StringComparer.Ordinal).ThenBy(m => m.Index).ThenBy(m => m.Start)
            .ToImmutableArray();
        return new Entity(Id(key), name, kind, aliases, [.. roles], mentions) { SideMentions = side };
    }

    // A name as written, without titles and possessive: "Mr. Blinken's" → "Blinken".
    private static IEnumerable<string> NameForm(string surface, EntityKind kind, EntityLexicon lexicon)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && (words[^1] is "'s" or "’s"))
            words.RemoveAt(words.Count - 1);
        else if (words.Count > 1 && (words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal)))
            words[^1] = words[^1][..^2];
        if (kind == EntityKind.Person)
        {
            while (words.Count > 1 && lexicon.Titles.Contains(words[0]))
                words.RemoveAt(0);
        }
        return words;
    }

    private static string Id(string key) => StableId.From("e-", key, hexDigits: 10);

    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
                return false;
            if (a.Length > b.Length)
                i++;
            else if (b.Length > a.Length)
                j++;
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
