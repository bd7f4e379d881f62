using System.Text;

namespace Dossier.Cleaning;

/// <summary>Joins paragraphs into the clean-text convention: whitespace folded, one blank line between paragraphs.</summary>
public static class Paragraphs
{
    /// <summary>Folds runs of white space (including no-break spaces) inside one paragraph to single spaces.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The non-empty paragraphs, folded, joined by a blank line.</summary>
    public static string Join(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(Fold).Where(p => p.Length > 0));

    /// <summary>Lines of plain text, each folded; blank lines dropped.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(Fold).Where(line => line.Length > 0);
}
