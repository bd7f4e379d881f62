namespace Dossier.Ingest;

/// <summary>What kind of input an article was read from.</summary>
public enum SourceKind
{
    /// <summary>A plain-text file (often a scraped page saved as text).</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>One item of an RSS or Atom feed.</summary>
    FeedItem,
}
