namespace Dossier.Text;

/// <summary>Function words that say nothing about what an article is about.</summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "away", "back",
        "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every",
        "few", "for", "from", "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its",
        "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most",
        "much", "must", "my", "near", "never", "new", "next", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per", "put", "rather",
        "said", "same", "say", "says", "see", "seen", "several", "she", "should", "since", "so", "some", "still", "such",
        "take", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "thus", "to", "told", "too", "toward", "towards", "two", "under", "until", "up",
        "upon", "us", "very", "was", "way", "we", "well", "were", "what", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "years", "yet", "you",
        "your", "yours", "mr", "mrs", "ms", "according", "added", "percent", "time", "week", "day", "days", "first",
        "three", "four", "five", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "today", "yesterday", "tomorrow", "people", "news", "story", "read", "also", "photo", "image",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a function word (or a calendar word, which dates handle instead).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
