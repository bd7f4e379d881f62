using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;

namespace Dossier.Briefing;

/// <summary>Writes a <see cref="StoryBrief"/> as one self-contained HTML file: inline CSS, an SVG timeline and an SVG
/// actor network, citations as in-page links. No script, no network, no CDN; it prints.</summary>
public static class HtmlBriefWriter
{
    /// <summary>The brief as an HTML document.</summary>
    public static string Write(StoryBrief brief)
    {
        var story = brief.Story;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E(story.Title)).AppendLine(" — Dossier brief</title>");
        html.AppendLine("<style>").AppendLine(Css).AppendLine("</style></head><body><main>");
        html.Append("<header><h1>").Append(E(story.Title)).AppendLine("</h1>");
        html.Append("<p class=\"meta\">Story <code>").Append(E(story.Id)).Append("</code> · ").Append(E(MarkdownBriefWriter.DateSpan(story.Start, story.End)))
            .Append(" · ").Append(story.Articles.Length).AppendLine(" report(s)</p></header>");

        if (!brief.Summary.IsEmpty)
        {
            Open(html, "summary", "Summary");
            html.AppendLine("<ul>");
            foreach (var sentence in brief.Summary)
                html.Append("<li>").Append(E(sentence.Text)).Append(Cite(sentence.Citations)).AppendLine("</li>");
            html.AppendLine("</ul></section>");
        }

        Open(html, "sources", "Sources");
        html.AppendLine("<table><thead><tr><th>#</th><th>Outlet</th><th>Wire</th><th>Date</th><th>Kind</th><th>Flags</th><th>Headline</th></tr></thead><tbody>");
        var row = 0;
        foreach (var source in brief.Sources)
        {
            html.Append("<tr><td>").Append(++row).Append("</td><td>").Append(E(source.Outlet)).Append("</td><td>").Append(E(source.Wire ?? "–"))
                .Append("</td><td>").Append(E(source.Published ?? "–")).Append("</td><td class=\"kind-").Append(E(source.Kind)).Append("\">").Append(E(source.Kind))
                .Append("</td><td>").Append(E(source.Flags.IsEmpty ? "–" : string.Join(", ", source.Flags)))
                .Append("</td><td>").Append(E(source.Headline ?? "(no headline)")).Append(Cite(source.Citations)).AppendLine("</td></tr>");
        }
        html.AppendLine("</tbody></table></section>");

        Open(html, "timeline", "Timeline");
        html.AppendLine(SvgTimeline(brief.Timeline));
        if (brief.Timeline.IsEmpty)
            html.AppendLine("<p>No events were found in these reports.</p>");
        html.AppendLine(brief.Timeline.IsEmpty ? "<table hidden>" : "<table>");
        html.AppendLine("<thead><tr><th>Date</th><th>What</th><th>Where</th><th>Status</th></tr></thead><tbody>");
        foreach (var @event in brief.Timeline)
        {
            html.Append("<tr><td>").Append(E(@event.Date ?? "unknown")).Append("</td><td>").Append(E(@event.What)).Append(Cite(@event.Citations))
                .Append("</td><td>").Append(E(@event.Place ?? "–")).Append("</td><td class=\"status-").Append(E(@event.Status)).Append("\">").Append(E(@event.Status)).AppendLine("</td></tr>");
        }
        html.AppendLine("</tbody></table></section>");

        Open(html, "network", "Who did what with whom");
        if (brief.Network.Edges.IsEmpty)
            html.AppendLine("<p>No events between identified actors were found.</p>");
        else
            html.AppendLine(SvgNetwork(brief.Network));
        html.AppendLine("</section>");

        Open(html, "people", "People and roles");
        html.AppendLine("<ul>");
        foreach (var person in brief.People)
        {
            html.Append("<li><strong>").Append(E(person.Name)).Append("</strong>")
                .Append(person.Roles.IsEmpty ? "" : ": " + E(string.Join("; ", person.Roles)))
                .Append(" <span class=\"count\">(").Append(person.Mentions).Append(" mention(s))</span>").Append(Cite(person.Citations)).AppendLine("</li>");
        }
        html.AppendLine("</ul></section>");

        Open(html, "quotes", "Key quotes");
        foreach (var group in brief.Quotes)
        {
            html.Append("<h3>").Append(E(group.Speaker)).AppendLine("</h3><ul>");
            foreach (var quote in group.Quotes)
            {
                html.Append("<li>").Append(quote.Direct ? "<q>" + E(quote.Text) + "</q>" : E(quote.Text) + " <em>(reported)</em>")
                    .Append(Cite(quote.Citations)).AppendLine("</li>");
            }
            html.AppendLine("</ul>");
        }
        html.AppendLine("</section>");

