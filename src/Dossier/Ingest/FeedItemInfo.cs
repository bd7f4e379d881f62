using System.Collections.Immutable;

namespace Dossier.Ingest;

/// <summary>What a feed says about one of its items, kept as metadata of the article made from it.</summary>
/// <param name="Title">The item's title.</param>
/// <param name="Link">The item's link (its canonical URL).</param>
/// <param name="Published">The item's publication (or update) date, as the feed states it.</param>
/// <param name="Authors">Author names the feed credits.</param>
/// <param name="FeedTitle">The feed's own title: usually the outlet.</param>
public sealed record FeedItemInfo(string? Title, string? Link, DateTimeOffset? Published, ImmutableArray<string> Authors, string? FeedTitle);
