using Dossier.Documents;

namespace Dossier.Ingest;

/// <summary>One article as read from its source, decoded to text but not yet cleaned.</summary>
/// <param name="Source">The path or URL it was read from, as the user gave it.</param>
/// <param name="ItemKey">Which item of a multi-article source (a feed item's guid or link); empty for a single-article file.</param>
/// <param name="Kind">Text, HTML or feed item.</param>
/// <param name="Content">The decoded text (HTML markup included for pages and feed items).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the source bytes of this article.</param>
/// <param name="Encoding">Name of the encoding the bytes were decoded with.</param>
/// <param name="Feed">What the feed said about the item, for feed items.</param>
public sealed record RawArticle(
    string Source,
    string ItemKey,
    SourceKind Kind,
    string Content,
    string ContentHash,
    string Encoding,
    FeedItemInfo? Feed = null)
{
    /// <summary>The article's stable id, derived from its bytes.</summary>
    public ArticleId Id => ArticleId.FromContentHash(ContentHash);

    /// <summary>Last path segment of <see cref="Source"/> (the file name).</summary>
    public string FileName
    {
        get
        {
            var trimmed = Source.TrimEnd('/', '\\');
            var cut = trimmed.LastIndexOfAny(['/', '\\']);
            return cut < 0 ? trimmed : trimmed[(cut + 1)..];
        }
    }
}
