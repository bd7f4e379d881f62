using System.Collections.Immutable;
using Dossier.Evaluation;
using Dossier.Text;

namespace Dossier.Extraction.Dates;

/// <summary>TempEval-3 task A scores of the date resolver on a set of TimeML documents.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Strict">Span match with exact boundaries.</param>
/// <param name="Relaxed">Span match by overlap (one gold expression to one found).</param>
/// <param name="ValueCorrect">Relaxed matches whose value equals the gold value.</param>
/// <param name="TypeCorrect">Relaxed matches whose type equals the gold type.</param>
/// <param name="Errors">Value errors on matched expressions: gold text, gold value, value found (for inspection).</param>
public sealed record DateEvaluation(int Documents, PrfScore Strict, PrfScore Relaxed, int ValueCorrect, int TypeCorrect,
    ImmutableArray<DateEvaluationError> Errors)
{
    /// <summary>Relaxed matches whose value equals the gold value once equivalent spellings are made one
    /// (<see cref="TimexValues.Equivalent"/>: <c>T17</c> = <c>T17:00</c>, <c>P1E</c> = <c>P10Y</c>, <c>P2Q</c> = <c>P6M</c>).</summary>
    public int ValueEquivalent { get; init; }

    /// <summary>Share of relaxed matches whose value is the gold value or an equivalent spelling of it.</summary>
    public double ValueEquivalentAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)ValueEquivalent / Relaxed.TruePositives;

    /// <summary>Gold expressions nothing overlapped, and expressions found that overlap no gold one ("-"/"+" and the words).</summary>
    public ImmutableArray<string> SpanErrors { get; init; } = [];

    /// <summary>Share of relaxed matches with the right value (TempEval-3 "value accuracy").</summary>
    public double ValueAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)ValueCorrect / Relaxed.TruePositives;

    /// <summary>Share of relaxed matches with the right type.</summary>
    public double TypeAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)TypeCorrect / Relaxed.TruePositives;

    /// <summary>Value F1: a found expression counts when it overlaps a gold one and has its value.</summary>
    public PrfScore Value => new(ValueCorrect, Relaxed.TruePositives + Relaxed.FalsePositives - ValueCorrect,
        Relaxed.TruePositives + Relaxed.FalseNegatives - ValueCorrect);

    /// <summary>The sum of two evaluations.</summary>
    public static DateEvaluation operator +(DateEvaluation a, DateEvaluation b) => new(a.Documents + b.Documents,
        a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.ValueCorrect + b.ValueCorrect, a.TypeCorrect + b.TypeCorrect,
        a.Errors.AddRange(b.Errors))
    {
        SpanErrors = a.SpanErrors.AddRange(b.SpanErrors),
        ValueEquivalent = a.ValueEquivalent + b.ValueEquivalent,
    };

    /// <summary>Nothing scored.</summary>
    public static DateEvaluation Empty { get; } = new(0, default, default, 0, 0, []);

    /// <summary>Scores <paramref name="resolver"/> on one document, anchored at its creation time.</summary>
    public static DateEvaluation Score(DateResolver resolver, TimeMlDocument document)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(document);
        var found = resolver.Resolve(document.Text, document.CreationTime);
        var gold = document.Timexes;

        var strict = gold.Count(g => found.Any(f => f.Span == g.Span));
        var usedFound = new bool[found.Length];
        int relaxed = 0, valueCorrect = 0, typeCorrect = 0, equivalent = 0;
        var errors = ImmutableArray.CreateBuilder<DateEvaluationError>();
        var spanErrors = ImmutableArray.CreateBuilder<string>();
        foreach (var g in gold)
        {
            // Prefer the exact match, then the first overlapping expression not yet used.
            var index = -1;
            for (var i = 0; i < found.Length; i++)
            {
                if (!usedFound[i] && found[i].Span == g.Span)
                {
                    index = i;
                    break;
                }
            }
            if (index < 0)
                index = FirstOverlap(found, usedFound, g.Span);
            if (index < 0)
            {
                spanErrors.Add($"- {document.Id}: \"{g.Span.Of(document.Text)}\" {g.Value}");
                continue;
            }
            usedFound[index] = true;
            relaxed++;
            if (found[index].Type == g.Type)
                typeCorrect++;
            if (TimexValues.Equivalent(found[index].Value, g.Value))
                equivalent++;
            if (string.Equals(found[index].Value, g.Value, StringComparison.Ordinal))
                valueCorrect++;
            else
                errors.Add(new DateEvaluationError(document.Id, g.Span.Of(document.Text), g.Value, found[index].Value, found[index].Note));
        }
        for (var i = 0; i < found.Length; i++)
        {
            if (!usedFound[i])
                spanErrors.Add($"+ {document.Id}: \"{found[i].Span.Of(document.Text)}\" {found[i].Value}");
        }
        return new DateEvaluation(1,
            new PrfScore(strict, found.Length - strict, gold.Length - strict),
            new PrfScore(relaxed, found.Length - relaxed, gold.Length - relaxed),
            valueCorrect, typeCorrect, errors.ToImmutable())
        {
            SpanErrors = spanErrors.ToImmutable(),
            ValueEquivalent = equivalent,
        };
    }

    private static int FirstOverlap(ImmutableArray<Documents.DateMention> found, bool[] used, TextSpan span)
    {
        for (var i = 0; i < found.Length; i++)
        {
            if (!used[i] && found[i].Span.Overlaps(span))
                return i;
        }
        return -1;
    }
}

/// <summary>A matched expression whose value differs from the gold value.</summary>
/// <param name="Document">Document id.</param>
/// <param name="Text">The gold expression's words.</param>
/// <param name="Expected">Gold value.</param>
/// <param name="Found">Value found (null when the anchor did not allow one).</param>
/// <param name="Note">How the value was reached.</param>
public sealed record DateEvaluationError(string Document, string Text, string Expected, string? Found, string? Note);
