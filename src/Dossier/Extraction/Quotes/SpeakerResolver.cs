using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>Resolves each quote's speaker phrase to the words that name who it is: a pronoun to the most recent
/// compatible person, "the official" to the official introduced before, a surname to the full name.</summary>
/// <remarks>
/// A small salience model, not coreference: candidates are the people named so far (person mentions when the
/// entities stage ran, capitalised names otherwise) and the speakers of earlier quotes; a pronoun takes the most
/// recent candidate before it. Names inside quotations and possessives ("Blinken's visit") are not candidates,
/// because neither makes someone the topic the next "he" refers to.
/// </remarks>
internal static class SpeakerResolver
{
    private readonly record struct Candidate(TextSpan Span, TextSpan Referent, bool Singular, string Head);

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    public static List<Quote> Resolve(TokenView t, List<Quote> quotes, IReadOnlyList<TextSpan>? people)
    {
        var text = t.Text;
        var quoted = quotes.Where(q => q.Direct).Select(q => q.Content).ToList();
        var names = people is null ? FindNames(t) : [.. people];
        var fullNames = new List<(string Key, TextSpan Span)>();
        // A sentence that gives a quote to a named speaker makes that speaker its topic; one that gives it to "he"
        // ("Wang listed grievances, and he warned that …") leaves its first name the topic.
        var speakerSentences = quotes.Where(q => q.Speaker is { } sp && !QuoteCues.Pronouns.ContainsKey(sp.Of(text)))
            .Select(q => t.SentenceOf[Math.Min(t.TokenAtOrAfter(q.Speaker!.Value.Start), t.Count - 1)]).ToHashSet();
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var candidates = new List<Candidate>();
        var lastSentence = -1;
        foreach (var name in names.OrderBy(n => n.Start))
        {
            var words = name.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = words[^1];
            if (words.Length == 2)
                fullNames.Add((words[0], name)); // Chinese order: "Xi Jinping" is later "Xi"
            if (words.Length >= 2)
                fullNames.Add((last, name));
            if (TitleGender(t, name) is var g && g != Gender.Unknown)
                genders.TryAdd(last, g);
            // Only the first name of a sentence that ends like a sentence is its topic: captions and credits
            // ("… © AFP – Photographer NAME") and names further into a sentence do not become the next "he".
            var sentence = t.SentenceOf[Math.Min(t.TokenAtOrAfter(name.Start), t.Count - 1)];
            if (sentence == lastSentence)
                continue;
            lastSentence = sentence;
            // In a sentence that attributes a quote, its speaker is the topic, not the other people it names.
            // "Xi's tone was warmer. He told …": a possessive opening its sentence is still its topic.
            var opensSentence = t.SentenceFirst[sentence] == t.TokenAtOrAfter(name.Start);
            if (!EndsLikeSentence(t, sentence) || speakerSentences.Contains(sentence) || quoted.Any(q => q.Contains(name)) || (IsPossessive(text, name) && !opensSentence))
                continue;
            var referent = words.Length == 1 ? FullName(fullNames, last, name.Start) ?? name : name;
            candidates.Add(new Candidate(name, referent, true, ""));
        }

        var ordered = quotes.Select((q, i) => (q, i)).Where(x => x.q.Speaker is not null).OrderBy(x => x.q.Speaker!.Value.Start).ToList();
        var result = quotes.ToArray();
        var speakers = new List<Candidate>();
        foreach (var (quote, index) in ordered)
        {
            var span = quote.Speaker!.Value;
            var phrase = span.Of(text);
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = words[^1].ToLowerInvariant();
            TextSpan? antecedent;
            bool singular;
            if (QuoteCues.Pronouns.TryGetValue(phrase, out var one))
            {
                singular = one;
                // "she" never takes a man known as Mr. X or as "he" before, nor "he" a woman.
                var wanted = phrase.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
                antecedent = one
                    ? Latest(candidates, speakers, span.Start, c => c.Singular && Compatible(GenderOf(text, c.Referent, genders), wanted))
                    : Latest(speakers, [], span.Start, c => !c.Singular);
                // "On Friday, the Foreign Ministry followed up …, he warned": a pronoun whose sentence has an
                // organisation as its subject speaks for that organisation's person named before ("Foreign Minister
                // X"), not for whoever was named last.
                if (one && OrganisationSubject(t, span.Start) is { } organisation && !NamedInSentenceBefore(t, names, span.Start)
                    && MemberOf(t, names, organisation, span.Start, n => Compatible(GenderOf(text, n, genders), wanted)) is { } member)
                    antecedent = member;
                if (antecedent is { } resolved && wanted != Gender.Unknown && LastWord(resolved.Of(text)) is { Length: > 0 } key && char.IsUpper(key[0]))
                    genders.TryAdd(key, wanted);
                if (phrase.Equals("it", StringComparison.OrdinalIgnoreCase))
                    antecedent = null;
            }
            else if (QuoteCues.SpeakerNouns.Contains(head) && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                // "the senior State Department official" is the one introduced with those words before.
                singular = !head.EndsWith('s');
                var described = words.Skip(1).ToArray();
                antecedent = Latest(speakers, [], span.Start, c => c.Head == head && described.All(w => c.Referent.Of(text).Contains(w, StringComparison.Ordinal)))
                             ?? TitledName(text, names, string.Join(' ', described), span.Start) ?? span;
            }
            else
            {
                singular = !QuoteCues.SpeakerNouns.Contains(head) || !head.EndsWith('s');
                antecedent = words.Length == 1 ? FullName(fullNames, words[0], span.Start) ?? span : span;
            }
            result[index] = quote with { Antecedent = antecedent };
            if (antecedent is { } a)
                speakers.Add(new Candidate(span, a, singular, head));
        }
        return [.. result];
    }

