using Dossier.Documents;

namespace Dossier.Extraction.Entities;

// From tags to entity spans: the tidying rules for news text and the names the tagger leaves out.
public sealed partial class NerModel
{
    /// <summary>The entities a tag sequence marks, tidied for news text.</summary>
    /// <remarks>
    /// In edited news a name is capitalised, so an all-lower-case span is a tagging error and is dropped, as is a lone
    /// common word ("Itinerary", "For"). Punctuation and a possessive "'s" at the edges are trimmed, and a span that runs
    /// across a slash, colon, bar or quote ("Mark Cole/Pool/AFP") is cut there and keeps its first part.
    /// </remarks>
    internal List<(int Start, int End, EntityKind Kind)> Spans(ReadOnlySpan<string> words, ReadOnlySpan<int> tags)
    {
        var spans = new List<(int Start, int End, EntityKind Kind)>();
        foreach (var (first, last, kind) in BilouTags.Decode(tags))
        {
            var end = last;
            for (var i = first + 1; i < end; i++)
            {
                if (IsBreak(words[i]))
                {
                    end = i;
                    break;
                }
            }
            // A lower-case word that is not a connector ("arrived", "in") cannot be inside the name of a person, place or
            // organisation: the span is two. Events and other names keep theirs ("the 2004 presidential election").
            // …unless the whole span is a listed place or body: "Dar es Salaam", "Bosnia and Herzegovina".
            var loose = kind is EntityKind.Event or EntityKind.Other
                || (end - first >= 3 && (Gazetteer.Lookup(words[first..end]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Town | GazetteerCategory.Org)) != 0);
            var partStart = first;
            for (var i = first; i <= end; i++)
            {
                if (i < end && (loose || !(StartsLower(words[i]) && !(kind == EntityKind.Person ? NameRules.NameParticles : NameRules.Connectors).Contains(words[i])
                    && !(kind == EntityKind.Person && IsNameParticle(words, first, end, i)))))
                    continue;
                if (i > partStart)
                    AddPart(words, partStart, i, partStart == first && i == end ? kind : KindOfPart(words[partStart..i], kind), spans);
                partStart = i + 1;
            }
        }
        AddMissedNames(words, spans);
        return spans;
    }

