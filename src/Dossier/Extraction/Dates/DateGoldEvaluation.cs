using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Evaluation;
using Dossier.Text;

namespace Dossier.Extraction.Dates;

/// <summary>Scores of the date stage against a hand annotation of whole reports (<see cref="DateGold"/>).</summary>
/// <param name="Reports">Annotated reports found among the documents.</param>
/// <param name="Spans">Relaxed span match (overlap, one found expression per gold one) over all annotated expressions.</param>
/// <param name="Groups">Per group of kinds: relative+partial, absolute, duration+vague.</param>
/// <param name="Lines">Misses, value errors, spurious expressions and anchor differences, for inspection.</param>
public sealed record DateGoldEvaluation(int Reports, PrfScore Spans, ImmutableArray<DateGoldGroupScore> Groups, ImmutableArray<string> Lines)
{
    /// <summary>The group of the issue's target: relative and partial expressions.</summary>
    public DateGoldGroupScore RelativeAndPartial => Groups[0];

    /// <summary>The absolute expressions.</summary>
    public DateGoldGroupScore Absolute => Groups[1];

    /// <summary>Scores the date mentions of <paramref name="docs"/> against <paramref name="gold"/>; a document is paired
    /// with the gold report of its file name, and documents without one are ignored.</summary>
    public static DateGoldEvaluation Score(IEnumerable<Doc> docs, ImmutableArray<DateGoldReport> gold)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var byFile = docs.GroupBy(d => Path.GetFileName(d.Raw.Source), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var counts = new int[3, 3]; // group × (gold, matched, value right)
        var spans = default(PrfScore);
        var lines = ImmutableArray.CreateBuilder<string>();
        var reports = 0;
        foreach (var report in gold)
        {
            if (!byFile.TryGetValue(report.File, out var doc))
            {
                lines.Add($"! {report.File}: not among the reports read");
                continue;
            }
            reports++;
            if (!string.Equals(doc.Metadata.Published, report.Anchor, StringComparison.Ordinal))
                lines.Add($"! {report.File}: publication date {doc.Metadata.Published ?? "null"}, the annotation assumes {report.Anchor ?? "null"}");
            var used = new bool[doc.Dates.Length];
            var matched = 0;
            foreach (var expression in report.Expressions)
            {
                var group = GroupOf(expression.Kind);
                counts[group, 0]++;
                var span = WordScanner.Occurrence(doc.Text, expression.Text, expression.Occurrence);
                var index = span is { } s ? Match(doc.Dates, used, s) : -1;
                if (index < 0)
                {
                    lines.Add(span is null
                        ? $"- {report.File}: \"{expression.Text}\" #{expression.Occurrence} is not in the clean body"
                        : $"- {report.File}: \"{expression.Text}\" #{expression.Occurrence} {expression.Value ?? "null"} not found");
                    continue;
                }
                used[index] = true;
                matched++;
                counts[group, 1]++;
                var found = doc.Dates[index];
                var right = string.Equals(found.Value, expression.Value, StringComparison.Ordinal)
                    && (!expression.HasImplied || string.Equals(found.Implied, expression.Implied, StringComparison.Ordinal));
                if (right)
                {
                    counts[group, 2]++;
                    continue;
                }
                var foundValue = found.Value ?? "null";
                var expectedValue = expression.Value ?? "null";
                if (expression.HasImplied)
                {
                    foundValue += $" (implied {found.Implied ?? "null"})";
                    expectedValue += $" (implied {expression.Implied ?? "null"})";
                }
                lines.Add($"  {report.File}: \"{expression.Text}\" #{expression.Occurrence} expected {expectedValue}, found \"{doc[found.Span]}\" {foundValue} ({found.Note})");
            }
            for (var i = 0; i < used.Length; i++)
            {
                if (!used[i])
                    lines.Add($"+ {report.File}: \"{doc[doc.Dates[i].Span]}\" {doc.Dates[i].Value ?? "null"}");
            }
            spans += new PrfScore(matched, used.Count(u => !u), report.Expressions.Length - matched);
        }
        var groups = Enumerable.Range(0, 3)
            .Select(g => new DateGoldGroupScore(GroupNames[g], counts[g, 0], counts[g, 1], counts[g, 2]))
            .ToImmutableArray();
        return new DateGoldEvaluation(reports, spans, groups, lines.ToImmutable());
    }

    private static readonly string[] GroupNames = ["relative+partial", "absolute", "duration+vague"];

    private static int GroupOf(DateGoldKind kind) => kind switch
    {
        DateGoldKind.Relative or DateGoldKind.Partial => 0,
        DateGoldKind.Absolute => 1,
        _ => 2,
    };

    // The exact span first, then the first unused overlapping one (as in TempEval-3's relaxed match).
    private static int Match(ImmutableArray<DateMention> found, bool[] used, TextSpan span)
    {
        for (var i = 0; i < found.Length; i++)
        {
            if (!used[i] && found[i].Span == span)
                return i;
        }
        for (var i = 0; i < found.Length; i++)
        {
            if (!used[i] && found[i].Span.Overlaps(span))
                return i;
        }
        return -1;
    }
}

/// <summary>Counts for one group of annotated expressions.</summary>
/// <param name="Name">"relative+partial", "absolute" or "duration+vague".</param>
/// <param name="Gold">Annotated expressions.</param>
/// <param name="Matched">Those a found expression overlaps.</param>
/// <param name="ValueRight">Those matched with the annotated value (and implied date, where annotated).</param>
public sealed record DateGoldGroupScore(string Name, int Gold, int Matched, int ValueRight)
{
    /// <summary>Share of annotated expressions found.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Share of found ones with the right value.</summary>
    public double ValueAccuracy => Matched == 0 ? 0 : (double)ValueRight / Matched;

    /// <summary>Share of annotated expressions found and resolved right (a miss counts as wrong): the issue's measure.</summary>
    public double Resolved => Gold == 0 ? 1 : (double)ValueRight / Gold;
}
