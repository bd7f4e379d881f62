using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>A role stated next to a person's name, with the words that state it.</summary>
/// <param name="Title">The office: "Secretary of State".</param>
/// <param name="Of">Where it is held: "United States", "Harbin Municipal Committee of the Party", or null.</param>
/// <param name="Span">From the first word of the role to the end of the name (or of the apposition).</param>
internal sealed record StatedRole(string Title, string? Of, TextSpan Span);

/// <summary>Reads the roles a text states for a person mention, before the name or in an apposition after it.</summary>
/// <remarks>
/// Before the name: the longest title ending just before it ("Foreign Minister Wang Yi", "UN spokesman …"), and what
/// stands before the title — a country, a demonym, a place or an organisation mention, or "X's" — as whose office it is
/// ("US Secretary of State …" → of United States; "China's Defence Minister …" → of China). A role described in words
/// before a comma ("a new president, Lai Ching-te") is read too. After the name: ", Secretary of the Shanghai Municipal
/// Committee …," or ", associate professor at …" → the title, and the words after "of"/"at"/"for"/"in" up to the next
/// comma as whose office. "His counterpart" takes the office that matches the office of the person it refers to (the
/// Secretary of State's Russian counterpart is Russia's foreign minister). Honorifics (Mr., Dr.) are not roles.
/// </remarks>
internal static class RoleReader
{
    public static List<StatedRole> Read(Doc doc, Mention mention, EntityLexicon lexicon) => Read(doc, mention, lexicon, counterparts: true);

