using System.Collections.Immutable;
using System.Text;

namespace Dossier.Briefing;

/// <summary>Writes a <see cref="StoryBrief"/> as Markdown: every line ends with its citations, sources listed at the end.</summary>
public static class MarkdownBriefWriter
{
    /// <summary>The brief as Markdown text.</summary>
    public static string Write(StoryBrief brief)
    {
        var md = new StringBuilder();
        var story = brief.Story;
        md.Append("# ").AppendLine(Escape(story.Title));
        md.AppendLine();
        md.Append("*Story `").Append(story.Id).Append("` · ").Append(DateSpan(story.Start, story.End)).Append(" · ")
            .Append(story.Articles.Length).AppendLine(" report(s)*");

        if (!brief.Summary.IsEmpty)
        {
            Section(md, "Summary");
            foreach (var sentence in brief.Summary)
                md.Append("- ").Append(Escape(sentence.Text)).Append(' ').AppendLine(Cite(sentence.Citations));
        }

        Section(md, "Sources");
        md.AppendLine("| # | outlet | wire | date | kind | flags | headline |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        var row = 0;
        foreach (var source in brief.Sources)
        {
            md.Append("| ").Append(++row).Append(" | ").Append(Cell(source.Outlet)).Append(" | ").Append(Cell(source.Wire ?? "–"))
                .Append(" | ").Append(source.Published ?? "–").Append(" | ").Append(source.Kind)
                .Append(source.CopyOf is { } of ? $" of `{of}`" : "")
                .Append(" | ").Append(source.Flags.IsEmpty ? "–" : string.Join(", ", source.Flags))
                .Append(" | ").Append(Cell(source.Headline ?? "(no headline)")).Append(' ').Append(Cite(source.Citations)).AppendLine(" |");
        }

        Section(md, "Timeline");
        if (brief.Timeline.IsEmpty)
            md.AppendLine("No dated events were found in these reports.");
        foreach (var @event in brief.Timeline)
        {
            md.Append("- **").Append(@event.Date ?? "date unknown").Append("** ").Append(Escape(@event.What))
                .Append(@event.Place is null ? "" : " in " + Escape(@event.Place))
                .Append(" — *").Append(@event.Status).Append("* ").AppendLine(Cite(@event.Citations));
        }

        Section(md, "People and roles");
        if (brief.People.IsEmpty)
            md.AppendLine("No people were recognised in these reports.");
        foreach (var person in brief.People)
        {
            md.Append("- **").Append(Escape(person.Name)).Append("**")
                .Append(person.Roles.IsEmpty ? "" : ": " + Escape(string.Join("; ", person.Roles)))
                .Append(" (").Append(person.Mentions).Append(" mention(s)) ").AppendLine(Cite(person.Citations));
        }

        Section(md, "Key quotes");
        if (brief.Quotes.IsEmpty)
            md.AppendLine("No attributed quotes were found in these reports.");
        foreach (var group in brief.Quotes)
        {
            md.Append("- **").Append(Escape(group.Speaker)).AppendLine("**");
            foreach (var quote in group.Quotes)
                md.Append("  - ").Append(quote.Direct ? "“" + Escape(quote.Text) + "”" : Escape(quote.Text) + " *(reported)*").Append(' ').AppendLine(Cite(quote.Citations));
        }

        if (!brief.Issues.IsEmpty)
        {
            Section(md, "Issues and positions");
            foreach (var issue in brief.Issues)
            {
                md.Append("- **").Append(Escape(issue.Name)).Append("**")
                    .Append(issue.Citations.IsEmpty ? "" : " raised " + Cite(issue.Citations))
                    .AppendLine(issue.Positions.IsEmpty && !issue.Citations.IsEmpty ? "; no stated position found in the quotes" : "");
                foreach (var position in issue.Positions)
                    md.Append("  - ").Append(Escape(position.Holder)).Append(": ").Append(Escape(position.Stance)).Append(' ').AppendLine(Cite(position.Citations));
            }
        }

        Compared(md, "Where sources differ", brief.Contradictions, " vs. ");
        Compared(md, "Where sources agree in other words", brief.Agreements, " and ");

        Section(md, "Citations");
        foreach (var citation in brief.Citations)
        {
            md.Append("- [").Append(citation.Number).Append("] ").Append(Escape(citation.Outlet))
                .Append(citation.Published is null ? "" : ", " + citation.Published)
                .Append(", `").Append(citation.Evidence.Article).Append("` ").Append(citation.Evidence.Span.Start).Append('–').Append(citation.Evidence.Span.End)
                .Append(": “").Append(Escape(Shorten(citation.Evidence.Text, 300))).AppendLine("”");
        }
        return md.ToString();
    }

    private static void Compared(StringBuilder md, string title, ImmutableArray<BriefContradiction> findings, string joint)
    {
        if (findings.IsEmpty)
            return;
        Section(md, title);
        foreach (var finding in findings)
        {
            md.Append("- ").Append(finding.Kind.Length > 0 ? $"*{finding.Kind}*: " : "")
                .Append(Escape(finding.Claim)).Append(' ').Append(Cite(finding.Citations))
                .Append(joint).Append(Escape(finding.Against)).Append(' ').Append(Cite(finding.AgainstCitations))
                .Append(finding.Note.Length > 0 ? " — " + Escape(finding.Note) : "").AppendLine();
        }
    }

    private static void Section(StringBuilder md, string title) => md.AppendLine().Append("## ").AppendLine(title).AppendLine();

    private static string Cite(ImmutableArray<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    internal static string DateSpan(string? start, string? end) =>
        start is null ? "dates unknown" : end is null || end == start ? start : $"{start} to {end}";

    private static string Escape(string text) => text.ReplaceLineEndings(" ").Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    internal static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
