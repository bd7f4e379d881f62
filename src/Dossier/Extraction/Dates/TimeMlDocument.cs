using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Dates;

/// <summary>One gold time expression of a TimeML document.</summary>
/// <param name="Span">Where it lies in <see cref="TimeMlDocument.Text"/>.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value.</param>
public sealed record TimeMlTimex(TextSpan Span, TimexType Type, string Value);

/// <summary>A TimeML 1.2 document: its text with the markup removed, its creation time and its gold TIMEX3 expressions.</summary>
/// <param name="Id">The DOCID, or the file name when there is none.</param>
/// <param name="CreationTime">The DCT value (the anchor), e.g. <c>1998-01-08</c>.</param>
/// <param name="Text">The content of the TEXT element with the tags removed and entities decoded.</param>
/// <param name="Timexes">The TIMEX3 elements inside TEXT, in order.</param>
public sealed partial record TimeMlDocument(string Id, string? CreationTime, string Text, ImmutableArray<TimeMlTimex> Timexes)
{
    /// <summary>Reads a TimeML document; throws <see cref="FormatException"/> when it has no TEXT element.</summary>
    public static TimeMlDocument Parse(string xml, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var textStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var textEnd = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (textStart < 0 || textEnd < textStart)
            throw new FormatException("no <TEXT> element");
        var id = DocId().Match(xml) is { Success: true } idMatch ? idMatch.Groups[1].Value.Trim() : fallbackId;
        var dct = Dct().Match(xml) is { Success: true } dctMatch ? Attribute(dctMatch.Groups[1].Value, "value") : null;

        var body = xml.AsSpan(textStart + "<TEXT>".Length, textEnd - textStart - "<TEXT>".Length).ToString();
        var text = new StringBuilder(body.Length);
        var timexes = ImmutableArray.CreateBuilder<TimeMlTimex>();
        (int Start, string Attributes)? open = null;
        var last = 0;
        foreach (Match tag in Tag().Matches(body))
        {
            text.Append(Decode(body[last..tag.Index]));
            last = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            if (name != "TIMEX3")
                continue;
            if (tag.Groups["close"].Success)
            {
                if (open is { } o)
                {
                    var type = Attribute(o.Attributes, "type") switch
                    {
                        "TIME" => TimexType.Time,
                        "DURATION" => TimexType.Duration,
                        "SET" => TimexType.Set,
                        _ => TimexType.Date,
                    };
                    timexes.Add(new TimeMlTimex(new TextSpan(o.Start, text.Length), type, Attribute(o.Attributes, "value") ?? ""));
                }
                open = null;
            }
            else
            {
                open = (text.Length, tag.Groups["attrs"].Value);
            }
        }
        text.Append(Decode(body[last..]));
        return new TimeMlDocument(id, dct, text.ToString(), timexes.ToImmutable());
    }

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, name + "=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Decode(string s) => s.Contains('&', StringComparison.Ordinal)
        ? s.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&apos;", "'", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
        : s;

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z0-9_]+)(?<attrs>[^>]*?)/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<DOCID>([^<]*)</DOCID>")]
    private static partial Regex DocId();

    [GeneratedRegex(@"<DCT>\s*<TIMEX3([^>]*)>")]
    private static partial Regex Dct();
}
