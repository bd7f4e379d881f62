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
/// One detector serves one text: its words and sentence breaks are found once, when first needed.
/// </remarks>
internal sealed class TenseDetector
{
    private const int Window = 40;
    private const int CloseLeft = 4;

    private readonly string _text;
    private readonly List<(int Start, int End, int Sentence)> _words = [];

    public TenseDetector(string text)
    {
        _text = text;
        var sentence = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                var j = i + 1;
                while (j < text.Length && (char.IsLetterOrDigit(text[j])
                    || (text[j] is '-' or '\'' or '’' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]))))
                    j++;
                _words.Add((i, j, sentence));
                i = j;
                continue;
            }
            if (IsBoundary(text, i))
                sentence++;
            i++;
        }
    }

    public (Tense Tense, string? Cue) Detect(int start, int end)
    {
        var first = FirstWordAtOrAfter(start);
        var after = FirstWordAtOrAfter(end);
        if (first >= _words.Count || after == 0)
            return (Tense.None, null);
        var sentence = _words[first].Sentence;

        (Tense Tense, string? Cue, int Distance) best = (Tense.None, null, int.MaxValue);
        for (var i = first - 1; i >= 0 && first - i <= Window && _words[i].Sentence == sentence; i--)
        {
            var tense = Classify(i);
            if (tense != Tense.None)
            {
                best = (tense, Word(i), first - i);
                break;
            }
        }
        // The verb that governs "on Thursday" nearly always comes before it: a close cue on the left wins.
        if (best.Distance <= CloseLeft)
            return (best.Tense, best.Cue);
        sentence = _words[after - 1].Sentence;
        for (var i = after; i < _words.Count && i - after < Window && i - after + 1 < best.Distance && _words[i].Sentence == sentence; i++)
        {
            var tense = Classify(i);
            if (tense != Tense.None)
            {
                best = (tense, Word(i), i - after + 1);
                break;
            }
        }
        return (best.Tense, best.Cue);
    }

    /// <summary>Where the sentence holding <paramref name="position"/> begins.</summary>
    public int SentenceStart(int position)
    {
        var index = Math.Min(FirstWordAtOrAfter(position), _words.Count - 1);
        if (index < 0)
            return 0;
        var sentence = _words[index].Sentence;
        while (index > 0 && _words[index - 1].Sentence == sentence)
            index--;
        return Math.Min(_words[index].Start, position);
    }

    private int FirstWordAtOrAfter(int position)
    {
        int lo = 0, hi = _words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_words[mid].Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private string Word(int i) => _text[_words[i].Start.._words[i].End];

    private string Lower(int i) => i >= 0 && i < _words.Count ? Word(i).ToLowerInvariant() : "";

    private Tense Classify(int i)
    {
        var word = Word(i);
        var next = Lower(i + 1);
        var previous = Lower(i - 1);
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
                // "is due to travel" looks ahead; "due to the strike" is a cause.
                return previous is "is" or "are" or "am" or "be" or "also" or "now" or "was" or "were" && next is "to" or "in" or "on" or "at" or "for" or "back" ? Tense.Future : Tense.None;
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
        if (lower is "has" or "have" or "hasn't" or "haven't")
            // The present perfect reports the past ("has risen since October"); "has to" looks ahead.
            return next is "to" ? Tense.Future : Tense.Past;
        if (TimexRules.PresentMarkers.Contains(lower))
            return next is "expected" or "due" or "scheduled" or "set" or "to" or "going" or "slated" ? Tense.Future : Tense.Present;
        return Tense.None;
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

}