    private static List<StatedRole> Read(Doc doc, Mention mention, EntityLexicon lexicon, bool counterparts)
    {
        var roles = new List<StatedRole>();
        var tokens = doc.Tokens;
        var first = FirstTokenAt(tokens, mention.Span.Start);
        var last = FirstTokenAt(tokens, mention.Span.End) - 1;
        if (first < 0 || first >= tokens.Length || last < first)
            return roles;
        var sentenceSpan = doc.SentenceAt(mention.Span.Start);
        if (sentenceSpan is not { } sentence || !sentence.Contains(mention.Span))
            return roles;
        string Word(int i) => tokens[i].Span.Of(doc.Text);
        bool InSentence(int i) => i >= 0 && i < tokens.Length && sentence.Contains(tokens[i].Span);

        // Before the name: listed titles, in any case ("UN spokesman Stephane Dujarric"), one after another ("Pentagon
        // press secretary Maj. Gen. Pat Ryder" → Press Secretary of the Pentagon, and Major General).
        var anchor = first;
        for (var chained = 0; chained < 3; chained++)
        {
            var found = false;
            for (var length = lexicon.MaxTitleWords; length >= 1 && !found; length--)
            {
                var start = anchor - length;
                if (!InSentence(start))
                    continue;
                var phrase = string.Join(' ', Enumerable.Range(start, length).Select(Word));
                if (!lexicon.Titles.Contains(phrase) || RoleRules.Honorifics.Contains(phrase) || !char.IsLetter(phrase[0]))
                    continue;
                var of = OwnerBefore(doc, start, lexicon, InSentence, Word);
                var from = of.Start ?? start;
                var owner = of.Name ?? (chained == 0 && counterparts ? SharedOwner(doc, start, mention, lexicon, InSentence, Word) : null);
                roles.Add(new StatedRole(Canonical(phrase, lexicon), owner, new TextSpan(tokens[from].Span.Start, mention.Span.End)));
                anchor = from;
                found = true;
            }
            if (!found)
                break;
        }

        // "his Russian counterpart Sergei Lavrov", "his counterpart, Foreign Minister Wang Yi", "a new president, Lai Ching-te".
        {
            var afterComma = InSentence(anchor - 1) && Word(anchor - 1) == ",";
            var nounAt = afterComma ? anchor - 2 : anchor - 1;
            if (InSentence(nounAt) && RoleRules.RoleNouns.Contains(Word(nounAt)) && char.IsLower(Word(nounAt)[0]))
            {
                var from = nounAt;
                string? country = null;
                while (InSentence(from - 1) && from > nounAt - 4)
                {
                    var word = Word(from - 1);
                    if (RoleRules.RoleModifiers.Contains(word) && char.IsLower(word[0]))
                        from--;
                    else if (lexicon.Countries.TryGetValue(word, out var named) && country is null)
                    {
                        country = named;
                        from--;
                    }
                    else
                        break;
                }
                // "Russia's foreign minister, Sergei Lavrov": the possessive is the determiner and says whose.
                var opener = from - 1;
                var possessed = false;
                if (InSentence(from - 1) && Word(from - 1) is "'s" or "’s" && InSentence(from - 2) && country is null)
                {
                    var owner = OwnerBefore(doc, from, lexicon, InSentence, Word);
                    if (owner.Name is not null)
                    {
                        country = owner.Name;
                        opener = owner.Start!.Value;
                        possessed = true;
                    }
                }
                if (InSentence(opener) && (RoleRules.Determiners.Contains(Word(opener)) || possessed) && (afterComma || Word(nounAt).Equals("counterpart", StringComparison.OrdinalIgnoreCase)))
                {
                    var span = new TextSpan(tokens[opener].Span.Start, mention.Span.End);
                    if (Word(nounAt).Equals("counterpart", StringComparison.OrdinalIgnoreCase))
                    {
                        if (counterparts)
                        {
                            var office = CounterpartOffice(doc, tokens[opener].Span.Start, mention, lexicon);
                            if (office is not null && country == "United States" && RoleRules.UnitedStatesOffices.TryGetValue(office, out var american))
                                office = american;
                            roles.Add(new StatedRole(office ?? "Counterpart", country, span));
                        }
                    }
                    else if (afterComma)
                    {
                        var words = Enumerable.Range(from, nounAt - from + 1).Select(Word)
                            .Where(w => !RoleRules.TimeModifiers.Contains(w) && !lexicon.Countries.ContainsKey(w));
                        roles.Add(new StatedRole(Capitalised(string.Join(' ', words), lexicon), country, span));
                    }
                }
            }
        }

        // In an apposition after the name.
        var comma = last + 1;
        if (InSentence(comma) && Word(comma) == ",")
        {
            var titleStart = comma + 1;
            if (InSentence(titleStart) && Word(titleStart) is "the" or "a" or "an")
                titleStart++;
            var found = false;
            for (var length = lexicon.MaxTitleWords; length >= 1 && !found; length--)
            {
                var end = titleStart + length;
                if (!InSentence(end - 1))
                    continue;
                var phrase = string.Join(' ', Enumerable.Range(titleStart, length).Select(Word));
                if (!lexicon.Titles.Contains(phrase) || RoleRules.Honorifics.Contains(phrase) || !char.IsLetter(phrase[0]))
                    continue;
                if (InSentence(end) && Word(end) is not ("of" or "for" or "at" or "in" or "," or "." or ";" or "said" or "who" or "told"))
                    break; // "Chen, Secretary-designate who …": not a plain apposition
                found = true;
                var (of, stop) = OwnerAfter(doc, end, InSentence, Word, keepPhrase: true);
                roles.Add(new StatedRole(Canonical(phrase, lexicon), of, new TextSpan(mention.Span.Start, tokens[stop - 1].Span.End)));
            }
            if (!found)
            {
                // ", associate professor at …", ", founder and president of …", ", party spokesman".
                var end = titleStart;
                var nounEnd = -1;
                while (InSentence(end) && end - titleStart < 5)
                {
                    var word = Word(end);
                    if (!char.IsLower(word[0]) || !(RoleRules.RoleModifiers.Contains(word) || RoleRules.RoleNouns.Contains(word)))
                        break;
                    end++;
                    if (RoleRules.RoleNouns.Contains(word))
                        nounEnd = end;
                }
                if (nounEnd > titleStart && (!InSentence(nounEnd) || Word(nounEnd) is "of" or "for" or "at" or "in" or "with" or "," or "." or ";" or "said" or "who" or "told"))
                {
                    var (of, stop) = OwnerAfter(doc, nounEnd, InSentence, Word, keepPhrase: false);
                    var words = Enumerable.Range(titleStart, nounEnd - titleStart).Select(Word).Where(w => !RoleRules.TimeModifiers.Contains(w));
                    roles.Add(new StatedRole(Capitalised(string.Join(' ', words), lexicon), of, new TextSpan(mention.Span.Start, tokens[stop - 1].Span.End)));
                }
            }
        }
        return roles;
    }

