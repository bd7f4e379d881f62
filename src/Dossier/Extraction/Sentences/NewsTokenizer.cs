using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Sentences;

/// <summary>Splits news text into words, numbers and punctuation, the way the treebanks our NER model learnt from do.</summary>
/// <remarks>
/// Abbreviations (U.S., Mr., Gen., Jan.) and initials (J.) keep their dot, clitics ('s, n't) are split off, numbers
/// keep their inner commas and dots, URLs and e-mail addresses stay whole. A number with a dot that opens a line
/// ("1. First point") is one token, so a numbered list does not end a sentence after its number.
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        var spans = new List<TextSpan>(text.Length / 5);
        Tokenize(text, spans);
        var builder = ImmutableArray.CreateBuilder<Token>(spans.Count);
        foreach (var span in spans)
            builder.Add(new Token(span));
        return builder.MoveToImmutable();
    }

    /// <summary>Appends the token spans of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, List<TextSpan> into)
    {
        var i = 0;
        var lineStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                if (c == '\n')
                    lineStart = true;
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '\u200B')
                end++;
            Chunk(text, i, end, lineStart, into);
            lineStart = false;
            i = end;
        }
    }

    private static void Chunk(string text, int start, int end, bool lineStart, List<TextSpan> into)
    {
        var chunk = text.AsSpan(start, end - start);
        if (IsUrlOrEmail(chunk))
        {
            var coreEnd = end;
            while (coreEnd > start + 1 && ".,;:!?)]\"'”’".Contains(text[coreEnd - 1]))
                coreEnd--;
            into.Add(new TextSpan(start, coreEnd));
            for (var k = coreEnd; k < end; k++)
                into.Add(new TextSpan(k, k + 1));
            return;
        }
        var pieceStart = start;
        for (var k = start; k < end; k++)
        {
            if (!SplitsHere(text, k, start, end))
                continue;
            if (k > pieceStart)
                Piece(text, pieceStart, k, lineStart && pieceStart == start, into);
            into.Add(new TextSpan(k, k + 1));
            pieceStart = k + 1;
        }
        if (pieceStart < end)
            Piece(text, pieceStart, end, lineStart && pieceStart == start, into);
    }

    private static bool SplitsHere(string text, int k, int start, int end)
    {
        var c = text[k];
        if (SentenceRules.AlwaysSplit.Contains(c))
            return true;
        if (c is ',' or '/')
        {
            // 1,000 and 11/25/2024 stay whole; "Schiefelbein/Pool/AFP" and "Beijing,China" do not.
            var digitBefore = k > start && char.IsDigit(text[k - 1]);
            var digitAfter = k + 1 < end && char.IsDigit(text[k + 1]);
            return !(digitBefore && digitAfter);
        }
        return false;
    }

    private static void Piece(string text, int start, int end, bool lineStart, List<TextSpan> into)
    {
        // Newswire archives write double quotes as `` and '' (the Penn Treebank's marks): each pair is one token.
        while (end - start > 2 && text[start] == '`' && text[start + 1] == '`')
        {
            into.Add(new TextSpan(start, start + 2));
            start += 2;
        }
        // Leading quote or currency mark, except the apostrophe of '90s.
        while (end - start > 1 && SentenceRules.LeadingPunctuation.Contains(text[start])
               && !(text[start] is '\'' or '’' && (char.IsDigit(text[start + 1]) || text[start + 1] == '\'')))
        {
            into.Add(new TextSpan(start, start + 1));
            start++;
        }

        var wordEnd = end;
        // Trailing marks are collected right to left, then written in reading order after the word.
        Span<TextSpan> trailing = stackalloc TextSpan[16];
        var trailingCount = 0;
        while (end > start && trailingCount < trailing.Length)
        {
            var c = text[end - 1];
            if (c == '.')
            {
                var dots = 1;
                while (end - dots > start && text[end - dots - 1] == '.')
                    dots++;
                if (dots >= 2)
                {
                    trailing[trailingCount++] = new TextSpan(end - dots, end);
                    end -= dots;
                    continue;
                }
                if (end - start > 1 && (IsAbbreviation(text.AsSpan(start, end - start)) || (lineStart && IsListNumber(text.AsSpan(start, end - start)))
                                        || (end == wordEnd && IsNumberSign(text, start, end))))
                    break;
                trailing[trailingCount++] = new TextSpan(end - 1, end);
                end--;
                continue;
            }
            if (c == '\'' && end - start >= 2 && text[end - 2] == '\'')
            {
                trailing[trailingCount++] = new TextSpan(end - 2, end); // the closing '' of a treebank-style quote
                end -= 2;
                continue;
            }
            if (end - start > 1 && SentenceRules.TrailingPunctuation.Contains(c))
            {
                trailing[trailingCount++] = new TextSpan(end - 1, end);
                end--;
                continue;
            }
            break;
        }

        if (end > start)
            Core(text, start, end, into);
        for (var t = trailingCount - 1; t >= 0; t--)
            into.Add(trailing[t]);
    }

    private static void Core(string text, int start, int end, List<TextSpan> into)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            into.Add(new TextSpan(start, end - 3));
            into.Add(new TextSpan(end - 3, end));
            return;
        }
        foreach (var clitic in SentenceRules.Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                into.Add(new TextSpan(start, end - clitic.Length));
                into.Add(new TextSpan(end - clitic.Length, end));
                return;
            }
        }
        into.Add(new TextSpan(start, end));
    }

    // "No. 10", "no. 3": the number sign keeps its dot before a number; "He said no." ends a sentence.
    private static bool IsNumberSign(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).Equals("No.", StringComparison.OrdinalIgnoreCase))
            return false;
        var k = end;
        while (k < text.Length && text[k] == ' ')
            k++;
        return k > end && k < text.Length && char.IsDigit(text[k]);
    }

    /// <summary>True for a word with its final dot that is an abbreviation, an initial or a dotted acronym.</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> withDot)
    {
        var bare = withDot[..^1];
        if (bare.Length == 1 && char.IsLetter(bare[0]))
            return true;
        if (IsDottedAcronym(withDot))
            return true;
        var lookup = SentenceRules.NonFinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(bare) || IsFinalAbbreviation(bare);
    }

    /// <summary>An abbreviation (without its dot) that keeps its dot and may also close a sentence: "Inc", "Calif".</summary>
    internal static bool IsFinalAbbreviation(ReadOnlySpan<char> bare) =>
        SentenceRules.FinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)
        || SentenceRules.StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);

    /// <summary>"U.S.", "U.N.", "a.m.", "Ph.D.": letters in groups of one or two, each followed by a dot.</summary>
    internal static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != '.')
            return false;
        var run = 0;
        var dots = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                    return false;
                run = 0;
                dots++;
            }
            else if (char.IsLetter(c) && run < 2)
            {
                run++;
            }
            else
            {
                return false;
            }
        }
        return dots >= 2;
    }

    private static bool IsListNumber(ReadOnlySpan<char> withDot)
    {
        var bare = withDot[..^1];
        if (bare.Length is 0 or > 3)
            return false;
        foreach (var c in bare)
        {
            if (!char.IsDigit(c))
                return false;
        }
        return true;
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal)
        || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@') is var at && at > 0 && chunk[at..].Contains('.') && char.IsLetterOrDigit(chunk[^1] == '.' ? chunk[^2] : chunk[^1]));
}
