using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Briefing;

/// <summary>Numbers citations in order of first use; each cites the whole sentence that holds the evidence.</summary>
/// <remarks>Citing the sentence (not just the matched words) gives a reader the context, and two facts from the same
/// sentence share one number. Without a sentence layer the paragraph is cited.</remarks>
internal sealed class CitationIndex(IReadOnlyDictionary<ArticleId, Doc> docs)
{
    private readonly Dictionary<(ArticleId, int), BriefCitation> _byStart = [];
    private readonly List<BriefCitation> _ordered = [];

    public ImmutableArray<BriefCitation> All => [.. _ordered];

    /// <summary>The citation numbered <paramref name="number"/>.</summary>
    public BriefCitation Get(int number) => _ordered[number - 1];

    public ImmutableArray<int> Cite(IEnumerable<Evidence> evidence) =>
        [.. evidence.Select(Cite).OfType<int>().Distinct()];

    public int? Cite(Evidence evidence)
    {
        if (!docs.TryGetValue(evidence.Article, out var doc) || evidence.Span.End > doc.Text.Length)
            return null;
        var sentence = SentenceAround(doc, evidence.Span);
        if (_byStart.TryGetValue((doc.Id, sentence.Start), out var known))
            return known.Number;
        var citation = new BriefCitation(_ordered.Count + 1, Evidence.Of(doc, sentence),
            doc.Metadata.Outlet ?? doc.Raw.FileName, doc.Metadata.Headline, doc.Metadata.Published);
        _byStart[(doc.Id, sentence.Start)] = citation;
        _ordered.Add(citation);
        return citation.Number;
    }

    /// <summary>The lead of an article: its first sentence (or paragraph) of at least eight words.</summary>
    /// <remarks>Bylines and datelines standing alone at the top are not what a reader calls the lead.</remarks>
    public int? CiteLead(ArticleId article)
    {
        if (!docs.TryGetValue(article, out var doc) || doc.Text.Length == 0)
            return null;
        var blocks = doc.Sentences.IsEmpty ? Paragraphs(doc.Text) : doc.Sentences.Select(s => s.Span);
        var lead = blocks.FirstOrDefault(span => span.Of(doc.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8);
        return Cite(Evidence.Of(doc, lead.IsEmpty ? new TextSpan(0, Math.Min(1, doc.Text.Length)) : lead));
    }

    private static IEnumerable<TextSpan> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
                end = text.Length;
            yield return new TextSpan(start, end);
            start = end + 2;
        }
    }

    private static TextSpan SentenceAround(Doc doc, TextSpan span)
    {
        if (doc.SentenceAt(span.Start) is { } sentence)
            return span.End <= sentence.End ? sentence : new TextSpan(sentence.Start, span.End);
        var text = doc.Text;
        var start = span.Start == 0 ? 0 : text.LastIndexOf("\n\n", span.Start, StringComparison.Ordinal);
        start = start <= 0 ? 0 : start + 2;
        var end = text.IndexOf("\n\n", span.End == 0 ? 0 : span.End - 1, StringComparison.Ordinal);
        end = end < 0 ? text.Length : Math.Max(end, span.End);
        return new TextSpan(start, end);
    }
}
