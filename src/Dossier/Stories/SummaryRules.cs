using System.Collections.Frozen;
using Dossier.Text;

namespace Dossier.Stories;

/// <summary>Which sentences a story summary must not quote.</summary>
internal static class SummaryRules
{
    private static readonly FrozenSet<string> Calendar = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for two fragments run together where a page's links were cut out ("the ministry followed up Read
    /// the tense call This week, he warned …"): a capitalised function word right after a lower-case word, with no
    /// punctuation between, starts a new sentence that the text never ended.</summary>
    public static bool LooksSpliced(string sentence)
    {
        var words = WordScanner.Words(sentence);
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Of(sentence);
            var previous = words[i - 1];
            if (word.Length < 2 || !char.IsUpper(word[0]) || !word[1..].All(char.IsLower) || Calendar.Contains(word) || !EnglishStopwords.Contains(word))
                continue;
            var gap = sentence.AsSpan(previous.End, words[i].Start - previous.End);
            // "at New York": a name goes on capitalised; a new sentence goes on in lower case ("Read the", "This week").
            var nextIsLower = i + 1 < words.Count && char.IsLower(sentence[words[i + 1].Start]);
            if (gap.Trim().IsEmpty && char.IsLower(sentence[previous.End - 1]) && nextIsLower)
                return true;
        }
        return false;
    }
}
