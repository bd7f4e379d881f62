using System.Globalization;
using Dossier.Text;

namespace Dossier.Comparison;

/// <summary>Reads the counts a sentence states, with what each counts and the bounds its qualifier sets.</summary>
/// <remarks>Word rules, no parser: the thing counted is the first lower-case content word after the number (capitalised
/// adjectives such as "Chinese" are stepped over), else a currency or percent unit, else the verb just before the
/// number ("killed 12"). Years, days of a month, times and ordinals are not counts.</remarks>
internal static class CountReader
{
    public static List<StatedCount> Read(string text, TextSpan sentence, IReadOnlyList<TextSpan> notCounts)
    {
        var found = new List<StatedCount>();
        var s = sentence.Of(text);
        var words = WordScanner.Words(s);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Of(s);
            if (!TryNumber(word, out var value, out var compoundNoun))
                continue;
            var absolute = new TextSpan(sentence.Start + words[i].Start, sentence.Start + words[i].End);
            if (notCounts.Any(span => span.Overlaps(absolute)))
                continue;
            if (i > 0 && CountRules.NotCounts.Contains(words[i - 1].Of(s)))
                continue; // "April 26"
            var start = words[i].Start;
            var end = words[i].End;
            string? unit = null;
            if (start > 0 && CountRules.Symbols.TryGetValue(s[start - 1], out var symbol))
            {
                unit = symbol;
                start--;
                if (start >= 2 && s.AsSpan(start - 2, 2).Equals("US", StringComparison.Ordinal))
                    start -= 2;
            }
            var j = i + 1;
            if (compoundNoun is null && j < words.Count && words[j].Of(s) is var scaleWord && scaleWord.Length > 2 && CountRules.Scales.TryGetValue(scaleWord, out var scale))
            {
                value *= scale;
                end = words[j].End;
                j++;
            }
            if (unit is null && end < s.Length && s[end] == '%')
            {
                unit = "percent";
                end++;
            }
            else if (unit is null && compoundNoun is null && j < words.Count && CountRules.UnitWords.TryGetValue(words[j].Of(s), out var unitWord))
            {
                unit = unitWord;
                end = words[j].End;
                j++;
                if (unitWord == "percent" && j < words.Count && words[j].Of(s).Equals("cent", StringComparison.OrdinalIgnoreCase))
                    end = words[j++].End;
            }
            // A bare year is a date, not a count; "$2024" or "2024 dollars" is money.
            if (unit is null && compoundNoun is null && value is >= 1900 and <= 2100 && value == Math.Floor(value) && word.Length == 4)
                continue;
            if (j < words.Count && CountRules.NotCounts.Contains(words[j].Of(s)))
                continue;

            string? key = unit ?? compoundNoun;
            if (key is null)
            {
                for (var k = j; k < Math.Min(words.Count, j + 3); k++)
                {
                    // The counted noun follows in the same phrase: a comma or a conjunction ends the search
                    // ("killed 12, the governor said"; "killed 12 and injured 40").
                    var gap = s.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
                    if (!gap.Trim().IsEmpty && !gap.Trim().SequenceEqual("-"))
                        break;
                    var w = words[k].Of(s);
                    if (CountRules.Stops.Contains(w))
                        break;
                    if (CountRules.Fillers.Contains(w) || (char.IsUpper(w[0]) && k < j + 2))
                        continue;
                    if (char.IsLower(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'') && !EnglishStopwords.Contains(w))
                    {
                        key = Singular(w);
                        end = words[k].End;
                    }
                    break;
                }
            }
            if (key is null && i > 0)
            {
                var before = words[i - 1].Of(s);
                if (char.IsLower(before[0]) && before.All(char.IsLetter) && !EnglishStopwords.Contains(before) && !IsQualifierWord(before))
                {
                    key = "by:" + before.ToLowerInvariant();
                    start = Math.Min(start, words[i - 1].Start);
                }
            }
            // "the death toll rose to 15": the count's subject a few words back says what it counts.
            if (key is null)
            {
                for (var k = i - 1; k >= Math.Max(0, i - 8); k--)
                {
                    if (words[k].Of(s).Equals("toll", StringComparison.OrdinalIgnoreCase))
                    {
                        key = "toll";
                        start = words[k].Start;
                        break;
                    }
                }
            }
            if (key is null)
                continue;
            if (CountRules.Aliases.TryGetValue(key, out var alias))
                key = alias;

            var (low, high) = (value, value);
            var lead = s[..start].TrimEnd();
            foreach (var (qualifier, lowFactor, highFactor) in CountRules.Qualifiers)
            {
                if (lead.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)
                    && (lead.Length == qualifier.Length || !char.IsLetter(lead[lead.Length - qualifier.Length - 1])))
                {
                    low = lowFactor is { } lf ? value * lf : 0;
                    high = highFactor is { } hf ? value * hf : double.PositiveInfinity;
                    start = lead.Length - qualifier.Length;
                    break;
                }
            }
            found.Add(new StatedCount(new TextSpan(sentence.Start + start, sentence.Start + end), sentence, key, value, low, high));
            i = Math.Max(i, j - 1); // "five hundred": the scale word is not a second count
        }
        return found;
    }

    private static bool IsQualifierWord(string word) => CountRules.Qualifiers.Any(q => q.Words.EndsWith(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads "12", "1,500", "3.5", "1bn", "five", "twenty-five", or "three-day" (a number joined to its noun).</summary>
    internal static bool TryNumber(string word, out double value, out string? compoundNoun)
    {
        compoundNoun = null;
        value = 0;
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            var head = word[..dash];
            var tail = word[(dash + 1)..];
            if (TryNumber(head, out var first, out _) && CountRules.Words.TryGetValue(tail, out var second) && second < 10 && first >= 20)
            {
                value = first + second; // twenty-five
                return true;
            }
            if (TryNumber(head, out value, out _) && tail.Length > 1 && tail.All(char.IsLetter) && !CountRules.Scales.ContainsKey(tail))
            {
                compoundNoun = Singular(tail.Split('-')[0]);
                return true;
            }
            return false;
        }
        if (CountRules.Words.TryGetValue(word, out value))
            return true;
        var digits = 0;
        while (digits < word.Length && (char.IsDigit(word[digits]) || (word[digits] is '.' or ',' && digits > 0)))
            digits++;
        if (digits == 0 || !char.IsDigit(word[0]))
            return false;
        if (!double.TryParse(word[..digits].Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (digits == word.Length)
            return true;
        if (CountRules.Scales.TryGetValue(word[digits..], out var scale))
        {
            value *= scale;
            return true;
        }
        return false; // "1st", "5G", "F-16"
    }

    internal static string Singular(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
            return w[..^3] + "y";
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3)
            return w[..^1];
        return w;
    }
}