    // "of the Harbin Municipal Committee of the Party" → the whole phrase; "of the Oslo-based think
    // tank Nordic Policy Forum" → the organisation the description ends with.
    private static (string? Of, int Stop) OwnerAfter(Doc doc, int end, Func<int, bool> inSentence, Func<int, string> word, bool keepPhrase)
    {
        var tokens = doc.Tokens;
        if (!inSentence(end) || word(end) is not ("of" or "for" or "at" or "in" or "with"))
            return (null, end);
        var ofStart = end + 1;
        if (inSentence(ofStart) && word(ofStart) == "the")
            ofStart++;
        var stop = ofStart;
        while (inSentence(stop) && stop - ofStart < 14 && word(stop) is not ("," or ";" or "." or "said" or "who" or "told" or "—" or "–" or "(" or ")"))
        {
            // "… School of Public Policy in Singapore": a place after "in" says where, not whose.
            if (stop > ofStart && word(stop) == "in" && inSentence(stop + 1) && char.IsUpper(word(stop + 1)[0]))
                break;
            stop++;
        }
        // "the Stimson Center based in Washington": a participle after the name is not part of it.
        while (!keepPhrase && stop - 1 > ofStart && char.IsLower(word(stop - 1)[0]) && (word(stop - 1).EndsWith("ed", StringComparison.Ordinal) || word(stop - 1).EndsWith("ing", StringComparison.Ordinal)))
            stop--;
        if (stop <= ofStart)
            return (null, end);
        var phrase = new TextSpan(tokens[ofStart].Span.Start, tokens[stop - 1].Span.End);
        var of = phrase.Of(doc.Text);
        if (!keepPhrase)
        {
            // The named organisation at the end of a description ("think tank Center for …").
            var named = doc.Mentions.Where(m => m.Kind is EntityKind.Org or EntityKind.Gpe or EntityKind.Facility && phrase.Contains(m.Span) && m.Span.End == phrase.End).FirstOrDefault();
            if (named is not null && named.Span.Start > phrase.Start)
            {
                var prefix = doc.Text[phrase.Start..named.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (prefix.Any(w => char.IsLower(w[0]) && w is not ("of" or "the" or "for" or "and")))
                    of = doc[named.Span];
            }
            if (of.EndsWith("'s", StringComparison.Ordinal) || of.EndsWith("’s", StringComparison.Ordinal))
                of = of[..^2];
        }
        return (of, stop);
    }

    // "US Treasury Secretary Ana Reyes and Commerce Secretary Tom Vik": a country before the first of two titled people
    // joined by "and" is whose office both hold.
    private static string? SharedOwner(Doc doc, int titleStart, Mention mention, EntityLexicon lexicon, Func<int, bool> inSentence, Func<int, string> word)
    {
        if (!inSentence(titleStart - 1) || word(titleStart - 1) != "and")
            return null;
        var before = doc.Tokens[titleStart - 1].Span.Start;
        var other = doc.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && m.Span.End <= before && m.EntityKey != mention.EntityKey);
        if (other is null || doc.Text.AsSpan(other.Span.End, before - other.Span.End).Trim().Length > 0)
            return null;
        var owner = Read(doc, other, lexicon, counterparts: false).Select(r => r.Of).FirstOrDefault(o => o is not null);
        return owner is not null && lexicon.CountryOf(owner) is not null ? owner : null;
    }

    // The office of the counterpart's opposite number: "his" is the person named last before it (in the sentence, else
    // the sentence before), and their office, as this article states it, decides.
    private static string? CounterpartOffice(Doc doc, int before, Mention mention, EntityLexicon lexicon)
    {
        var owner = doc.Mentions.LastOrDefault(m => m.Kind == EntityKind.Person && m.Span.End <= before && m.EntityKey != mention.EntityKey);
        if (owner is null)
            return null;
        foreach (var other in doc.Mentions.Where(m => m.Kind == EntityKind.Person && m.EntityKey == owner.EntityKey))
        {
            foreach (var role in Read(doc, other, lexicon, counterparts: false))
            {
                if (RoleRules.CounterpartOffices.TryGetValue(role.Title, out var office))
                    return office;
                if (RoleRules.UnitedStatesOffices.FirstOrDefault(p => RoleRules.Fold(p.Value) == RoleRules.Fold(role.Title)).Key is { } generic)
                    return generic;
            }
        }
        return null;
    }

    private static string Canonical(string phrase, EntityLexicon lexicon)
    {
        var title = lexicon.CanonicalTitles.TryGetValue(phrase, out var listed) ? listed : phrase;
        return RoleRules.TitleExpansions.TryGetValue(title, out var expanded) ? expanded : Capitalised(title, lexicon);
    }

    private static string Capitalised(string title, EntityLexicon lexicon) =>
        lexicon.CanonicalTitles.TryGetValue(title, out var listed) ? listed : char.ToUpperInvariant(title[0]) + title[1..];

    // "US", "Chinese", "Shanghai", "China's", "the State Department's", "Biden's" just before a title: whose office it is.
    private static (string? Name, int? Start) OwnerBefore(Doc doc, int titleStart, EntityLexicon lexicon, Func<int, bool> inSentence, Func<int, string> word)
    {
        var end = titleStart;
        var possessive = inSentence(end - 1) && word(end - 1) is "'s" or "’s";
        if (possessive)
            end--;
        if (!inSentence(end - 1))
            return (null, null);
        var previous = doc.Tokens[end - 1].Span;
        var owner = doc.Mentions.LastOrDefault(m => (m.Span.End == previous.End || possessive && m.Span.End == doc.Tokens[end].Span.End)
            && (m.Kind is not EntityKind.Person || possessive));
        if (owner is not null)
        {
            var surface = doc[owner.Span];
            if (surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("’s", StringComparison.Ordinal))
                surface = surface[..^2];
            var start = FirstTokenAt(doc.Tokens, owner.Span.Start);
            return (lexicon.Countries.TryGetValue(surface, out var country) ? country : surface, start);
        }
        var single = word(end - 1);
        return lexicon.Countries.TryGetValue(single, out var named) ? (named, end - 1) : (null, null);
    }

    private static int FirstTokenAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
