namespace Dossier.Text;

/// <summary>Finds word tokens (letters and digits, with inner apostrophes, hyphens and number punctuation) in a text.</summary>
/// <remarks>Deliberately simple and allocation-light: copy detection and story clustering scan every article, so this
/// runs on the whole corpus; it must not depend on a tokenizer stage having run.</remarks>
internal static class WordScanner
{
    /// <summary>The spans of the words of <paramref name="text"/>, in order.</summary>
    public static List<TextSpan> Words(string text)
    {
        var words = new List<TextSpan>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }
                // "don't", "Lai Ching-te", "3.5", "1,000": punctuation inside a word only when a letter or digit follows.
                var joins = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (c is '\'' or '’' or '-'
                    || (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
                if (!joins)
                    break;
                i += 2;
            }
            words.Add(new TextSpan(start, i));
        }
        return words;
    }

    /// <summary>True when the word starts with an upper-case letter.</summary>
    public static bool IsCapitalised(string text, TextSpan word) => char.IsUpper(text[word.Start]);

    /// <summary>True when the word is all digits (and number punctuation).</summary>
    public static bool IsNumber(string text, TextSpan word)
    {
        for (var i = word.Start; i < word.End; i++)
        {
            if (!char.IsDigit(text[i]) && text[i] is not ('.' or ','))
                return false;
        }
        return true;
    }

    /// <summary>A stable 64-bit hash of the lower-cased word (FNV-1a), the same on every run and machine.</summary>
    public static ulong Hash(string text, TextSpan word)
    {
        var hash = 14695981039346656037UL;
        for (var i = word.Start; i < word.End; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c == '’')
                c = '\'';
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The <paramref name="index"/>-th (from 0) occurrence of <paramref name="phrase"/> in <paramref name="text"/>
    /// as whole words (no letter or digit right before or after it), or null when there are fewer.</summary>
    /// <remarks>Hand annotations name a span by its words and which occurrence it is, so that they hold no offsets a
    /// cleaner change would shift and no copy of the sentence around it.</remarks>
    public static TextSpan? Occurrence(string text, string phrase, int index)
    {
        var seen = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
                continue;
            if (seen++ == index)
                return new TextSpan(at, end);
        }
        return null;
    }
}
