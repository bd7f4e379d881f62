using System.Text.RegularExpressions;

namespace Dossier.Extraction.Dates;

/// <summary>Which way in time a sentence looks from where it was written.</summary>
internal enum Tense
{
    /// <summary>No verb or marker found.</summary>
    None,
    /// <summary>Past tense or a past marker ("said", "since", "was").</summary>
    Past,
    /// <summary>Present tense ("is", "says").</summary>
    Present,
    /// <summary>Future, plan or expectation ("will", "is expected", "heads to").</summary>
    Future,
}

/// <summary>Finds the tense that governs a time expression: the nearest tense cue in its sentence.</summary>
/// <remarks>
/// A full parser would attach the expression to its verb; in news prose the nearest cue word is right far more often
/// than not ("arrived in Guangzhou on Thursday", "will fly back on Tuesday"), and the cue is kept as evidence.
/// </remarks>
internal static partial class TenseDetector
{
    private const int Window = 40;
    private const int CloseLeft = 4;

    public static (Tense Tense, string? Cue) Detect(string text, int start, int end)
    {
        var (sentenceStart, sentenceEnd) = SentenceAround(text, start, end);
        var left = Words(text, sentenceStart, start);
        var right = Words(text, end, sentenceEnd);

        (Tense Tense, string? Cue, int Distance) best = (Tense.None, null, int.MaxValue);
        for (var i = left.Count - 1; i >= 0 && left.Count - i <= Window; i--)
        {
            var tense = Classify(left, i);
            if (tense != Tense.None)
            {
                best = (tense, left[i], left.Count - i);
                break;
            }
        }
        // The verb that governs "on Thursday" nearly always comes before it: a close cue on the left wins.
        if (best.Distance <= CloseLeft)
            return (best.Tense, best.Cue);
        for (var i = 0; i < right.Count && i < Window && i + 1 < best.Distance; i++)
        {
            var tense = Classify(right, i);
            if (tense != Tense.None)
            {
                best = (tense, right[i], i + 1);
                break;
            }
        }
        return (best.Tense, best.Cue);
    }

    private static Tense Classify(List<string> words, int i)
    {
        var word = words[i];
        var next = i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "";
        var previous = i > 0 ? words[i - 1].ToLowerInvariant() : "";
        var lower = word.ToLowerInvariant();
        switch (lower)
        {
            case "head" or "heads" or "heading" or "plan" or "plans" or "hopes" or "aims" or "intends":
                return next is "to" or "for" or "back" or "home" or "off" or "into" ? Tense.Future : Tense.None;
            case "ahead":
                return next is "of" ? Tense.Future : Tense.None;
            case "set" or "going" or "poised":
                return next is "to" or "for" ? Tense.Future : Tense.None;
            case "due":
                return next is "to" or "in" or "on" or "at" or "for" or "back" ? Tense.Future : Tense.None;
            case "may":
                return word[0] == 'm' ? Tense.Future : Tense.None;
            case "expected" or "scheduled" or "planned" or "slated":
                // "is expected in China on Wednesday" looks ahead; "a visit scheduled for that month" on its own does not.
                return previous is "was" or "were" or "had" ? Tense.Past
                    : previous is "is" or "are" or "am" or "be" or "been" or "being" or "now" or "also" or "still" or "widely" ? Tense.Future
                    : Tense.None;
        }
        if (lower.EndsWith("'ll", StringComparison.Ordinal) || lower.EndsWith("’ll", StringComparison.Ordinal))
            return Tense.Future;
        if (TimexRules.FutureMarkers.Contains(lower))
            return Tense.Future;
        if (TimexRules.IrregularPast.Contains(lower))
            return previous is "be" or "been" or "being" or "is" or "are" or "am" ? Tense.None : Tense.Past;
        if (lower.Length >= 4 && lower.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && !TimexRules.NotPastEd.Contains(lower) && !lower.Contains('-', StringComparison.Ordinal))
        {
            // "is scheduled", "be held": a participle after a present or future auxiliary is not past.
            return previous is "is" or "are" or "am" or "be" or "been" or "being" or "will" ? Tense.None : Tense.Past;
        }
        if (TimexRules.PresentMarkers.Contains(lower))
            return next is "expected" or "due" or "scheduled" or "set" or "to" or "going" or "slated" ? Tense.Future : Tense.Present;
        return Tense.None;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> begins.</summary>
    public static int SentenceStart(string text, int position) => SentenceAround(text, position, position).Start;

    private static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var s = start;
        var limit = Math.Max(0, start - 400);
        while (s > limit && !IsBoundary(text, s - 1))
            s--;
        var e = end;
        var rightLimit = Math.Min(text.Length, end + 400);
        while (e < rightLimit && !IsBoundary(text, e))
            e++;
        return (s, e);
    }

    // A full stop ends a sentence when whitespace follows and it does not close an initial or a title ("U.S.", "Mr.").
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
            return true;
        if (c is not ('.' or '!' or '?' or ';'))
            return false;
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or '’'))
            return false;
        if (c == '.' && i >= 2 && (text[i - 2] == '.' || char.IsWhiteSpace(text[i - 2])) && char.IsUpper(text[i - 1]))
            return false;
        return c != '.' || !EndsWithTitle(text, i);
    }

    private static bool EndsWithTitle(string text, int i)
    {
        var j = i;
        while (j > 0 && char.IsLetter(text[j - 1]))
            j--;
        return text.AsSpan(j, i - j) is "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Sen" or "Rep" or "Gov" or "St" or "Jr" or "Sr"
            or "Maj" or "Col" or "Lt" or "Sgt" or "Prof" or "Rev" or "No" or "Sec" or "Jan" or "Feb" or "Aug" or "Sept" or "Sep"
            or "Oct" or "Nov" or "Dec" or "Corp" or "Inc" or "Co" or "vs";
    }

    private static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        if (end <= start)
            return words;
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
            words.Add(text.Substring(start + m.Index, m.Length));
        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
