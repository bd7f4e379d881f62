using System.Text.RegularExpressions;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>A person credited outside the body: a byline, a photographer, a reporter or editor in a credit trailer.</summary>
/// <param name="Field">The article field: <c>bylines</c>, <c>captions</c> or <c>removed</c>.</param>
/// <param name="Index">Which entry of the field.</param>
/// <param name="Span">The name within that entry.</param>
/// <param name="Title">"Reporter", "Contributing reporter", "Editor", "Photographer".</param>
/// <param name="Of">The outlet or agency the credit names, or null.</param>
internal sealed record Credit(string Field, int Index, TextSpan Span, string Title, string? Of);

/// <summary>Reads the people an article credits in its bylines, photo captions and credit trailers.</summary>
/// <remarks>
/// These people are real people of the report (the reporter, the photographer) but never stand in the body, so the body's
/// NER never sees them. Credits are lists with a fixed shape ("Additional reporting by A, B and C in Beijing; Editing by
/// D", "Photo: E/Pool/AFP", "© AFP – F"), so a pattern reads them more reliably than the tagger would.
/// </remarks>
internal static class CreditReader
{
    public static List<Credit> Read(Doc doc)
    {
        var credits = new List<Credit>();
        var metadata = doc.Metadata;
        var publisher = metadata.Wire ?? metadata.Outlet;
        for (var i = 0; i < metadata.Bylines.Length; i++)
        {
            var byline = metadata.Bylines[i];
            if (IsName(byline))
                credits.Add(new Credit("bylines", i, new TextSpan(0, byline.Length), "Reporter", publisher));
        }
        for (var i = 0; i < metadata.Captions.Length; i++)
            credits.AddRange(InLine(metadata.Captions[i], "captions", i, publisher, anywhere: true));
        for (var i = 0; i < metadata.Removed.Length; i++)
            credits.AddRange(InLine(metadata.Removed[i], "removed", i, publisher, anywhere: false));
        return credits;
    }

    /// <summary>Where the credits of a caption begin ("… on April 25. Photo: …"), or its length when it has none.</summary>
    public static int CreditStart(string caption)
    {
        var start = caption.Length;
        if (CreditRules.Cue().Match(caption) is { Success: true } cue)
            start = cue.Index;
        if (CreditRules.AgencyThenName().Match(caption) is { Success: true } agency && agency.Index < start)
            start = agency.Index;
        return start;
    }

    // Removed blocks are read only when they open with a credit ("(Reporting by …", "File photo: …"): a removed
    // "Read also" headline or an author bio mentions people who are not credited for this report.
    private static IEnumerable<Credit> InLine(string line, string field, int index, string? publisher, bool anywhere)
    {
        var cues = CreditRules.Cue().Matches(line);
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (!anywhere && c == 0 && line[..cue.Index].Trim().TrimStart('(', '[').Length > 0)
                yield break;
            var title = CreditRules.TitleOf(cue.Groups["cue"].Value);
            var end = c + 1 < cues.Count ? cues[c + 1].Index : line.Length;
            var stop = line.IndexOfAny([';', ')'], cue.Index + cue.Length);
            if (stop >= 0 && stop < end)
                end = stop;
            if (title == "Photographer")
            {
                if (Photographer(line, cue.Index + cue.Length, end) is { } photo)
                    yield return new Credit(field, index, photo.Name, title, photo.Of);
                continue;
            }
            foreach (var name in List(line, cue.Index + cue.Length, end))
                yield return new Credit(field, index, name, title, publisher);
        }
        foreach (Match agency in CreditRules.AgencyThenName().Matches(line))
        {
            var from = agency.Index + agency.Length;
            var to = line.IndexOfAny(CreditRules.NameEnds, from);
            var span = Trim(line, from, to < 0 ? line.Length : to);
            if (IsName(span.Of(line)))
                yield return new Credit(field, index, span, "Photographer", agency.Groups["agency"].Value);
        }
    }

    // "Ines Moreau/Pool/AFP." → the name and the agency after the pool; "Jon Vik/Ministry of Fisheries, via Flickr".
    private static (TextSpan Name, string? Of)? Photographer(string line, int from, int end)
    {
        var to = line.IndexOfAny(CreditRules.NameEnds, from, end - from);
        var span = Trim(line, from, to < 0 ? end : to);
        if (!IsName(span.Of(line)))
            return null;
        string? of = null;
        if (to >= 0 && line[to] == '/')
        {
            var parts = line[(to + 1)..end].Split(',')[0].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.TrimEnd('.')).Where(p => p.Length > 0 && !CreditRules.PoolWords.Contains(p)).ToList();
            of = parts.Count > 0 ? parts[^1] : null;
        }
        return (span, of);
    }

    // "Lea Stone, Omar Haddad and Kim Ode in Oslo, Ana Kovac and Piotr Lenz in Bergen".
    private static IEnumerable<TextSpan> List(string line, int from, int end)
    {
        var position = from;
        var separator = CreditRules.ListSeparator();
        foreach (var piece in separator.Split(line[from..end]))
        {
            var start = position;
            position += piece.Length;
            if (piece.Length == 0 || separator.Match(piece) is { Success: true, Index: 0 } sep && sep.Length == piece.Length)
                continue;
            var text = piece;
            var cut = CreditRules.PlaceAfterName().Match(text);
            var length = cut.Success ? cut.Index : text.Length;
            var span = Trim(line, start, start + length);
            if (IsName(span.Of(line)))
                yield return span;
        }
    }

    private static TextSpan Trim(string line, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(line[start]) || line[start] is '(' or '–' or '—' or '-'))
            start++;
        while (end > start && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] is '.' or ')' or ':'))
            end--;
        // A final initial keeps its dot: "Ferdinand Marcos Jr."
        if (end < line.Length && line[end] == '.' && end - start >= 3 && line[end - 3] == ' ' && char.IsUpper(line[end - 2]))
            end++;
        return new TextSpan(start, end);
    }

    /// <summary>Two to four capitalised words, none of them an agency or picture-library word.</summary>
    internal static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
            return false;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || CreditRules.NotNameWords.Contains(word.TrimEnd('.')))
                return false;
            if (!word.All(ch => char.IsLetter(ch) || ch is '-' or '\'' or '’' or '.'))
                return false;
        }
        // "PHOTO REUTERS", "CNN NEWS": a person's name is not all capitals.
        return !words.All(w => w.All(ch => !char.IsLower(ch)));
    }
}
