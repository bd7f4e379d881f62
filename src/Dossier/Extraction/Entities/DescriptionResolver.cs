using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>An office a person holds as one article states it.</summary>
internal sealed record HeldOffice(ArticleId Article, string PersonKey, string Title, string? Of);

/// <summary>Resolves descriptions that name no one ("the head of American diplomacy", "the top US diplomat", a bare "US
/// Secretary of State") to the one person the article — else the whole corpus — states holds that office.</summary>
/// <remarks>
/// A description preceded by "a", "an", "first", "former" and the like speaks of the office in general ("the first foreign
/// minister to fly in since …", "an American Secretary of State since …") and is left alone; so is a description two
/// people could answer to.
/// </remarks>
internal static class DescriptionResolver
{
    private static readonly HashSet<string> General = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "first", "former", "any", "every", "another", "previous", "next", "last", "late", "future", "new", "each", "no",
    };

    /// <summary>The offices the article states for its people.</summary>
    public static List<HeldOffice> Offices(Doc doc, EntityLexicon lexicon)
    {
        var held = new List<HeldOffice>();
        foreach (var mention in doc.Mentions.Where(m => m.Kind == EntityKind.Person && m.EntityKey is not null))
        {
            foreach (var role in RoleReader.Read(doc, mention, lexicon))
                held.Add(new HeldOffice(doc.Id, mention.EntityKey!, role.Title, role.Of));
        }
        return held;
    }

    /// <summary>Person mentions (with their entity key) for the descriptions of <paramref name="doc"/> that resolve.</summary>
    public static List<Mention> Resolve(Doc doc, EntityLexicon lexicon, List<HeldOffice> inArticle, List<HeldOffice> inCorpus)
    {
        var resolved = new List<Mention>();
        var named = doc.Mentions.Where(m => m.Kind == EntityKind.Person && m.EntityKey is not null).Select(m => m.EntityKey!).ToHashSet(StringComparer.Ordinal);
        foreach (var (span, titles, country) in Descriptions(doc, lexicon))
        {
            if (Preceded(doc, span.Start))
                continue;
            // The holder the article states with this country; else a person the article names whom another report
            // states holds it; else the one holder the article states with no country; else the corpus's one holder.
            var key = First(
                () => OneHolder(inArticle, titles, country, exact: true),
                () => OneHolder([.. inCorpus.Where(o => named.Contains(o.PersonKey))], titles, country, exact: true),
                () => OneHolder(inArticle, titles, country, exact: false),
                () => OneHolder(inCorpus, titles, country, exact: true));
            if (key is not null)
                resolved.Add(new Mention(span, EntityKind.Person, key));
        }
        return resolved;
    }

    // The first step that finds exactly one holder decides; a step that finds several stops the search (ambiguous).
    private static string? First(params Func<(string? Key, bool Ambiguous)>[] steps)
    {
        foreach (var step in steps)
        {
            var (key, ambiguous) = step();
            if (key is not null || ambiguous)
                return key;
        }
        return null;
    }

    private static IEnumerable<(TextSpan Span, string[] Titles, string? Country)> Descriptions(Doc doc, EntityLexicon lexicon)
    {
        foreach (System.Text.RegularExpressions.Match match in RoleRules.DiplomacyHead().Matches(doc.Text))
        {
            var word = match.Groups["country"].Value;
            if (lexicon.CountryOf(word, capitals: true) is { } country)
                yield return (new TextSpan(match.Index, match.Index + match.Length), RoleRules.DiplomacyOffices, country);
        }
        // "US Secretary of State" tagged as an organisation, with no name after it.
        foreach (var mention in doc.Mentions.Where(m => m.Kind != EntityKind.Person))
        {
            var words = doc[mention.Span].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || lexicon.CountryOf(words[0]) is not { } country)
                continue;
            var title = string.Join(' ', words.Skip(1));
            if (lexicon.Titles.Contains(title) && !RoleRules.Honorifics.Contains(title))
                yield return (mention.Span, [lexicon.CanonicalTitles[title]], country);
        }
        // The same with only the country tagged: "US [GPE] Secretary of State to meet …", no name after the title.
        foreach (var mention in doc.Mentions.Where(m => m.Kind == EntityKind.Gpe))
        {
            if (lexicon.CountryOf(doc[mention.Span]) is not { } country || TitleAfter(doc.Text, mention.Span.End, lexicon) is not { } title)
                continue;
            yield return (new TextSpan(mention.Span.Start, title.End), [lexicon.CanonicalTitles[title.Text]], country);
        }
    }

    // A listed title right after a country on the same line, with no capitalised name after it.
    private static (string Text, int End)? TitleAfter(string text, int at, EntityLexicon lexicon)
    {
        if (at >= text.Length || text[at] != ' ')
            return null;
        var lineEnd = text.IndexOf('\n', at);
        var rest = text[(at + 1)..(lineEnd < 0 ? text.Length : lineEnd)];
        var words = rest.Split(' ');
        for (var length = Math.Min(lexicon.MaxTitleWords, words.Length); length >= 1; length--)
        {
            var title = string.Join(' ', words[..length]);
            if (title.Length == 0 || !char.IsUpper(title[0]) || !lexicon.Titles.Contains(title) || RoleRules.Honorifics.Contains(title))
                continue;
            var next = length < words.Length ? words[length] : "";
            return next.Length > 0 && char.IsUpper(next[0]) ? null : (title, at + 1 + title.Length);
        }
        return null;
    }

    private static bool Preceded(Doc doc, int start)
    {
        var before = doc.Text[Math.Max(0, start - 30)..start].TrimEnd();
        var space = before.LastIndexOfAny([' ', '\n']);
        var word = before[(space + 1)..];
        return word.Length > 0 && General.Contains(word);
    }

    // Exact: the office is stated with this country (or no country is asked for); else: stated with no country at all.
    private static bool Fits(HeldOffice office, string[] titles, string? country, bool exact) =>
        titles.Any(t => RoleRules.Fold(t) == RoleRules.Fold(office.Title))
        && (exact ? country is null || string.Equals(office.Of, country, StringComparison.OrdinalIgnoreCase) : office.Of is null);

    private static (string? Key, bool Ambiguous) OneHolder(List<HeldOffice> offices, string[] titles, string? country, bool exact)
    {
        var keys = offices.Where(o => Fits(o, titles, country, exact)).Select(o => o.PersonKey).Distinct(StringComparer.Ordinal).ToList();
        return (keys.Count == 1 ? keys[0] : null, keys.Count > 1);
    }
}
