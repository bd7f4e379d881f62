using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>The tokens of one text with their words and sentence numbers, for the pattern matching the quote and
/// event extractors do.</summary>
internal sealed class TokenView
{
    private readonly string _text;
    private HashSet<string>? _lowerForms;
    private HashSet<string>? _capitalInside;

    public TokenView(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences)
    {
        _text = text;
        Spans = [.. tokens];
        Words = new string[Spans.Length];
        Lower = new string[Spans.Length];
        SentenceOf = new int[Spans.Length];
        for (var i = 0; i < Spans.Length; i++)
        {
            Words[i] = Spans[i].Of(text);
            Lower[i] = Words[i].ToLowerInvariant();
        }

        // Tokens outside every sentence (rare) join the sentence before them.
        var firsts = new List<int>();
        var ends = new List<int>();
        var s = -1;
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < Spans.Length && Spans[t].Start < sentence.Start)
                SentenceOf[t++] = Math.Max(s, 0);
            s++;
            firsts.Add(t);
            while (t < Spans.Length && Spans[t].Start < sentence.End)
                SentenceOf[t++] = s;
            ends.Add(t);
        }
        while (t < Spans.Length)
            SentenceOf[t++] = Math.Max(s, 0);
        if (firsts.Count == 0)
        {
            firsts.Add(0);
            ends.Add(Spans.Length);
        }
        else
        {
            ends[^1] = Spans.Length;
        }
        SentenceFirst = [.. firsts];
        SentenceEnd = [.. ends];
    }

    public TextSpan[] Spans { get; }

    public string[] Words { get; }

    public string[] Lower { get; }

    public int[] SentenceOf { get; }

    /// <summary>First token of each sentence.</summary>
    public int[] SentenceFirst { get; }

    /// <summary>End (exclusive) token of each sentence.</summary>
    public int[] SentenceEnd { get; }

    public int Count => Spans.Length;

    public string Text => _text;

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Spans[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the last token ending at or before <paramref name="offset"/> (-1 when none).</summary>
    public int TokenEndingBefore(int offset)
    {
        int lo = 0, hi = Spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Spans[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo - 1;
    }

    /// <summary>True when token <paramref name="i"/> is a full stop glued to the word before it and followed by a comma:
    /// the point of an abbreviation inside a clause ("Tom Reed, R-Ky., said", "Cambridge, Mass., said"), not a
    /// sentence end.</summary>
    public bool IsAbbreviationPoint(int i) =>
        i > 0 && i + 1 < Spans.Length && Words[i] == "." && Spans[i - 1].End == Spans[i].Start && Words[i + 1] == ",";

    /// <summary>True when token <paramref name="i"/> opens its sentence with a capital only because of its place: the
    /// text also uses the word in lower case and never capitalises it inside a sentence ("Hours later, …", "All
    /// judges …", "Audiences can expect …"), so it is a common word, not a name.</summary>
    public bool IsCapitalisedByPosition(int i)
    {
        if (!IsCapitalised(i) || SentenceFirst[SentenceOf[i]] != i || Words[i].Length < 2 || !Words[i].Skip(1).All(char.IsLower))
            return false;
        if (_lowerForms is null)
        {
            var lower = new HashSet<string>(StringComparer.Ordinal);
            var capitalInside = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < Spans.Length; k++)
            {
                if (Words[k].Length == 0 || !char.IsLetter(Words[k][0]))
                    continue;
                if (char.IsLower(Words[k][0]))
                    lower.Add(Words[k]);
                else if (SentenceFirst[SentenceOf[k]] != k && !(k > 0 && Words[k - 1] is "“" or "\"" or "‘" or ":" or "(" or "—" or "–" or "-"))
                    capitalInside.Add(Lower[k]);
            }
            _capitalInside = capitalInside;
            _lowerForms = lower;
        }
        return _lowerForms.Contains(Lower[i]) && !_capitalInside!.Contains(Lower[i]);
    }

    public bool IsCapitalised(int i) => Words[i].Length > 0 && char.IsUpper(Words[i][0]);

    /// <summary>True when a line break lies between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    public bool LineBreakBetween(int a, int b)
    {
        var from = Spans[a].End;
        var to = Spans[b].Start;
        return to > from && _text.AsSpan(from, to - from).Contains('\n');
    }

    public TextSpan Span(int first, int endExclusive) => new(Spans[first].Start, Spans[endExclusive - 1].End);
}
