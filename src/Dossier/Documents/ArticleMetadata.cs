using System.Collections.Immutable;

namespace Dossier.Documents;

/// <summary>What is known about an article apart from its body: where it came from, who wrote it, when.</summary>
/// <remarks>Unknown values stay <see langword="null"/> or empty; nothing is guessed to fill a field.</remarks>
public sealed record ArticleMetadata
{
    /// <summary>No metadata known yet.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Canonical URL found in the page, the text or the feed item, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The publication the article was taken from.</summary>
    public string? Outlet { get; init; }

    /// <summary>The headline as the reader sees it.</summary>
    public string? Headline { get; init; }

    /// <summary>Names of the people credited with the story.</summary>
    public ImmutableArray<string> Bylines { get; init; } = [];

    /// <summary>The news agency the story originates from (AFP, Reuters, ...).</summary>
    public string? Wire { get; init; }

    /// <summary>Publication date, ISO 8601 (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>).</summary>
    public string? Published { get; init; }

    /// <summary>Every date hint found, including those that lost to <see cref="Published"/>.</summary>
    public ImmutableArray<DateSignal> DateSignals { get; init; } = [];

    /// <summary>ISO 639-1 language code.</summary>
    public string? Language { get; init; }

    /// <summary>Photo captions and credits, kept apart from the body.</summary>
    public ImmutableArray<string> Captions { get; init; } = [];

    /// <summary>Every block dropped from the body as boilerplate, verbatim.</summary>
    public ImmutableArray<string> Removed { get; init; } = [];

    /// <summary>Reliability warnings with their evidence.</summary>
    public ImmutableArray<QualityFlag> Flags { get; init; } = [];
}
