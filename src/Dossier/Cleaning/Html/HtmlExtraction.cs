namespace Dossier.Cleaning.Html;

/// <summary>What the DOM extractor took from a page: the article's blocks in reading order, captions, dropped blocks, markup metadata.</summary>
/// <param name="Blocks">Text blocks judged to be the article (paragraphs and subheads), in order.</param>
/// <param name="Captions">Figure captions and photo credits inside the article.</param>
/// <param name="Removed">Every other visible text block, verbatim.</param>
/// <param name="Metadata">What meta tags, JSON-LD and the canonical link say.</param>
/// <param name="TooDeep">Nesting depth when the page was too deeply nested for a DOM and was read as plain text, else 0.</param>
internal sealed record HtmlExtraction(IReadOnlyList<string> Blocks, IReadOnlyList<string> Captions, IReadOnlyList<string> Removed, PageMetadata Metadata, int TooDeep = 0)
{
    /// <summary>The page's length in characters when it was too large for a DOM and was read as plain text, else 0.</summary>
    public int TooLarge { get; init; }
}