        if (!brief.Issues.IsEmpty)
        {
            Open(html, "issues", "Issues and positions");
            foreach (var issue in brief.Issues)
            {
                html.Append("<h3>").Append(E(issue.Name)).Append(Cite(issue.Citations)).AppendLine("</h3>")
                    .AppendLine(issue.Positions.IsEmpty ? "<p>No stated position found in the quotes.</p><ul>" : "<ul>");
                foreach (var position in issue.Positions)
                    html.Append("<li><strong>").Append(E(position.Holder)).Append("</strong>: ").Append(E(position.Stance)).Append(Cite(position.Citations)).AppendLine("</li>");
                html.AppendLine("</ul>");
            }
            html.AppendLine("</section>");
        }

        Compared(html, "contradictions", "Where sources differ", brief.Contradictions, "vs.");
        Compared(html, "agreements", "Where sources agree in other words", brief.Agreements, "and");

        Open(html, "citations", "Citations");
        html.AppendLine("<ol class=\"citations\">");
        foreach (var citation in brief.Citations)
        {
            html.Append("<li id=\"c").Append(citation.Number).Append("\" value=\"").Append(citation.Number).Append("\"><span class=\"src\">")
                .Append(E(citation.Outlet)).Append(citation.Published is null ? "" : ", " + E(citation.Published))
                .Append(", <code>").Append(E(citation.Evidence.Article.Value)).Append("</code> ")
                .Append(citation.Evidence.Span.Start).Append('–').Append(citation.Evidence.Span.End).Append("</span><blockquote>")
                .Append(E(citation.Evidence.Text)).AppendLine("</blockquote></li>");
        }
        html.AppendLine("</ol></section>");
        html.AppendLine("<footer>Made by Dossier from the reports listed above; every line cites the sentence it rests on.</footer>");
        html.AppendLine("</main></body></html>");
        return html.ToString();
    }

    private static void Compared(StringBuilder html, string id, string title, ImmutableArray<BriefContradiction> findings, string joint)
    {
        if (findings.IsEmpty)
            return;
        Open(html, id, title);
        html.AppendLine("<ul>");
        foreach (var c in findings)
        {
            html.Append("<li>").Append(c.Kind.Length > 0 ? "<span class=\"kind\">" + E(c.Kind) + "</span> " : "")
                .Append(E(c.Claim)).Append(Cite(c.Citations)).Append(" <em>").Append(joint).Append("</em> ").Append(E(c.Against)).Append(Cite(c.AgainstCitations))
                .Append(c.Note.Length > 0 ? " — " + E(c.Note) : "").AppendLine("</li>");
        }
        html.AppendLine("</ul></section>");
    }

    private static void Open(StringBuilder html, string id, string title) =>
        html.Append("<section id=\"").Append(id).Append("\"><h2>").Append(E(title)).AppendLine("</h2>");

    private static string Cite(ImmutableArray<int> numbers) =>
        string.Concat(numbers.Select(n => $"<a class=\"cite\" href=\"#c{n}\">[{n}]</a>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // A date axis across the events' span, one dot per dated event, labels staggered on three rows so they do not collide.
    private static string SvgTimeline(ImmutableArray<BriefEvent> timeline)
    {
        var dated = timeline.Select(e => (Event: e, Day: ParseDay(e.Date))).Where(e => e.Day is not null).ToList();
        const int width = 960, left = 40, right = 40, axisY = 40;
        var svg = new StringBuilder();
        var height = 60 + (dated.Count == 0 ? 0 : 3 * 34);
        svg.Append("<svg class=\"timeline\" role=\"img\" aria-label=\"Timeline of events\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<line x1=\"").Append(left).Append("\" y1=\"").Append(axisY).Append("\" x2=\"").Append(width - right).Append("\" y2=\"").Append(axisY).Append("\" class=\"axis\"/>");
        if (dated.Count > 0)
        {
            var first = dated.Min(d => d.Day!.Value);
            var last = dated.Max(d => d.Day!.Value);
            var span = Math.Max(1, last.DayNumber - first.DayNumber);
            double X(DateOnly day) => left + (width - left - right) * (double)(day.DayNumber - first.DayNumber) / span;
            svg.Append("<text x=\"").Append(left).Append("\" y=\"20\" class=\"tick\">").Append(E(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</text>");
            svg.Append("<text x=\"").Append(width - right).Append("\" y=\"20\" text-anchor=\"end\" class=\"tick\">").Append(E(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</text>");
            for (var i = 0; i < dated.Count; i++)
            {
                var (e, day) = dated[i];
                var x = X(day!.Value);
                var labelY = axisY + 30 + (i % 3) * 34;
                svg.Append("<g class=\"event status-").Append(E(e.Status)).Append("\"><title>").Append(E($"{e.Date}: {e.What}")).Append("</title>");
                svg.Append("<circle cx=\"").Append(F(x)).Append("\" cy=\"").Append(axisY).Append("\" r=\"6\"/>");
                svg.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(axisY + 6).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(labelY - 12).Append("\" class=\"stem\"/>");
                svg.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(labelY).Append("\" text-anchor=\"middle\">").Append(E(Shorten($"{e.Mode}: {string.Join(", ", e.Actors)}", 28))).Append("</text></g>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Actors on a circle, edges weighted by the number of events and coloured by PLOVER category.
    private static string SvgNetwork(ActorNetwork network)
    {
        const int size = 640, radius = 230, centre = 320;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"network\" role=\"img\" aria-label=\"Actor network\" viewBox=\"0 0 ").Append(size).Append(' ').Append(size)
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < network.Nodes.Length; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, network.Nodes.Length) - Math.PI / 2;
            positions[network.Nodes[i].Id] = (centre + radius * Math.Cos(angle), centre + radius * Math.Sin(angle));
        }
        foreach (var edge in network.Edges)
        {
            var (x1, y1) = positions[edge.Source];
            var (x2, y2) = positions[edge.Target];
            svg.Append("<line class=\"edge cat-").Append(E(edge.Category.ToLowerInvariant())).Append("\" x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1))
                .Append("\" x2=\"").Append(F(x2)).Append("\" y2=\"").Append(F(y2)).Append("\" stroke-width=\"").Append(F(1 + Math.Min(6, edge.Weight)))
                .Append("\" marker-end=\"url(#arrow)\"><title>").Append(E($"{edge.Category} ({string.Join(", ", edge.Modes)}) ×{edge.Weight}")).Append("</title></line>");
        }
        foreach (var node in network.Nodes)
        {
            var (x, y) = positions[node.Id];
            svg.Append("<g class=\"node type-").Append(E(node.Type.ToLowerInvariant())).Append("\"><circle cx=\"").Append(F(x)).Append("\" cy=\"").Append(F(y)).Append("\" r=\"10\"/>")
                .Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(y + (y < centre ? -16 : 26))).Append("\" text-anchor=\"middle\">").Append(E(Shorten(node.Name, 24))).Append("</text></g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static DateOnly? ParseDay(string? value)
    {
        if (value is null)
            return null;
        var head = value.Split('/')[0];
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(head, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static string Shorten(string text, int max) => MarkdownBriefWriter.Shorten(text, max);

    private const string Css = """
        :root { --ink: #1d2430; --muted: #5b6575; --line: #d6dbe3; --accent: #1f5fa8; --warn: #b4441c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafbfc; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 4px; }
        h2 { font-size: 1.2rem; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 1rem; margin: 16px 0 4px; }
        .meta, .count, footer { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
        th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
        th { background: #f1f3f6; }
        a.cite { font-size: 0.75em; vertical-align: super; text-decoration: none; color: var(--accent); margin-left: 1px; }
        q { quotes: "“" "”"; }
        svg { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
        svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
        svg .axis { stroke: var(--muted); stroke-width: 2; }
        svg .stem { stroke: var(--line); }
        svg .event circle { fill: var(--accent); }
        svg .event.status-planned circle, svg .event.status-expected circle { fill: #fff; stroke: var(--accent); stroke-width: 2; }
        svg .tick { fill: var(--muted); }
        svg .edge { stroke: #8a94a6; opacity: 0.8; }
        svg .edge.cat-consult, svg .edge.cat-cooperate, svg .edge.cat-aid { stroke: var(--accent); }
        svg .edge.cat-accuse, svg .edge.cat-threaten, svg .edge.cat-demand, svg .edge.cat-reject { stroke: #d08a1c; }
        svg .edge.cat-coerce, svg .edge.cat-assault, svg .edge.cat-sanction { stroke: var(--warn); }
        svg marker path { fill: #8a94a6; }
        svg .node circle { fill: #fff; stroke: var(--ink); stroke-width: 2; }
        svg .node.type-gpe circle, svg .node.type-org circle { stroke: var(--accent); }
        .status-planned, .status-expected { color: var(--accent); font-style: italic; }
        .kind { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--accent); }
        blockquote { margin: 2px 0 8px; padding-left: 10px; border-left: 3px solid var(--line); color: var(--muted); }
        ol.citations li { margin-bottom: 4px; }
        footer { margin-top: 40px; font-size: 0.85rem; }
        @media print { body { background: #fff; } main { max-width: none; padding: 0; } a.cite { color: var(--ink); } section { break-inside: avoid-page; } }
        """;
}
