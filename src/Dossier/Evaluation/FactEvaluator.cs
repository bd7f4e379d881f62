using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Dossier.Comparison;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Evaluation;

/// <summary>One expected finding of a fact-comparison gold case.</summary>
/// <param name="Kind"><c>count</c>, <c>title</c>, <c>quote</c> or <c>duration</c>.</param>
/// <param name="Agrees">True for an agreement, false for a contradiction.</param>
/// <param name="A">Words one side of the finding must contain.</param>
/// <param name="B">Words the other side must contain.</param>
public sealed record FactExpectation(string Kind, bool Agrees, string A, string B);

/// <summary>One gold case: reports of one story (date line and text each) and what comparing them should find.</summary>
public sealed record FactCase(string Id, ImmutableArray<(string Date, string Text)> Articles, ImmutableArray<FactExpectation> Expected);

/// <summary>What <c>dossier eval facts</c> measured: findings P/R/F1 overall and per kind, and the misses by case.</summary>
public sealed record FactEvaluation(PrfScore All, ImmutableArray<(string Kind, PrfScore Score)> ByKind, ImmutableArray<string> Errors);

/// <summary>Scores the <see cref="FactComparer"/> on hand-written cases (<c>eval/facts/gold.json</c>).</summary>
/// <remarks>A finding is right when its kind and verdict are the expected ones and its two sides contain the expected
/// words (in either order). Event findings (<c>date</c>, <c>status</c>) are not scored here.</remarks>
public static class FactEvaluator
{
    private static readonly string[] Kinds = ["count", "duration", "quote", "title"];

    /// <summary>Reads the gold JSON.</summary>
    /// <exception cref="FormatException">The text is not a fact gold file.</exception>
    public static ImmutableArray<FactCase> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new FactCase(
                c.GetProperty("id").GetString()!,
                [.. c.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("date").GetString()!, a.GetProperty("text").GetString()!))],
                [.. c.GetProperty("expected").EnumerateArray().Select(e => new FactExpectation(e.GetProperty("kind").GetString()!,
                    e.GetProperty("agrees").GetBoolean(), e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!))]))];
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
        {
            throw new FormatException(exception.Message.Split('\n')[0], exception);
        }
    }

    /// <summary>Runs the default pipeline on each case as one story and scores the comparison.</summary>
    public static FactEvaluation Evaluate(IReadOnlyList<FactCase> cases, CancellationToken cancellationToken = default)
    {
        // The comparison runs below on each case as one story, so the pipeline's own (last) facts stage is left out.
        var pipeline = new PipelineBuilder().UseDefaults().Remove<FactComparer>().Build();
        var counts = Kinds.ToDictionary(k => k, _ => (Tp: 0, Fp: 0, Fn: 0), StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var @case in cases)
        {
            var raws = @case.Articles.Select((a, i) =>
            {
                var text = $"Report {i + 1} on {@case.Id}\n\n{a.Date}\n\n{a.Text}";
                return new RawArticle($"{@case.Id}/{i}.txt", "", SourceKind.Text, text, ArticleId.Hash(Encoding.UTF8.GetBytes(@case.Id + "\n" + text)), "utf-8");
            }).ToList();
            var docs = pipeline.ProcessMany(raws, cancellationToken: cancellationToken);
            var corpus = pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id.Value, StringComparer.Ordinal)] }, cancellationToken);
            corpus = corpus with { Stories = [new Story("s-" + @case.Id, @case.Id, [.. corpus.Articles.Select(d => d.Id)], null, null, "")], Contradictions = [] };
            var found = new FactComparer().Run(corpus, new StageContext("facts", TimeProvider.System, cancellationToken)).Contradictions
                .Where(f => Kinds.Contains(f.Kind)).ToList();
            var open = @case.Expected.ToList();
            foreach (var finding in found)
            {
                var match = open.FirstOrDefault(e => Matches(e, finding));
                var kind = counts[finding.Kind];
                if (match is not null)
                {
                    open.Remove(match);
                    counts[finding.Kind] = kind with { Tp = kind.Tp + 1 };
                }
                else
                {
                    counts[finding.Kind] = kind with { Fp = kind.Fp + 1 };
                    errors.Add($"{@case.Id}: unexpected {finding.Kind} {(finding.Agrees ? "agreement" : "contradiction")}: {finding.Claim} | {finding.Against}");
                }
            }
            foreach (var missed in open)
            {
                var kind = counts.TryGetValue(missed.Kind, out var c) ? c : default;
                counts[missed.Kind] = kind with { Fn = kind.Fn + 1 };
                errors.Add($"{@case.Id}: missed {missed.Kind} {(missed.Agrees ? "agreement" : "contradiction")}: {missed.A} | {missed.B}");
            }
        }
        var byKind = counts.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, new PrfScore(k.Value.Tp, k.Value.Fp, k.Value.Fn))).ToImmutableArray();
        var all = new PrfScore(byKind.Sum(k => k.Item2.TruePositives), byKind.Sum(k => k.Item2.FalsePositives), byKind.Sum(k => k.Item2.FalseNegatives));
        return new FactEvaluation(all, byKind, errors.ToImmutable());
    }

    private static bool Matches(FactExpectation expected, Contradiction found)
    {
        if (expected.Kind != found.Kind || expected.Agrees != found.Agrees)
            return false;
        bool Has(string side, string words) => side.Contains(words, StringComparison.OrdinalIgnoreCase);
        return (Has(found.Claim, expected.A) && Has(found.Against, expected.B)) || (Has(found.Claim, expected.B) && Has(found.Against, expected.A));
    }
}