    // The organisation that opens the sentence of the pronoun at offset, after an opening adjunct ("On Friday, the
    // Chinese Foreign Ministry …"): its name words, the last of them an organisation noun; null when the sentence
    // opens with anything else.
    private static string[]? OrganisationSubject(TokenView t, int offset)
    {
        var pronoun = t.TokenAtOrAfter(offset);
        if (pronoun >= t.Count)
            return null;
        var first = t.SentenceFirst[t.SentenceOf[pronoun]];
        var k = first;
        if (k < pronoun && t.IsCapitalised(k) && QuoteCues.CapitalisedFunctionWords.Contains(t.Words[k]))
        {
            // "On Friday,", "In a statement,": skip the adjunct up to its comma.
            while (k < pronoun && k - first < 8 && t.Words[k] != ",")
                k++;
            k++;
        }
        if (k < pronoun && QuoteCues.Determiners.Contains(t.Words[k]))
            k++;
        var start = k;
        while (k < pronoun && t.IsCapitalised(k) && !QuoteCues.Pronouns.ContainsKey(t.Words[k]))
            k++;
        if (k - start < 2 || !QuoteCues.OrganisationNouns.Contains(t.Words[k - 1]))
            return null;
        return [.. Enumerable.Range(start, k - start).Select(i => t.Words[i])];
    }

    // "The Justice Department charged Smith, and he said …": a person named in the pronoun's sentence before it is the
    // nearer referent.
    private static bool NamedInSentenceBefore(TokenView t, List<TextSpan> names, int offset)
    {
        var sentenceStart = t.Spans[t.SentenceFirst[t.SentenceOf[Math.Min(t.TokenAtOrAfter(offset), t.Count - 1)]]].Start;
        return names.Any(n => n.Start >= sentenceStart && n.End <= offset);
    }

    // The latest person named before offset whose title holds the organisation's words, its noun as the title's
    // stem ("Ministry" → "Minister", "Department" → "Department spokesman").
    private static TextSpan? MemberOf(TokenView t, List<TextSpan> names, string[] organisation, int offset, Func<TextSpan, bool> fits)
    {
        var head = organisation[^1];
        var stem = head[..Math.Min(head.Length, 6)];
        TextSpan? best = null;
        foreach (var name in names)
        {
            if (name.End > offset || !fits(name))
                continue;
            var at = t.TokenAtOrAfter(name.Start);
            var title = new List<string>();
            for (var k = at - 1; k >= 0 && at - k <= 6 && t.SentenceOf[k] == t.SentenceOf[at] && t.IsCapitalised(k) && char.IsLetter(t.Words[k][0]); k--)
                title.Add(t.Words[k]);
            if (title.Any(w => w.StartsWith(stem, StringComparison.Ordinal)) && organisation[..^1].All(title.Contains))
                best = name;
        }
        return best;
    }

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || wanted == Gender.Unknown || known == wanted;

