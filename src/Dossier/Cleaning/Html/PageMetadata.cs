using Dossier.Documents;

namespace Dossier.Cleaning.Html;

/// <summary>What a page's markup says about its article: meta tags, JSON-LD, canonical link, <c>lang</c>.</summary>
internal sealed record PageMetadata
{
    public string? Headline { get; init; }

    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<DateSignal> DateSignals { get; init; } = [];

    public string? Language { get; init; }
}
