namespace Dossier.Extraction.Quotes;

/// <summary>Finds the noun phrase naming a speaker next to a cue verb: a name, a pronoun or a description.</summary>
/// <remarks>
/// Works on tokens only (no parser): a speaker phrase is a run of capitalised words, speaker nouns and their modifiers,
/// small connectors ("of", "’s") and at most one determiner at its left edge. That covers the way news names its
/// sources ("US Secretary of State Antony Blinken", "a senior State Department official", "China's official Xinhua
/// news agency", "he") without claiming to parse anything else.
/// </remarks>
internal static class SpeakerPhrase
{
    /// <summary>The speaker phrase that ends right before token <paramref name="cue"/>, as token range [First, End).</summary>
    public static (int First, int End)? LeftOf(TokenView t, int cue, int min)
    {
        var j = cue - 1;
        while (j >= min && (QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[j]) || IsTimeAdjunct(t, j, min) || IsAdverb(t, j)))
            j -= IsTimeAdjunct(t, j, min) && j - 1 >= min && t.Lower[j - 1] == "on" ? 2 : 1;
        if (j < min)
            return null;
        if (QuoteCues.Pronouns.ContainsKey(t.Words[j]))
            return (j, j + 1);
        if (t.Words[j] == ",")
            return Apposition(t, j, min);
        if (t.Lower[j].EndsWith("ing", StringComparison.Ordinal) && j - 1 >= min)
            return null;
        var phrase = Leftwards(t, j, min);
        if (phrase is { } p && p.First - 2 >= min && t.Lower[p.First - 1] == "by" && QuoteCues.ReportingParticiples.Contains(t.Lower[p.First - 2]))
            return Leftwards(t, p.First - 3, min) ?? phrase;
        if (phrase is { } q)
        {
            // "a senior official travelling with Blinken said": the one travelling is the speaker, not Blinken.
            for (var k = q.First - 1; k >= Math.Max(min + 1, q.First - 3); k--)
            {
                if (t.Lower[k].Length > 5 && t.Lower[k].EndsWith("ing", StringComparison.Ordinal) && !t.IsCapitalised(k))
                    return Leftwards(t, k - 1, min) is { } subject && HasHead(t, subject.First, subject.End) ? subject : phrase;
                if (!IsPreposition(t.Lower[k]))
                    break;
            }
        }
        if (phrase is null)
        {
            // "a senior official briefing reporters on Friday said …": skip a short participle clause.
            for (var k = j; k >= Math.Max(min, j - 5); k--)
            {
                // "he brought up the bombing and later said": a verb joined by "and" is not a participle's clause.
                if (t.Lower[k] is "and" or "or" or "but")
                    break;
                if (t.Lower[k].Length > 5 && t.Lower[k].EndsWith("ing", StringComparison.Ordinal) && !t.IsCapitalised(k) && k - 1 >= min)
                    return Leftwards(t, k - 1, min);
            }
        }
        return phrase;
    }

    /// <summary>The speaker phrase that starts right after token <paramref name="cue"/> ("said Alfred Wu").</summary>
    public static (int First, int End)? RightOf(TokenView t, int cue, int max)
    {
        var j = cue + 1;
        // "…," said Wednesday a spokesman / said on Friday Sen. Ruiz: the time adjunct is not the speaker.
        if (j + 1 < max && t.Lower[j] == "on" && IsTimeAdjunct(t, j + 1, 0))
            j += 2;
        else if (j < max && IsTimeAdjunct(t, j, 0))
            j++;
        if (j >= max)
            return null;
        if (QuoteCues.Pronouns.ContainsKey(t.Words[j]) && t.Lower[j] != "it" && !(j + 1 < max && t.IsCapitalised(j + 1)))
            return (j, j + 1);
        // "adding of Mr. Trump, '…'": a phrase after the cue that opens with "of" is what it was said about.
        if (QuoteCues.NameConnectors.Contains(t.Lower[j]))
            return null;
        var k = j;
        if (QuoteCues.Determiners.Contains(t.Words[k]) && t.Lower[k] is not ("that" or "this" or "these" or "those"))
            k++;
        while (k < max && IsPhraseWord(t, k))
            k++;
        while (k > j && QuoteCues.NameConnectors.Contains(t.Lower[k - 1]))
            k--;
        return k > j && HasHead(t, j, k) ? (j, k) : null;
    }

    /// <summary>True when the tokens [first, end) hold a word that can name someone.</summary>
    public static bool HasHead(TokenView t, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (QuoteCues.SpeakerNouns.Contains(t.Lower[i]) || QuoteCues.Pronouns.ContainsKey(t.Words[i]))
                return true;
            if (t.IsCapitalised(i) && !QuoteCues.CapitalisedFunctionWords.Contains(t.Words[i]) && !QuoteCues.Determiners.Contains(t.Words[i]))
                return true;
        }
        return false;
    }

    private static (int First, int End)? Leftwards(TokenView t, int last, int min)
    {
        var k = last;
        if (t.Words[last] == ")")
        {
            // "Harry M. Reid (D-Nev.)": a short parenthesis closing the name belongs to it.
            var open = last - 1;
            while (open > min && last - open <= 4 && t.Words[open] != "(")
                open--;
            if (t.Words[open] != "(" || open - 1 < min || !IsPhraseWord(t, open - 1))
                return null;
            k = open - 1;
        }
        else if (!IsPhraseWord(t, last) || QuoteCues.NameConnectors.Contains(t.Lower[last]))
        {
            return null;
        }
        while (k - 1 >= min)
        {
            var w = t.Words[k - 1];
            if (QuoteCues.Determiners.Contains(w))
            {
                // "pointed out that Comey said": "that" before a name is the complementiser, not a determiner.
                if (!(t.Lower[k - 1] is "that" or "this" or "these" or "those" && t.IsCapitalised(k)))
                    k--;
                break;
            }
            if (!IsPhraseWord(t, k - 1))
                break;
            k--;
        }
        while (k <= last && (QuoteCues.NameConnectors.Contains(t.Lower[k]) || QuoteCues.CapitalisedFunctionWords.Contains(t.Words[k])))
            k++;
        if (k > last)
            return null;
        return HasHead(t, k, last + 1) ? (k, last + 1) : null;
    }

    // "Wang Huiyao, founder and president of the think tank, told …": the name before the apposition is the speaker.
    private static (int First, int End)? Apposition(TokenView t, int comma, int min)
    {
        for (var k = comma - 1; k > min && comma - k <= 25; k--)
        {
            if ((t.Words[k] is "." && !t.IsAbbreviationPoint(k)) || t.Words[k] is ";" or ":" or "”" or "“" or "\"")
                return null;
            if (t.Words[k] != ",")
                continue;
            // "Marley Anderson, 21, a junior from Las Vegas, said": try each earlier comma until a name starts the clause.
            var phrase = Leftwards(t, k - 1, min);
            // "Mitch McConnell, R-Ky., said": a party tag between commas belongs to the name before it.
            if (phrase is { } tag && tag.End - tag.First == 1 && IsPartyTag(t.Words[tag.First]))
                continue;
            if (phrase is { } p && (p.First == min || IsClauseStart(t, p.First - 1)))
                return phrase;
            // "the bank's chief executive, Laszlo Brook, told": the apposition is the name of the description before it.
            if (k == CommaBefore(t, comma, min) && IsBareName(t, k + 1, comma) && DescriptionBefore(t, k, min) is { } description)
                return (description, comma);
        }
        return null;
    }

    // The comma before the one at comma within the clause (the start of a one-name apposition), or -1.
    private static int CommaBefore(TokenView t, int comma, int min)
    {
        for (var k = comma - 1; k > min && comma - k <= 5; k--)
        {
            if (t.Words[k] == ",")
                return k;
        }
        return -1;
    }

    // Two to four capitalised words, no connector: a person's name ("Laszlo Brook", "Joe A. Kasper").
    private static bool IsBareName(TokenView t, int first, int end)
    {
        if (end - first is < 2 or > 4)
            return false;
        for (var i = first; i < end; i++)
        {
            if (!t.IsCapitalised(i) || QuoteCues.CapitalisedFunctionWords.Contains(t.Words[i]) || QuoteCues.Determiners.Contains(t.Words[i]) || !char.IsLetter(t.Words[i][0]))
                return false;
        }
        return true;
    }

    // A description that ends on a speaker noun right before the comma and starts the clause: "the bank's chief
    // human resources executive", "Rep. Paul Hart's chief of staff". Returns its first token.
    private static int? DescriptionBefore(TokenView t, int comma, int min)
    {
        if (comma - 1 < min || !QuoteCues.SpeakerNouns.Contains(t.Lower[comma - 1]))
            return null;
        for (var k = comma - 1; k >= min && comma - k <= 8; k--)
        {
            var w = t.Words[k];
            if (w is "," or "." or ";" or ":" or "“" or "”" or "\"")
                return null;
            if (k == min || IsClauseStart(t, k - 1))
                return char.IsLetter(w[0]) ? k : null;
        }
        return null;
    }

    private static bool IsPartyTag(string word) =>
        word.Length is >= 4 and <= 7 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    // "Clinton initially said", "he later flatly denied": an -ly adverb between speaker and cue.
    private static bool IsAdverb(TokenView t, int i) =>
        t.Lower[i].Length > 4 && t.Lower[i].EndsWith("ly", StringComparison.Ordinal) && !t.IsCapitalised(i);

    private static bool IsPreposition(string word) => word is "with" or "to" or "for" or "in" or "at" or "on" or "from" or "alongside";

    // "(Raphael Lemkin, who …, once said", "after Mr. Trump, asked about …, had said": a bracket or a subordinator
    // also opens the clause whose subject the name is.
    private static bool IsClauseStart(TokenView t, int before) =>
        t.Words[before] is "," or ":" or ";" or "—" or "–" or "-" or "“" or "\"" or "("
        || t.Lower[before] is "and" or "but" or "while" or "as" or "after" or "when" or "because" or "since" or "before" or "until" or "although" or "though";

    private static bool IsTimeAdjunct(TokenView t, int j, int min) =>
        t.Lower[j] is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
        && j - 1 >= min;

    private static bool IsPhraseWord(TokenView t, int i)
    {
        var w = t.Words[i];
        var lower = t.Lower[i];
        if (QuoteCues.SpeakerNouns.Contains(lower) || QuoteCues.SpeakerModifiers.Contains(lower) || QuoteCues.NameConnectors.Contains(lower))
            return true;
        if (w.Length == 0 || !char.IsLetter(w[0]))
            return false;
        if (i + 1 < t.Count && t.Words[i + 1] is "’s" or "'s")
            return true; // "the city's Communist Party secretary"
        if (char.IsUpper(w[0]))
        {
            // "Vice Premier He Lifeng": a capitalised pronoun inside a sentence and before a name is a name.
            if (QuoteCues.Pronouns.ContainsKey(w))
                return t.SentenceFirst[t.SentenceOf[i]] != i && i + 1 < t.Count && t.IsCapitalised(i + 1) && w != "I";
            return !QuoteCues.Determiners.Contains(w) && !QuoteCues.CapitalisedFunctionWords.Contains(w);
        }
        // "Beijing-based", "state-run": a hyphenated modifier.
        return w.Contains('-', StringComparison.Ordinal) && w.Length > 3;
    }
}