    private static Gender GenderOf(string text, TextSpan referent, Dictionary<string, Gender> genders)
    {
        var words = referent.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (QuoteCues.FemaleWords.Contains(lower))
                return Gender.Female;
            if (QuoteCues.MaleWords.Contains(lower))
                return Gender.Male;
        }
        return words.Length > 0 && genders.TryGetValue(words[^1], out var g) ? g : Gender.Unknown;
    }

    // "Ms. Clinton", "spokeswoman Hua Chunying", "Mr. Blinken": the title right before a name.
    private static Gender TitleGender(TokenView t, TextSpan name)
    {
        var before = t.TokenEndingBefore(name.Start);
        if (before < 0)
            return Gender.Unknown;
        var lower = t.Lower[before];
        return QuoteCues.FemaleWords.Contains(lower) ? Gender.Female : QuoteCues.MaleWords.Contains(lower) ? Gender.Male : Gender.Unknown;
    }

    private static string LastWord(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase[(space + 1)..];
    }

    // "the foreign minister" after "Foreign Minister Wang Yi": the name that title stood before.
    private static TextSpan? TitledName(string text, List<TextSpan> names, string title, int before)
    {
        var at = text.LastIndexOf(title, Math.Max(0, before - 1), StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var after = at + title.Length;
            foreach (var name in names)
            {
                if (name.Start > after && name.Start <= after + 2 && name.End <= before)
                    return name;
            }
            at = at == 0 ? -1 : text.LastIndexOf(title, at - 1, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    private static TextSpan? FullName(List<(string Key, TextSpan Span)> fullNames, string key, int before)
    {
        TextSpan? best = null;
        foreach (var (k, span) in fullNames)
        {
            if (span.Start < before && k == key)
                best = span;
        }
        return best;
    }

    private static TextSpan? Latest(List<Candidate> a, List<Candidate> b, int before, Func<Candidate, bool> fits)
    {
        Candidate? best = null;
        foreach (var c in a.Concat(b))
        {
            if (c.Span.End <= before && fits(c) && (best is null || c.Span.Start > best.Value.Span.Start))
                best = c;
        }
        return best?.Referent;
    }

    private static bool EndsLikeSentence(TokenView t, int sentence)
    {
        var end = t.SentenceEnd[sentence] - 1;
        return end >= 0 && t.Words[end] is "." or "!" or "?" or "”" or "\"" or "’" or ")";
    }

    private static bool IsPossessive(string text, TextSpan name) =>
        name.End + 1 < text.Length && text[name.End] is '’' or '\'' && text[name.End + 1] is 's' or 'S';

    /// <summary>Person names found without an entity recogniser: capitalised runs whose last two or three words are
    /// not titles, places or organisation words, plus lone surnames of those and titled surnames ("Mr. Blinken").</summary>
    private static List<TextSpan> FindNames(TokenView t)
    {
        var full = new List<TextSpan>();
        var singles = new List<(int Token, bool Titled)>();
        var i = 0;
        while (i < t.Count)
        {
            if (!IsNameToken(t, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < t.Count && IsNameToken(t, i) && (i == start || !t.LineBreakBetween(i - 1, i)))
                i++;
            var end = i;
            var first = start;
            if (t.SentenceFirst[t.SentenceOf[first]] == first && (QuoteCues.CapitalisedFunctionWords.Contains(t.Words[first]) || QuoteCues.Determiners.Contains(t.Words[first])))
                first++;
            var core = end;
            while (core > first && !QuoteCues.Titles.Contains(t.Words[core - 1]) && !QuoteCues.NonPersonWords.Contains(t.Words[core - 1]))
                core--;
            var length = end - core;
            if (length is 2 or 3 && !Enumerable.Range(core, length).Any(k => IsAllCaps(t.Words[k])))
                full.Add(t.Span(core, end));
            else if (length == 1)
                singles.Add((core, core > first && QuoteCues.Titles.Contains(t.Words[core - 1])));
        }
        var surnames = full.Select(f => f.Of(t.Text).Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
        foreach (var (token, titled) in singles)
        {
            if (titled || surnames.Contains(t.Words[token]))
                full.Add(t.Spans[token]);
        }
        return full;
    }

    private static bool IsNameToken(TokenView t, int i)
    {
        var w = t.Words[i];
        return w.Length > 1 && char.IsUpper(w[0]) && (char.IsLetter(w[^1]) || w[^1] == '.') && !QuoteCues.Pronouns.ContainsKey(w);
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
