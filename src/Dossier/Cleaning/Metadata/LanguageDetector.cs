namespace Dossier.Cleaning.Metadata;

/// <summary>Guesses the language of a text from its most frequent function words (a few hundred words suffice for news).</summary>
/// <remarks>
/// Chosen over a full n-gram detector (e.g. Lingua) because it loads instantly and needs no model files; it covers the
/// languages of the development data (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish) and says
/// nothing rather than guess when the evidence is thin.
/// </remarks>
internal static class LanguageDetector
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups =
        [.. MetadataRules.Stopwords.Select(s => s.Words.GetAlternateLookup<ReadOnlySpan<char>>())];

    /// <summary>ISO 639-1 code, or null when fewer than 5 function words decide it.</summary>
    public static string? Detect(string text)
    {
        var counts = new int[MetadataRules.Stopwords.Count];
        Span<char> buffer = stackalloc char[12];
        var tokens = 0;
        var start = -1;
        var limit = Math.Min(text.Length, 20_000);
        for (var i = 0; i <= limit; i++)
        {
            var letter = i < limit && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                // Function words are short: longer words are no evidence and cost no lookup or allocation.
                var length = i - start;
                if (length <= buffer.Length)
                {
                    var word = buffer[..length];
                    text.AsSpan(start, length).ToLowerInvariant(word);
                    for (var l = 0; l < counts.Length; l++)
                    {
                        if (Lookups[l].Contains(word))
                            counts[l]++;
                    }
                }
                start = -1;
                if (++tokens > 3000)
                    break;
            }
        }
        var best = -1;
        var second = 0;
        for (var l = 0; l < counts.Length; l++)
        {
            if (best < 0 || counts[l] > counts[best])
            {
                if (best >= 0)
                    second = Math.Max(second, counts[best]);
                best = l;
            }
            else
                second = Math.Max(second, counts[l]);
        }
        return best >= 0 && counts[best] >= 5 && counts[best] >= second * 1.3 ? MetadataRules.Stopwords[best].Language : null;
    }
}