    // Names news writes in fixed patterns, which the tagger (trained on little news) leaves out: a capitalised run before
    // an abbreviated company form ("Crane Co.") or ending in a body's head word, a town and its state after a comma
    // ("Amherst, N.Y."), a listed organisation's acronym, and nationality, people or religion words on their own ("Cuban",
    // "African", "Catholic", which CoNLL calls MISC).
    private void AddMissedNames(ReadOnlySpan<string> words, List<(int Start, int End, EntityKind Kind)> spans)
    {
        var added = false;
        var covered = new bool[words.Length];
        foreach (var (start, end, _) in spans)
            covered.AsSpan(start, end - start).Fill(true);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (covered[i])
                continue;
            var at = NameRules.OrganisationEndings.Contains(word) ? SpanEndingAt(spans, i) : -1;
            if (at >= 0)
            {
                // "Brenner Valley" + "Commission", "Milton Roy" + "Corp.": the name of a body or company the tagger cut short.
                spans[at] = (spans[at].Start, i + 1, EntityKind.Org);
                covered[i] = true;
                continue;
            }
            if (NameRules.OrganisationEndings.Contains(word) && !NameRules.CompanyForms.Contains(word) && OrganisationStart(words, covered, i) is var opening && opening < i)
            {
                // "the Justice Department", "the Securities and Exchange Commission", left out by the tagger.
                spans.Add((opening, i + 1, EntityKind.Org));
                covered.AsSpan(opening, i + 1 - opening).Fill(true);
                added = true;
                continue;
            }
            if (NameRules.AbbreviatedCompanyForms.Contains(word) && i > 0)
            {
                // The capitalised run before the form ("Crane Co."), when the tagger left all of it out.
                var first = i;
                while (first > 0 && !covered[first - 1] && IsCapitalisedWord(words[first - 1]))
                    first--;
                if (first < i)
                {
                    spans.Add((first, i + 1, EntityKind.Org));
                    covered.AsSpan(first, i + 1 - first).Fill(true);
                    added = true;
                }
                continue;
            }
            if (NameRules.StatesAfterTowns.Contains(word) && i >= 2 && words[i - 1] == "," && IsCapitalisedWord(words[i - 2]))
            {
                spans.Add((i, i + 1, EntityKind.Gpe));
                covered[i] = true;
                var first = i - 1;
                while (first > 0 && !covered[first - 1] && IsCapitalisedWord(words[first - 1]) && !NameRules.LeadingFunctionWords.Contains(words[first - 1]))
                    first--;
                if (first < i - 1)
                {
                    spans.Add((first, i - 1, EntityKind.Gpe));
                    covered.AsSpan(first, i - 1 - first).Fill(true);
                }
                added = true;
                continue;
            }
            if (word.Length is >= 2 and <= 6 && IsAllUpper(word) && word.All(char.IsLetter)
                && (Gazetteer.Lookup(words[i..(i + 1)]) & ~GazetteerCategory.FirstName) == GazetteerCategory.Org)
            {
                // "The FBI is …": a listed organisation's acronym, which the tagger is unsure of after a capitalised "The".
                spans.Add((i, i + 1, EntityKind.Org));
                covered[i] = true;
                added = true;
                continue;
            }
            if (IsCapitalisedWord(word) && (NameRules.ReligionsAndPeoples.Contains(word) || IsNationalityWord(word)))
            {
                spans.Add((i, i + 1, EntityKind.Other));
                covered[i] = true;
                added = true;
            }
        }
        if (added)
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // The span (not an event) that ends right before token end, or -1.
    private static int SpanEndingAt(List<(int Start, int End, EntityKind Kind)> spans, int end)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            if (spans[k].End == end && spans[k].Kind != EntityKind.Event)
                return k;
        }
        return -1;
    }

    // Where the capitalised name ending at a body's head word begins: back over capitalised words and the joining words
    // between them, never over an opening function word ("The").
    private static int OrganisationStart(ReadOnlySpan<string> words, bool[] covered, int head)
    {
        var first = head;
        for (var k = head - 1; k >= 0 && !covered[k]; k--)
        {
            if (IsCapitalisedWord(words[k]) && !NameRules.LeadingFunctionWords.Contains(words[k]))
                first = k;
            else if (!(NameRules.OrganisationJoiners.Contains(words[k]) && k > 0 && IsCapitalisedWord(words[k - 1])))
                break;
        }
        return first;
    }

    // "Cuban", "Cubans": listed as a nationality and not also as a country or place; a plural by its singular unless it
    // is a country ("Philippines"), since the Phoenix files list some plurals among a country's place names.
    private bool IsNationalityWord(string word)
    {
        const GazetteerCategory placeOrNationality = GazetteerCategory.Demonym | GazetteerCategory.Country | GazetteerCategory.Place;
        var listed = Gazetteer.Lookup([word]) & placeOrNationality;
        return listed == GazetteerCategory.Demonym
            || ((listed & GazetteerCategory.Country) == 0 && word.Length > 4 && word[^1] == 's' && (Gazetteer.Lookup([word[..^1]]) & placeOrNationality) == GazetteerCategory.Demonym);
    }

    private static bool IsCapitalisedWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLetter);



    private EntityKind KindOfPart(ReadOnlySpan<string> words, EntityKind fallback)
    {
        var listed = Gazetteer.Lookup(words);
        if ((listed & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Town)) != 0)
            return EntityKind.Gpe;
        if ((listed & GazetteerCategory.Person) != 0)
            return EntityKind.Person;
        if ((listed & GazetteerCategory.Org) != 0)
            return EntityKind.Org;
        return fallback;
    }

    private void AddPart(ReadOnlySpan<string> words, int first, int last, EntityKind kind, List<(int Start, int End, EntityKind Kind)> spans)
    {
        if (kind == EntityKind.Person)
        {
            // Only name particles are lower case inside a person's name: "Janet Yellen and Commerce Secretary …" is two.
            for (var i = first; i < last; i++)
            {
                if (StartsLower(words[i]) && !NameRules.NameParticles.Contains(words[i]) && !IsNameParticle(words, first, last, i))
                {
                    AddPart(words, first, i, kind, spans);
                    AddPart(words, i + 1, last, kind, spans);
                    return;
                }
            }
        }
        var start = first;
        var end = last;
        // Edge punctuation, and lower-case words or a capitalised article at the edges ("a State Department", "The EU").
        while (start < end && (IsEdgeNoise(words[start]) || StartsLower(words[start]) || NameRules.LeadingFunctionWords.Contains(words[start])
            || (kind == EntityKind.Person && NameRules.Weekdays.Contains(words[start]))))
            start++; // "On Sunday Yellen was received …": a weekday is no part of a name
        while (end > start && (IsEdgeNoise(words[end - 1]) || (kind is not (EntityKind.Event or EntityKind.Other) && StartsLower(words[end - 1]))
            || (kind != EntityKind.Event && NameRules.Weekdays.Contains(words[end - 1]))))
            end--; // "… at the Rose Garden Wednesday": the weekday is when, not part of the name
        if (end == start)
            return;
        // "US Ambassador to Japan Okafor": the country after a title's "to" ends the title; the name after it is the holder's.
        if (kind is EntityKind.Person or EntityKind.Gpe && end - start >= 2 && start > 1 && words[start - 1] is "to" or "of"
            && EntityLexicon.Default.Titles.Contains(words[start - 2])
            && (Gazetteer.Lookup(words[start..(start + 1)]) & (GazetteerCategory.Country | GazetteerCategory.Person | GazetteerCategory.FirstName)) == GazetteerCategory.Country
            && (Gazetteer.Lookup(words[(start + 1)..end]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Town)) == 0)
        {
            spans.Add((start, start + 1, EntityKind.Gpe));
            start++;
            kind = EntityKind.Person;
        }
        var capitalised = false;
        for (var i = start; i < end && !capitalised; i++)
            capitalised = words[i].Length > 0 && (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]));
        if (!capitalised)
            return;
        if (end - start == 1 && !IsAllUpper(words[start]) && CommonWords.Contains(words[start].ToLowerInvariant()))
            return;
        // "European Union and NATO": two listed names joined by "and" are two entities.
        var and = words[start..end].IndexOf("and");
        if (and > 0 && and < end - start - 1
            && Gazetteer.Lookup(words[start..(start + and)]) != GazetteerCategory.None
            && Gazetteer.Lookup(words[(start + and + 1)..end]) != GazetteerCategory.None)
        {
            AddPart(words, start, start + and, KindOfPart(words[start..(start + and)], kind), spans);
            AddPart(words, start + and + 1, end, KindOfPart(words[(start + and + 1)..end], kind), spans);
            return;
        }
        // "US Secretary of State Antony Blinken": a title inside a span separates whose office it is from the person.
        var lexicon = EntityLexicon.Default;
        for (var i = start; i < end - 1; i++)
        {
            for (var length = Math.Min(lexicon.MaxTitleWords, end - 1 - i); length >= 1; length--)
            {
                var title = string.Join(' ', words[i..(i + length)].ToArray());
                if (!char.IsUpper(title[0]) || !lexicon.Titles.Contains(title) || StartsLower(words[i + length]) || !char.IsLetter(words[i + length][0]))
                    continue;
                if (!(kind == EntityKind.Person || i > start || length >= 2 || title.EndsWith('.')))
                    continue; // "General Motors" is a company, not a general; "Gen. CQ Brown" is a general
                if (i > start)
                    spans.Add((start, i, KindOfPart(words[start..i], lexicon.Countries.ContainsKey(string.Join(' ', words[start..i].ToArray())) ? EntityKind.Gpe : kind)));
                AddPart(words, i + length, end, EntityKind.Person, spans);
                return;
            }
        }
        // "U.S. Congress", "U.S. Immigration and Naturalization Service": the country and its body are two names.
        if (kind == EntityKind.Org && end - start >= 2 && NameRules.CountryAbbreviations.Contains(words[start]) && IsCapitalisedWord(words[start + 1])
            && NameRules.PublicBodyEndings.Contains(words[end - 1]))
        {
            spans.Add((start, start + 1, EntityKind.Gpe));
            start++;
        }
        // "Milton Roy Corp.", "Securities and Exchange Commission": a name ending in a company form or the head word of a
        // body is an organisation, whatever the tagger made of the words before it, unless it is a listed place.
        if (kind != EntityKind.Event && end - start >= 2 && NameRules.OrganisationEndings.Contains(words[end - 1])
            && (Gazetteer.Lookup(words[start..end]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Town)) == 0)
            kind = EntityKind.Org;
        if (kind is EntityKind.Person or EntityKind.Other && end - start >= 2 && NameRules.FacilityEndings.Contains(words[end - 1]))
            kind = EntityKind.Facility;
        if (kind == EntityKind.Person && end - start >= 2)
        {
            // "a final between the Lagos Lions and …": "the" before a whole name makes it a team, band or body, not a
            // person (a person's name after "the" modifies a noun: "the Obama administration").
            if (start > 0 && words[start - 1] is "the" && (end == words.Length || !StartsLower(words[end]) || NameRules.WordsAfterAWholeName.Contains(words[end]))
                && !NamesAPerson(words[start..end]))
                kind = EntityKind.Org;
        }
        // "LONDON", "Kenya": a word the gazetteer lists as a country or place and not as a person is not a person.
        if (kind == EntityKind.Person && end - start == 1
            && (Gazetteer.Lookup(words[start..end]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Person)) is var listed
            && listed != GazetteerCategory.None && (listed & GazetteerCategory.Person) == 0)
            kind = EntityKind.Gpe;
        // "Mexicans", "Pakistani": a nationality word is not the place (CoNLL and the linker call it MISC / Other).
        if (kind is not (EntityKind.Other or EntityKind.Event) && end - start == 1 && (IsNationalityWord(words[start]) || NameRules.ReligionsAndPeoples.Contains(words[start])))
            kind = EntityKind.Other;
        spans.Add((start, end, kind));
    }

    // "Daniel arap Moi": a short lower-case word between two capitalised words of a person's name, which the model knows
    // as no common word, is a particle of the name (the common ones are listed in NameRules.NameParticles).
    private bool IsNameParticle(ReadOnlySpan<string> words, int first, int end, int i) =>
        i > first && i + 1 < end && words[i].Length <= 4 && words[i].All(char.IsLetter) && !CommonWords.Contains(words[i])
        && IsCapitalisedWord(words[i - 1]) && IsCapitalisedWord(words[i + 1]);

    // Whether a word of the name is listed as a person or a given name ("the Prophet Muhammad").
    private bool NamesAPerson(ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if ((Gazetteer.Lookup(words[i..(i + 1)]) & (GazetteerCategory.Person | GazetteerCategory.FirstName)) != 0)
                return true;
        }
        return (Gazetteer.Lookup(words) & GazetteerCategory.Person) != 0;
    }




    private static bool IsBreak(string word) => word is "/" or ":" or "|" or "“" or "”" or "\"" or "," or ";" or "(" or ")" or "—" or "–";

    private static bool StartsLower(string word) => word.Length > 0 && char.IsLower(word[0]) && !IsPrefixedName(word);

    // "al-Nafjan", "el-Sisi", "ez-Zor": an Arabic article or "bin"/"abu" joined by a hyphen to a capitalised name is part of
    // the name, though it starts in lower case.
    private static bool IsPrefixedName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen is >= 2 and <= 4 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && NameRules.NamePrefixes.Contains(word[..hyphen]);
    }


    private static bool IsEdgeNoise(string word)
    {
        if (word is "'s" or "’s" or "'" or "’")
            return true;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                return false;
        }
        return true;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
        }
        return word.Length > 1;
    }
}
