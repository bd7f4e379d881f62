using System.Globalization;
using System.Text;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Normalised names: the words that identify an entity, without titles, initials, accents or case.</summary>
internal static class NameKeys
{
    /// <summary>The identifying words of a name: "Secretary Antony J. Blinken's" → ["antony", "blinken"].</summary>
    public static string[] Words(string surface, EntityLexicon lexicon)
    {
        var words = new List<string>();
        foreach (var raw in surface.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            words.Add(raw);
        // Titles at the start ("Mr.", "Secretary of State") are not part of the name.
        var start = 0;
        for (var changed = true; changed && start < words.Count - 1;)
        {
            changed = false;
            for (var length = Math.Min(lexicon.MaxTitleWords, words.Count - start - 1); length >= 1; length--)
            {
                if (lexicon.Titles.Contains(string.Join(' ', words.Skip(start).Take(length))))
                {
                    start += length;
                    changed = true;
                    break;
                }
            }
        }
        var result = new List<string>();
        for (var i = start; i < words.Count; i++)
        {
            var word = Fold(words[i]);
            if (word is "'s" or "’s" or "the" || word.Length == 0)
                continue;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                word = word[..^2];
            // Middle initials ("J.") do not tell two people apart in news copy.
            if (word.Length == 2 && word[1] == '.' && i > start && i < words.Count - 1)
                continue;
            result.Add(word);
        }
        return [.. result];
    }

    /// <summary>The entity key of a mention in one article, before surnames are linked: <c>person:antony blinken</c>, <c>gpe:china</c>.</summary>
    public static string Key(EntityKind kind, string surface, EntityLexicon lexicon)
    {
        var trimmed = surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface;
        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("’s", StringComparison.Ordinal))
            trimmed = trimmed[..^2].TrimEnd();
        if (kind is EntityKind.Gpe or EntityKind.Other or EntityKind.Org && lexicon.Countries.TryGetValue(trimmed, out var country))
            return "gpe:" + Fold(country);
        if (kind == EntityKind.Person)
            return "person:" + string.Join(' ', Words(trimmed, lexicon));
        return KindName(kind) + ":" + Fold(trimmed);
    }

    public static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Lower case without accents: "Côte" → "cote".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c == '’' ? '\'' : c));
        }
        return builder.ToString();
    }
}
