using Dossier.Text;

namespace Dossier.Documents;

/// <summary>A citation: the words of one article that support a fact.</summary>
/// <param name="Article">The article cited.</param>
/// <param name="Span">Where the words stand in the article's clean text.</param>
/// <param name="Text">The cited words, repeated so a reader need not trust offsets.</param>
public sealed record Evidence(ArticleId Article, TextSpan Span, string Text)
{
    /// <summary>Cites <paramref name="span"/> of <paramref name="doc"/>.</summary>
    public static Evidence Of(Doc doc, TextSpan span) => new(doc.Id, span, span.Of(doc.Text));
}
