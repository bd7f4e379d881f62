namespace Dossier.Text;

/// <summary>Splits clean text into sentence-like spans without a model: at line breaks and after ., ! or ? before a capital.</summary>
/// <remarks>Used when no sentence layer exists; rough on abbreviations ("U.S. Secretary"), which only costs a split
/// sentence here, never a lost one.</remarks>
internal static class RoughSentences
{
    /// <summary>The sentence spans of <paramref name="text"/>, trimmed, in order.</summary>
    public static List<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
                end = i;
            else if (c is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“' or '‘'))
                end = i + 1;
            else if (c is '.' or '!' or '?' && i + 3 < text.Length && text[i + 1] is '"' or '”' or '’' && text[i + 2] == ' ')
                end = i + 2;
            if (end < 0)
                continue;
            Add(text, start, end, spans);
            start = end;
        }
        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            spans.Add(new TextSpan(start, end));
    }
}
