namespace Dossier.Extraction.Quotes;

/// <summary>One stretch of text between a pair of quotation marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset just past the closing mark (or the end of the paragraph when the mark never closes).</param>
/// <param name="ContentStart">First offset of the quoted words.</param>
/// <param name="ContentEnd">End of the quoted words.</param>
/// <param name="Group">Segments of one quotation that runs over several paragraphs share a group number.</param>
/// <param name="Closed">False when the paragraph ends before the closing mark (a quote continued in the next paragraph).</param>
internal readonly record struct QuoteSegment(int Open, int Close, int ContentStart, int ContentEnd, int Group, bool Closed);

/// <summary>Finds quoted stretches in a text, in every common quotation style.</summary>
/// <remarks>
/// Only top-level marks count: a quote inside a quote is part of the outer one. News style continues a quotation over
/// paragraphs by opening each new paragraph with a mark and closing only the last one, so a paragraph that ends inside
/// an open quote continues it when the next paragraph opens with a mark; otherwise the stray mark is ignored.
/// </remarks>
internal static class QuoteMarks
{
    public static List<QuoteSegment> Find(string text)
    {
        var found = new List<QuoteSegment>();
        var group = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\'' && DoubleApostropheOpens(text, i))
            {
                // ''…'' : two apostrophes for a double quotation mark, as older newspaper text does.
                var closeAt = DoubleApostropheClose(text, i + 2);
                if (closeAt >= 0)
                {
                    AddSegment(found, text, i, closeAt + 2, group++, closed: true, markLength: 2);
                    i = closeAt + 2;
                    continue;
                }
            }
            if (!QuoteCues.QuotePairs.TryGetValue(c, out var closers) || !OpensHere(text, i))
            {
                i++;
                continue;
            }
            var close = FindClose(text, i, closers);
            // Scraped text mixes its marks ("…,“ said X", “…" Sweeney said): with no proper closer in the
            // paragraph, the other double mark closes when it sits where a closer sits.
            if (close < 0 && MixedClosers(c) is { } mixed)
                close = c == '"' && !(i + 1 < text.Length && text[i + 1] == '“') ? FindCurlyClose(text, i) : FindClose(text, i, mixed);
            if (close >= 0)
            {
                AddSegment(found, text, i, close + 1, group++, closed: true);
                i = close + 1;
                continue;
            }

            // No close before the paragraph ends: a multi-paragraph quote if the next paragraph reopens with a mark.
            var parts = new List<(int Open, int End)>();
            var open = i;
            var end = ParagraphEnd(text, open);
            var closedAt = -1;
            while (true)
            {
                parts.Add((open, end));
                var next = NextParagraphStart(text, end);
                if (next < 0 || next >= text.Length || text[next] != c)
                    break;
                var nextClose = FindClose(text, next, closers);
                if (nextClose >= 0)
                {
                    closedAt = nextClose + 1;
                    parts.Add((next, closedAt));
                    break;
                }
                open = next;
                end = ParagraphEnd(text, next);
            }
            if (closedAt < 0)
            {
                // A stray opening mark: skip it and carry on scanning inside the paragraph.
                i++;
                continue;
            }
            for (var p = 0; p < parts.Count; p++)
                AddSegment(found, text, parts[p].Open, parts[p].End, group, closed: p == parts.Count - 1);
            group++;
            i = closedAt;
        }
        return found;
    }

    private static bool DoubleApostropheOpens(string text, int i) =>
        i + 2 < text.Length && text[i + 1] == '\'' && !char.IsWhiteSpace(text[i + 2]) && text[i + 2] != '\''
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || "([{—–-/:".Contains(text[i - 1]));

    private static int DoubleApostropheClose(string text, int from)
    {
        for (var j = from; j + 1 < text.Length; j++)
        {
            if (text[j] == '\n')
                return -1;
            if (text[j] == '\'' && text[j + 1] == '\'' && !char.IsWhiteSpace(text[j - 1])
                && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2])))
                return j + 2 < text.Length && text[j + 2] == '\'' ? j + 1 : j; // "'old-school," + three apostrophes: the inner one closes first
        }
        return -1;
    }

    private static void AddSegment(List<QuoteSegment> found, string text, int open, int close, int group, bool closed, int markLength = 1)
    {
        var start = open + markLength;
        var end = closed ? close - markLength : close;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            found.Add(new QuoteSegment(open, close, start, end, group, closed));
    }

    private static bool OpensHere(string text, int i)
    {
        var c = text[i];
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        // French and German styles set the marks off with spaces ("« Nous restons prêts »").
        if (char.IsWhiteSpace(after) && c is not ('«' or '„' or '‹'))
            return false;
        if (c is '"' or '‘' or '\'')
        {
            // Straight and single marks double as closers and apostrophes: they open only after a space or a bracket.
            return char.IsWhiteSpace(before) || "([{—–-/:“\"".Contains(before);
        }
        return true;
    }

    private static int FindClose(string text, int open, string closers)
    {
        var single = text[open] == '‘';
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n')
                return -1;
            if (!closers.Contains(c))
                continue;
            if (single || c is '"' or '“')
            {
                // ’ is also the apostrophe (it’s, Blinken’s): a closer has no letter right after it.
                var after = j + 1 < text.Length ? text[j + 1] : ' ';
                if (char.IsLetterOrDigit(after))
                    continue;
                if (j == open + 1 || char.IsWhiteSpace(text[j - 1]))
                    continue;
            }
            return j;
        }
        return -1;
    }

    // A straight opening mark closed by a curly one: a ” that closes a “ opened inside the quotation ("… about
    // “Equal Justice” anymore.) belongs to that inner quote, not to the straight mark. (A doubled opening "“ is one
    // garbled mark, closed by the first ”.)
    private static int FindCurlyClose(string text, int open)
    {
        var depth = 0;
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n')
                return -1;
            if (c == '“')
                depth++;
            else if (c == '”' && depth > 0)
                depth--;
            else if (c == '”' && j > open + 1 && !char.IsWhiteSpace(text[j - 1]) && !(j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])))
                return j;
        }
        return -1;
    }

    private static string? MixedClosers(char open) => open switch
    {
        '"' => "”",
        '“' => "\"“",
        _ => null,
    };

    private static int ParagraphEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    private static int NextParagraphStart(string text, int paragraphEnd)
    {
        var i = paragraphEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i < text.Length ? i : -1;
    }
}
