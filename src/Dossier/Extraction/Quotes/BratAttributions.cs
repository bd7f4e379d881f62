using System.Collections.Immutable;
using System.Globalization;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>One attribution relation of a brat standoff file (PARC/PolNeAR style): who (source), through which words
/// (cue), said or thought what (content). Each part may be discontinuous.</summary>
/// <param name="Content">The content fragments.</param>
/// <param name="Source">The source fragments; empty when the annotator marked none.</param>
/// <param name="Cue">The cue fragments.</param>
public sealed record BratAttribution(ImmutableArray<TextSpan> Content, ImmutableArray<TextSpan> Source, ImmutableArray<TextSpan> Cue);

/// <summary>Reads brat standoff attribution annotation (<c>T</c> lines with Source, Cue and Content spans, <c>E</c> lines
/// with the Attribution event joining them).</summary>
public static class BratAttributions
{
    /// <summary>The attributions of one <c>.ann</c> file whose text is <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">A line is malformed or a span lies outside the text.</exception>
    public static ImmutableArray<BratAttribution> Parse(string ann, string text)
    {
        ArgumentNullException.ThrowIfNull(ann);
        ArgumentNullException.ThrowIfNull(text);
        var spans = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        var number = 0;
        foreach (var raw in ann.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                // The covered text of a span may hold a line break, so its tail is a line of its own.
                if (line[0] is 'T' or 'E' && line.Length > 1 && char.IsDigit(line[1]) && line.Contains('\t', StringComparison.Ordinal))
                    throw new FormatException($"line {number}: expected tab-separated fields");
                continue;
            }
            if (!(line.Length > 1 && char.IsDigit(line[1])))
                continue;
            if (line[0] == 'T')
                spans[fields[0]] = Fragments(fields[1], text.Length, number);
            else if (line[0] == 'E')
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var result = ImmutableArray.CreateBuilder<BratAttribution>();
        foreach (var roles in events)
        {
            ImmutableArray<TextSpan> content = [], source = [], cue = [];
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                    continue;
                var name = role[..colon];
                if (!spans.TryGetValue(role[(colon + 1)..], out var fragments))
                    throw new FormatException($"event refers to unknown span {role[(colon + 1)..]}");
                switch (name)
                {
                    case "Content": content = content.AddRange(fragments); break;
                    case "Source": source = source.AddRange(fragments); break;
                    case "Cue": cue = cue.AddRange(fragments); break;
                }
            }
            if (!content.IsEmpty)
                result.Add(new BratAttribution(content, source, cue));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<TextSpan> Fragments(string typeAndOffsets, int length, int line)
    {
        var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
            throw new FormatException($"line {line}: no offsets");
        var builder = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var part in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var pair = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start || end > length)
                throw new FormatException($"line {line}: bad offsets '{part}'");
            builder.Add(new TextSpan(start, end));
        }
        return builder.ToImmutable();
    }
}
