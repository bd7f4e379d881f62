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
        corpus with { Entities = Merge(corpus.Articles, EntityLexicon.Default) };

    internal static ImmutableArray<Entity> Merge(ImmutableArray<Doc> articles, EntityLexicon lexicon)
    {
        var groups = new SortedDictionary<string, List<(Doc Doc, Mention Mention)>>(StringComparer.Ordinal);
        foreach (var doc in articles.OrderBy(d => d.Id.Value, StringComparer.Ordinal))
        {
            foreach (var mention in doc.Mentions)
            {
                var key = mention.EntityKey ?? NameKeys.Key(mention.Kind, doc[mention.Span], lexicon);
                if (!groups.TryGetValue(key, out var list))
                    groups[key] = list = [];
                list.Add((doc, mention));
            }
        }

        var target = groups.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        var people = groups.Keys.Where(k => k.StartsWith("person:", StringComparison.Ordinal)).ToList();
        var fullNames = people.Select(k => (Key: k, Words: k["person:".Length..].Split(' '))).Where(p => p.Words.Length >= 2).ToList();
        foreach (var key in people)
        {
            var words = key["person:".Length..].Split(' ');
            if (words.Length != 1)
                continue;
            var candidates = fullNames.Where(f => f.Words[^1] == words[0]).ToList();
            if (candidates.Count == 0)
                candidates = fullNames.Where(f => f.Words[0] == words[0]).ToList();
            if (candidates.Count == 1)
                target[key] = candidates[0].Key;
        }
        var others = groups.Keys.Where(k => !k.StartsWith("person:", StringComparison.Ordinal))
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

        var merged = new SortedDictionary<string, List<(Doc Doc, Mention Mention)>>(StringComparer.Ordinal);
        foreach (var (key, list) in groups)
        {
            var to = target[key];
            if (!merged.TryGetValue(to, out var into))
                merged[to] = into = [];
            into.AddRange(list);
        }
        var entities = ImmutableArray.CreateBuilder<Entity>(merged.Count);
        foreach (var (key, list) in merged)
            entities.Add(Build(key, list, lexicon));
        return [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static Entity Build(string key, List<(Doc Doc, Mention Mention)> list, EntityLexicon lexicon)
    {
        var kind = key.StartsWith("gpe:", StringComparison.Ordinal)
            ? EntityKind.Gpe
            : list.GroupBy(m => m.Mention.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var surfaces = list.Select(m => m.Doc[m.Mention.Span]).ToList();
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
            foreach (var (doc, mention) in list)
            {
                foreach (var role in RoleReader.Read(doc, mention, lexicon))
                {
                    var id = (role.Title, role.Of ?? "");
                    if (!stated.TryGetValue(id, out var entry))
                        stated[id] = entry = (doc.Metadata.Published, []);
                    entry.Evidence.Add(Evidence.Of(doc, role.Span));
                }
            }
            // "President" alone is the same role as "President" of China stated elsewhere; titles differ in case only by style.
            var withOwner = stated.Keys.Where(k => k.Of.Length > 0).Select(k => k.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<(string, string)>();
            foreach (var ((title, of), (asOf, evidence)) in stated)
            {
                if (of.Length == 0 && (withOwner.Contains(title) || stated.Keys.Any(k =>
                        !string.Equals(k.Title, title, StringComparison.OrdinalIgnoreCase) && k.Title.Split(' ').Contains(title, StringComparer.OrdinalIgnoreCase))))
                    continue; // "Secretary" beside "Secretary of State" says nothing more
                if (!seen.Add((title.ToLowerInvariant(), of.ToLowerInvariant())))
                {
                    var index = roles.FindIndex(r => string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase) && string.Equals(r.Of ?? "", of, StringComparison.OrdinalIgnoreCase));
                    roles[index] = roles[index] with { Evidence = roles[index].Evidence.AddRange(evidence) };
                    continue;
                }
                roles.Add(new Role(title, of.Length == 0 ? null : of, asOf, [.. evidence]));
            }
        }
        var mentions = list
            .Select(m => new EntityMention(m.Doc.Id, m.Mention.Span.Start, m.Mention.Span.End, m.Doc[m.Mention.Span]))
            .OrderBy(m => m.Article.Value, StringComparer.Ordinal).ThenBy(m => m.Start)
            .ToImmutableArray();
        return new Entity(Id(key), name, kind, aliases, [.. roles], mentions);
    }

    // A name as written, without titles and possessive: "Mr. Blinken's" → "Blinken".
    private static IEnumerable<string> NameForm(string surface, EntityKind kind, EntityLexicon lexicon)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && (words[^1] is "'s" or "’s"))
            words.RemoveAt(words.Count - 1);
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
