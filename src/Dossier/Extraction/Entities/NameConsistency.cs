using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>The document-level pass over the tagger's output: a name is tagged alike throughout one article.</summary>
/// <remarks>
/// A news story names someone in full once ("Environment Minister John Baird") and by surname afterwards ("Baird
/// said"); sentence by sentence, the tagger misses or mistypes some of the short forms. After every sentence is tagged:
/// <list type="bullet">
/// <item>a name tagged with several kinds takes the kind most of its mentions got (ties keep their own);</item>
/// <item>a lone word that is the last word of a person's full name in the article is that person, and is tagged where
/// the tagger left it out (unless it opens the sentence and is a common word);</item>
/// <item>a lone word that is the first word of a person's full name written twice is that person too ("Elian" after
/// "Elian Gonzalez"), unless the gazetteer lists it as anything but a person or given name ("TikTok Law:" tagged as a
/// person does not make every "TikTok" one);</item>
/// <item>a company named once with its form ("Milton Roy Corp.") is the company wherever the name recurs without it
/// ("Milton Roy") or by its first word alone ("Ralston" after "Ralston Purina Co."), whatever the tagger made of it
/// there;</item>
/// <item>an acronym made of the initials of a name of two words or more tagged in the article ("INS" after "Immigration
/// and Naturalization Service") is that name's kind, and an acronym tagged once is tagged where it recurs untagged;</item>
/// <item>a name of two words or more tagged somewhere is tagged where it recurs untagged.</item>
/// </list>
/// New spans never overlap the tagger's. The same surname shared by two people still marks a person.
/// </remarks>
internal static class NameConsistency
{
    public static void Apply(NerModel model, IReadOnlyList<string[]> sentences, List<List<(int Start, int End, EntityKind Kind)>> spans)
    {
        var votes = new Dictionary<string, Dictionary<EntityKind, int>>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        var fullNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var companies = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (start, end, kind) in spans[s])
            {
                var key = Key(sentences[s], start, end);
                if (!votes.TryGetValue(key, out var kinds))
                    votes[key] = kinds = [];
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                // "Other Americans" tagged as a person does not make every "Americans" one.
                if (kind == EntityKind.Person && end - start >= 2 && IsName(sentences[s][end - 1])
                    && (model.Gazetteer.Lookup(sentences[s].AsSpan(end - 1, 1)) & (GazetteerCategory.Demonym | GazetteerCategory.Country)) == 0)
                    surnames.Add(sentences[s][end - 1]);
                if (kind == EntityKind.Person && end - start >= 2 && IsName(sentences[s][start]))
                    fullNames[key] = fullNames.GetValueOrDefault(key) + 1;
                if (kind == EntityKind.Org && end - start >= 2 && NameRules.CompanyForms.Contains(sentences[s][end - 1]) && IsName(sentences[s][start]))
                    companies.Add(Key(sentences[s], start, end - 1));
            }
        }
        // A given name alone is taken for the person only after the full name was written twice (a story about Elian
        // Gonzalez calls him Elian; a language or a people tagged once as a "person" must not spread). A word that is
        // both a given name and a surname ("Lee") stays a surname.
        foreach (var (fullName, count) in fullNames)
        {
            if (count >= 2)
                givenNames.Add(fullName[..fullName.IndexOf(' ', StringComparison.Ordinal)]);
        }
        givenNames.ExceptWith(surnames);
        givenNames.RemoveWhere(w => (model.Gazetteer.Lookup([w]) & ~(GazetteerCategory.Person | GazetteerCategory.FirstName)) != 0);
        surnames.UnionWith(givenNames);
        if (votes.Count == 0)
            return;
        var multiWord = votes.Where(v => v.Key.Contains(' ', StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => Majority(v.Value), StringComparer.Ordinal);
        foreach (var company in companies.ToList())
        {
            if (!company.Contains(' ', StringComparison.Ordinal))
                continue;
            multiWord[company] = EntityKind.Org;
            // "Ralston Purina Co." is "Ralston" later in the story, unless that word is a common word, a title or a listed
            // name of something else ("American Express Co." does not make "American" a company).
            var first = company[..company.IndexOf(' ', StringComparison.Ordinal)];
            if (first.Length > 2 && IsName(first) && !model.CommonWords.Contains(first.ToLowerInvariant())
                && (model.Gazetteer.Lookup([first]) & ~GazetteerCategory.Org) == 0)
                companies.Add(first);
        }
        var longest = multiWord.Count == 0 ? 0 : multiWord.Keys.Max(k => k.Count(c => c == ' ') + 1);
        var acronyms = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (name, kind) in multiWord)
        {
            if (kind is EntityKind.Org or EntityKind.Gpe or EntityKind.Other && Initials(name) is { Length: >= 2 } initials)
                acronyms.TryAdd(initials, kind);
        }
        foreach (var (name, kinds) in votes)
        {
            // An acronym tagged somewhere ("FBI agents") is the same body where the tagger left it out ("The FBI is").
            if (name.Length is >= 2 and <= 6 && name.All(char.IsAsciiLetterUpper))
                acronyms.TryAdd(name, Majority(kinds));
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var list = spans[s];
            for (var i = 0; i < list.Count; i++)
            {
                var (start, end, kind) = list[i];
                var key = Key(words, start, end);
                var majority = Majority(votes[key]);
                if (companies.Contains(key))
                    kind = EntityKind.Org;
                else if (end - start == 1 && acronyms.TryGetValue(key, out var expanded))
                    kind = expanded;
                else if (majority != kind && votes[key][majority] > votes[key][kind])
                    kind = majority;
                else if (end - start == 1 && kind != EntityKind.Person && surnames.Contains(words[start])
                    && (model.Gazetteer.Lookup(words.AsSpan(start, 1)) & (GazetteerCategory.Country | GazetteerCategory.Place)) == 0)
                    kind = EntityKind.Person;
                list[i] = (start, end, kind);
            }

            var covered = new bool[words.Length];
            foreach (var (start, end, _) in list)
            {
                for (var k = start; k < end; k++)
                    covered[k] = true;
            }
            var added = false;
            for (var i = 0; i < words.Length; i++)
            {
                if (covered[i] || !(IsName(words[i]) || acronyms.ContainsKey(words[i])))
                    continue;
                // The longest recurring multi-word name starting here, over uncovered words only.
                var found = 0;
                var foundKind = EntityKind.Other;
                for (var length = Math.Min(longest, words.Length - i); length >= 2 && found == 0; length--)
                {
                    if (covered.AsSpan(i, length).Contains(true) || !IsName(words[i + length - 1]))
                        continue;
                    if (multiWord.TryGetValue(Key(words, i, i + length), out var known))
                    {
                        found = length;
                        foundKind = known;
                    }
                }
                if (found == 0 && acronyms.TryGetValue(words[i], out var acronymKind))
                {
                    found = 1;
                    foundKind = acronymKind;
                }
                if (found == 0 && (surnames.Contains(words[i]) || companies.Contains(words[i])) && !(i == 0 && model.CommonWords.Contains(words[i].ToLowerInvariant())))
                {
                    found = 1;
                    foundKind = companies.Contains(words[i]) ? EntityKind.Org : EntityKind.Person;
                }
                if (found == 0)
                    continue;
                list.Add((i, i + found, foundKind));
                covered.AsSpan(i, found).Fill(true);
                added = true;
                i += found - 1;
            }
            if (added)
                list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static EntityKind Majority(Dictionary<EntityKind, int> kinds)
    {
        var best = EntityKind.Other;
        var bestCount = -1;
        foreach (var (kind, count) in kinds.OrderBy(k => k.Key))
        {
            if (count > bestCount)
            {
                best = kind;
                bestCount = count;
            }
        }
        return best;
    }

    // "Immigration and Naturalization Service" → "INS": the first letters of the capitalised words.
    private static string? Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' '))
        {
            if (word.Contains('.', StringComparison.Ordinal) && initials.Length == 0)
                continue; // "U.S. Immigration and Naturalization Service" is still "INS"
            if (word.Length > 0 && char.IsUpper(word[0]))
                initials.Append(word[0]);
            else if (word is not ("and" or "of" or "for" or "the" or "&"))
                return null;
        }
        return initials.ToString();
    }

    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    private static string Key(string[] words, int start, int end) => end - start == 1 ? words[start] : string.Join(' ', words[start..end]);
}
