namespace Dossier.Cleaning.Html;

/// <summary>Measures how deeply a page's tags nest without building a DOM, and reads text out of pages too deep for one.</summary>
/// <remarks>Both passes are linear in the input and allocate only the output, so hostile markup costs bounded time and memory.</remarks>
internal static class NestingGuard
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
    };

    /// <summary>The deepest nesting of open tags (an approximation: unclosed tags count as open).</summary>
    public static int MaxDepth(string html, int stopAt)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsLetterOrDigit(html[end]) || html[end] == '!'))
                end++;
            if (end == start || html[start] == '!')
            {
                i = end + 1;
                continue;
            }
            var name = html.AsSpan(start, end - start);
            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (!selfClosing && !Void.Contains(name.ToString()))
            {
                depth++;
                if (depth > max)
                    max = depth;
                if (max >= stopAt)
                    return max;
            }
            i = close < 0 ? html.Length : close + 1;
        }
        return max;
    }

    /// <summary>The text of <paramref name="html"/> with tags removed, script/style content dropped, entities for the common cases decoded.</summary>
    public static string StripTags(string html)
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                builder.Append(html, i, html.Length - i);
                break;
            }
            builder.Append(html, i, open - i);
            var close = html.IndexOf('>', open);
            if (close < 0)
                break;
            var tag = html.AsSpan(open + 1, Math.Min(close - open - 1, 12));
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                var name = tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style";
                var end = html.IndexOf(name, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : html.IndexOf('>', end) is var e && e >= 0 ? e + 1 : html.Length;
                continue;
            }
            if (tag.StartsWith("p", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("/p", StringComparison.OrdinalIgnoreCase)
                || tag.StartsWith("br", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("/div", StringComparison.OrdinalIgnoreCase))
                builder.Append('\n');
            i = close + 1;
        }
        return System.Net.WebUtility.HtmlDecode(builder.ToString());
    }
}
