namespace Dossier.Extraction.Entities;

// Headlines in title case or in capitals, read as the training text or the article itself would write their words.
public sealed partial class NerModel
{
    /// <summary>A headline in title case ("Albright Praises African Cooperation") with its common words lowered, as the
    /// tagger's training text writes them; null for any other sentence.</summary>
    /// <remarks>In title case every word looks like a name, and the tagger, which learnt that capitals mark names, makes one
    /// long name of the headline. A sentence is taken for title case when it has five or more capitalised words (three for
    /// an article's first line), no lower-case word but the small words title case leaves alone, and is not all capitals
    /// (the tagger learnt those).
    /// In an article's first line (its headline), every word is lowered that the article never capitalises inside a sentence
    /// and the gazetteer does not list as a name ("Abortion Foe Charged in Slaying"); any other line lowers only the words
    /// the model knows as usually lower case.</remarks>
    internal string[]? TitleCaseLowered(ReadOnlySpan<string> words, HashSet<string>? capitalisedInside)
    {
        var capitalised = 0;
        var allUpper = true;
        foreach (var word in words)
        {
            if (!word.Any(char.IsLetter))
                continue;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
                allUpper &= IsAllUpper(word);
            }
            else if (!NameRules.TitleCaseSmallWords.Contains(word))
            {
                return null;
            }
        }
        // A short line of capitalised words is more often a name ("Human Rights Watch 3 5") than a headline, unless it
        // opens an article.
        if (capitalised < (capitalisedInside is null ? 5 : 3) || allUpper)
            return null;
        string[]? lowered = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 2 || !char.IsUpper(word[0]) || IsAllUpper(word))
                continue;
            var common = capitalisedInside is null
                ? IsCommonWordOrForm(word.ToLowerInvariant())
                : !capitalisedInside.Contains(word) && (Gazetteer.Lookup(words.Slice(i, 1)) & Gazetteer.NameCategories) == 0;
            if (!common)
                continue;
            lowered ??= words.ToArray();
            lowered[i] = word.ToLowerInvariant();
        }
        return lowered;
    }

    // Words an article writes with a capital inside a sentence of running text (not its first word, not in a title-case
    // or all-capitals line): the names it uses.
    private HashSet<string> CapitalisedInside(IReadOnlyList<string[]> sentences)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (words.Length < 4 || TitleCaseLowered(words, null) is not null || words.All(w => !w.Any(char.IsLower)))
                continue;
            for (var i = 1; i < words.Length; i++)
            {
                if (words[i].Length > 1 && char.IsUpper(words[i][0]) && char.IsLetter(words[i - 1][^1]))
                    names.Add(words[i]);
            }
        }
        return names;
    }

    // A usually lower-case word, or an inflection of one the training text did not happen to contain ("praises",
    // "praised", "praising" by "praise").
    private bool IsCommonWordOrForm(string lower)
    {
        if (CommonWords.Contains(lower))
            return true;
        ReadOnlySpan<string> endings = ["s", "es", "ed", "d", "ing"];
        foreach (var ending in endings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal)
                && (CommonWords.Contains(lower[..^ending.Length]) || (ending == "ing" && CommonWords.Contains(lower[..^3] + "e"))))
                return true;
        }
        return false;
    }


    /// <summary>A line in capitals (<see cref="IsCapitalsLine"/>: "JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT") with each
    /// word written as the rest of the article writes it ("Japan get lucky win , China in surprise defeat"); null when
    /// no word changes.</summary>
    /// <remarks>The tagger learnt capitals from headline copies of its training sentences, but an article's own text says
    /// better which of a headline's words are names. A word the article does not write elsewhere is lowered unless the
    /// gazetteer lists it as a name or it is short enough to be an acronym ("AP", "IRA"): a headline's names are
    /// almost always named again in the story.</remarks>
    internal string[]? CapitalsAsWritten(ReadOnlySpan<string> words, Dictionary<string, string> writtenForms)
    {
        string[]? cased = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 2 || !word.Any(char.IsLetter))
                continue;
            var form = writtenForms.TryGetValue(word, out var written) ? written
                : word.Length > 3 && word.All(char.IsLetter) && (Gazetteer.Lookup(words.Slice(i, 1)) & Gazetteer.NameCategories) == 0 ? word.ToLowerInvariant()
                : word;
            if (form == word)
                continue;
            cased ??= words.ToArray();
            cased[i] = form;
        }
        return cased;
    }

    // Two or more words with letters, none of them with a lower-case letter.
    internal static bool IsCapitalsLine(ReadOnlySpan<string> words)
    {
        var letters = 0;
        foreach (var word in words)
        {
            if (!word.Any(char.IsLetter))
                continue;
            if (word.Any(char.IsLower))
                return false;
            letters++;
        }
        return letters >= 2;
    }

    // For each word in capitals, how the article writes it elsewhere: the form most used inside sentences (not as the
    // first word), else as a first word. Lines in capitals teach nothing.
    private static Dictionary<string, string> WrittenForms(IReadOnlyList<string[]> sentences)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var openers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (!words.Any(w => w.Any(char.IsLower)))
                continue;
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (word.Length < 2 || !word.Any(char.IsLetter))
                    continue;
                var key = word.ToUpperInvariant();
                if (i == 0)
                {
                    openers.TryAdd(key, word);
                    continue;
                }
                if (!counts.TryGetValue(key, out var forms))
                    counts[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[word] = forms.GetValueOrDefault(word) + 1;
            }
        }
        var written = new Dictionary<string, string>(openers, StringComparer.Ordinal);
        foreach (var (key, forms) in counts)
            written[key] = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        return written;
    }
}
