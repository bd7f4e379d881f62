using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Sentences;

/// <summary>Groups the tokens of news text into sentences.</summary>
/// <remarks>
/// A line break ends a sentence (headlines, captions, bullets and paragraphs have no final stop), except a hard wrap
/// in the middle of a clause. A stop ends a sentence unless the next word is lower case; closing quotes and brackets
/// stay with the sentence they close. Title and month abbreviations and initials never end one; "U.S." or "Inc." do
/// when a typical sentence opener follows. A dateline ("SHANGHAI:", "BEIJING, April 26 (Reuters) -") is a sentence
/// of its own, so the story's first sentence starts clean.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/> given its <paramref name="tokens"/>.</summary>
    public static ImmutableArray<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var spans = new TextSpan[tokens.Count];
        for (var i = 0; i < spans.Length; i++)
            spans[i] = tokens[i].Span;
        var ranges = new List<(int First, int End)>();
        Split(text, spans, ranges);
        var builder = ImmutableArray.CreateBuilder<Sentence>(ranges.Count);
        foreach (var (first, end) in ranges)
            builder.Add(new Sentence(new TextSpan(spans[first].Start, spans[end - 1].End)));
        return builder.MoveToImmutable();
    }

    /// <summary>Appends each sentence as a range of token indexes <c>[First, End)</c> to <paramref name="into"/>.</summary>
    public static void Split(string text, ReadOnlySpan<TextSpan> tokens, List<(int First, int End)> into)
    {
        var first = 0;
        var paragraphStart = true;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (paragraphStart)
            {
                paragraphStart = false;
                var dateline = DatelineEnd(text, tokens, i);
                if (dateline > i)
                {
                    into.Add((first, dateline + 1));
                    first = dateline + 1;
                    i = dateline;
                    if (i + 1 < tokens.Length && LineBreakBetween(text, tokens[i], tokens[i + 1]))
                        paragraphStart = true;
                    continue;
                }
            }
            var last = i == tokens.Length - 1;
            bool boundary;
            if (last)
            {
                boundary = true;
            }
            else if (LineBreakBetween(text, tokens[i], tokens[i + 1]))
            {
                boundary = !IsHardWrap(text, tokens[i], tokens[i + 1]);
                paragraphStart = boundary;
            }
            else
            {
                var closeAt = EndsSentence(text, tokens, i);
                if (closeAt >= 0)
                {
                    // Closing quotes and brackets belong to the sentence they close.
                    i = closeAt;
                    boundary = true;
                    if (i + 1 < tokens.Length && LineBreakBetween(text, tokens[i], tokens[i + 1]))
                        paragraphStart = true;
                }
                else
                {
                    boundary = false;
                }
            }
            if (boundary)
            {
                into.Add((first, i + 1));
                first = i + 1;
            }
        }
    }

    // Returns the index of the last token of the sentence that token i ends (after closers), or -1.
    private static int EndsSentence(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        var word = tokens[i].Of(text).AsSpan();
        var terminator = word is "." or "!" or "?" or "…" || (word.Length >= 2 && word.Trim('.').IsEmpty);
        if (!terminator)
            return AbbreviationEnd(text, tokens, i);
        var j = i;
        while (j + 1 < tokens.Length && !LineBreakBetween(text, tokens[j], tokens[j + 1])
               && tokens[j + 1].Length == 1 && SentenceRules.Closers.Contains(text[tokens[j + 1].Start])
               && IsClosingHere(text, tokens, j + 1))
            j++;
        while (j + 1 < tokens.Length && !LineBreakBetween(text, tokens[j], tokens[j + 1])
               && tokens[j + 1].Of(text) is "!" or "?" or ".")
            j++;
        if (j + 1 >= tokens.Length || LineBreakBetween(text, tokens[j], tokens[j + 1]))
            return j;
        var next = text[tokens[j + 1].Start];
        // "“Why?” he asked." and "a 3.5 … percent" continue the sentence.
        if (char.IsLower(next) || next is ',' or ';' or ':' or ')' or '-' or '—' or '–')
            return -1;
        return j;
    }

    // A straight quote after a stop closes the sentence when it is glued to the stop, not opening the next word.
    private static bool IsClosingHere(string text, ReadOnlySpan<TextSpan> tokens, int k) =>
        tokens[k].Start == tokens[k - 1].End || text[tokens[k].Start] is '”' or '’' or ')' or ']' or '»';

    // "… left for the U.S.” The trip …": an abbreviation that may end a sentence, then a closing quote and a capitalised
    // word, ends it after the quote. Returns the sentence's last token, or -1.
    private static int AbbreviationEnd(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        var closes = i + 1 < tokens.Length && !LineBreakBetween(text, tokens[i], tokens[i + 1]) && MayEndSentence(text, tokens[i])
            && (tokens[i + 1].Of(text) is "”" or "’" or "»" or ")" || (tokens[i + 1].Of(text) == "\"" && tokens[i + 1].Start == tokens[i].End));
        if (closes)
        {
            var closer = i + 1;
            if (closer + 1 >= tokens.Length || LineBreakBetween(text, tokens[closer], tokens[closer + 1]))
                return closer;
            return char.IsUpper(text[tokens[closer + 1].Start]) ? closer : -1;
        }
        return AbbreviationEndsSentence(text, tokens, i) ? i : -1;
    }

    private static bool MayEndSentence(string text, TextSpan token)
    {
        var word = token.Of(text).AsSpan();
        if (word.Length < 3 || word[^1] != '.')
            return false;
        return NewsTokenizer.IsFinalAbbreviation(word[..^1]) || NewsTokenizer.IsDottedAcronym(word);
    }

    private static bool AbbreviationEndsSentence(string text, ReadOnlySpan<TextSpan> tokens, int i)
    {
        var word = tokens[i].Of(text).AsSpan();
        if (word.Length < 2 || word[^1] != '.')
            return false;
        var bare = word[..^1];
        if (bare.Length == 1)
            return false; // an initial: "Antony J. Blinken"
        if (!NewsTokenizer.IsFinalAbbreviation(bare) && !NewsTokenizer.IsDottedAcronym(word))
            return false;
        if (i + 1 >= tokens.Length)
            return true;
        var next = tokens[i + 1].Of(text);
        if (next is "“" or "\"")
            return true;
        return SentenceRules.SentenceStarters.Contains(next);
    }

    // A dateline opens a paragraph: an upper-case place name, maybe a date and an agency, then ":" or a dash.
    private static int DatelineEnd(string text, ReadOnlySpan<TextSpan> tokens, int start)
    {
        var firstWord = tokens[start].Of(text);
        if (firstWord.Length < 3 || !IsUpperWord(firstWord))
            return -1;
        for (var k = start + 1; k < tokens.Length && k <= start + 10; k++)
        {
            if (LineBreakBetween(text, tokens[k - 1], tokens[k]))
                return -1;
            var word = tokens[k].Of(text);
            if (SentenceRules.DatelineSeparators.Contains(word))
                return k + 1 < tokens.Length && !LineBreakBetween(text, tokens[k], tokens[k + 1]) ? k : -1;
            if (char.IsLower(word[0]))
                return -1;
        }
        return -1;
    }

    private static bool IsUpperWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    private static bool LineBreakBetween(string text, TextSpan left, TextSpan right) =>
        text.AsSpan(left.End, right.Start - left.End).Contains('\n');

    // A line broken after a comma or a lower-case word, continuing in lower case, is one sentence wrapped, not two.
    private static bool IsHardWrap(string text, TextSpan left, TextSpan right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        if (gap.IndexOf('\n') != gap.LastIndexOf('\n'))
            return false; // a blank line: a paragraph break always ends a sentence
        var before = text[left.End - 1];
        var after = text[right.Start];
        return char.IsLower(after) && (char.IsLower(before) || before == ',');
    }
}
