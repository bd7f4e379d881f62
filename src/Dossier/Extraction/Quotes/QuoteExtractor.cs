using Dossier.Documents;
using Dossier.Extraction.Sentences;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>The "quotes" stage: direct, partial and reported quotations with their cue, speaker phrase and the
/// person the speaker phrase refers to.</summary>
/// <remarks>
/// Uses the Mentions layer for people when the entities stage ran, and capitalised-name heuristics otherwise; uses the
/// Tokens layer when present and tokenizes the text itself when not. See <c>docs/quotes.md</c>.
/// </remarks>
public sealed class QuoteExtractor : IDocStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("quotes", Layers.CleanText | Layers.Sentences, Layers.Quotes,
        "Direct, partial and reported quotations with cue, speaker and the person a pronoun speaker refers to.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc with { Quotes = [.. Extract(doc)] };
    }

    /// <summary>The quotations of <paramref name="doc"/>, ordered by where their content starts.</summary>
    public static IReadOnlyList<Quote> Extract(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var view = View(doc);
        var quotes = QuoteFinder.Find(view);
        IReadOnlyList<TextSpan>? people = (doc.Layers & Layers.Mentions) != 0
            ? [.. doc.Mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Span)]
            : null;
        return SpeakerResolver.Resolve(view, quotes, people);
    }

    internal static TokenView View(Doc doc)
    {
        IReadOnlyList<TextSpan> tokens = (doc.Layers & Layers.Tokens) != 0 && !doc.Tokens.IsDefaultOrEmpty
            ? [.. doc.Tokens.Select(t => t.Span)]
            : [.. NewsTokenizer.Tokenize(doc.Text).Select(t => t.Span)];
        return new TokenView(doc.Text, tokens, [.. doc.Sentences.Select(s => s.Span)]);
    }
}
