using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;
using Dossier.Text;

namespace Dossier.Tests.Architecture;

/// <summary>Invariants every stage must keep, checked on the default pipeline's output for the seeds and the samples.</summary>
public sealed class LayerInvariantTests
{
    private static readonly Lazy<IReadOnlyList<Doc>> Docs = new(() =>
    {
        var problems = new List<IngestProblem>();
        var options = new IngestOptions();
        var files = SourceScanner.Expand([RepoPaths.Seeds, RepoPaths.Samples], options, problems);
        var reader = new SourceReader(options);
        var raws = files.SelectMany(file => reader.Read(file).Articles).ToList();
        return DossierPipeline.CreateDefault(new PipelineOptions { Strict = true }).ProcessMany(raws);
    });

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var doc in Docs.Value)
            data.Add(doc.Raw.FileName + (doc.Raw.ItemKey.Length > 0 ? "#" + doc.Raw.ItemKey : ""));
        return data;
    }

    private static Doc Find(string name) => Docs.Value.Single(doc => doc.Raw.FileName + (doc.Raw.ItemKey.Length > 0 ? "#" + doc.Raw.ItemKey : "") == name);

    [Theory]
    [MemberData(nameof(Articles))]
    public void EverySpanLiesInsideTheCleanText(string article)
    {
        var doc = Find(article);
        var spans = doc.Sentences.Select(s => s.Span)
            .Concat(doc.Tokens.Select(t => t.Span))
            .Concat(doc.Mentions.Select(m => m.Span))
            .Concat(doc.Dates.Select(d => d.Span))
            .Concat(doc.Quotes.SelectMany(q => new TextSpan?[] { q.Span, q.Content, q.Speaker, q.Cue }).OfType<TextSpan>())
            .Concat(doc.Events.Select(e => e.Trigger))
            .Concat(doc.Diagnostics.Select(d => d.Span).OfType<TextSpan>());
        Assert.All(spans, span => Assert.InRange(span.End, span.Start, doc.Text.Length));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void SentencesAreInOrderAndDoNotOverlap(string article)
    {
        var sentences = Find(article).Sentences;
        for (var i = 1; i < sentences.Length; i++)
            Assert.True(sentences[i - 1].Span.End <= sentences[i].Span.Start, $"sentence {i} overlaps the one before");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void EveryArticleHasCleanTextAndNoStageFailed(string article)
    {
        var doc = Find(article);
        Assert.False(string.IsNullOrWhiteSpace(doc.Text));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "DSR9001");
        Assert.DoesNotContain("\n\n\n", doc.Text);
        Assert.Equal(doc.Text.Trim(), doc.Text);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void FlagEvidenceQuotesTheBody(string article)
    {
        var doc = Find(article);
        foreach (var evidence in doc.Metadata.Flags.SelectMany(f => f.Evidence))
            Assert.Equal(evidence.Text, doc[evidence.Span]);
    }
}
