using System.Collections.Immutable;
using Dossier.Documents;

namespace Dossier.Corpus;

/// <summary>How one article relates to another it copies.</summary>
/// <param name="Article">The copy.</param>
/// <param name="Of">The article it copies (the closest to the original).</param>
/// <param name="Kind"><c>duplicate</c>, <c>syndicated</c> or <c>rewrite</c>.</param>
/// <param name="Similarity">Estimated similarity, 0 to 1.</param>
public sealed record CopyLink(ArticleId Article, ArticleId Of, string Kind, double Similarity)
{
    /// <summary>The news agency the original is credited to (wire provenance), or null.</summary>
    public string? Wire { get; init; }
}

/// <summary>A group of articles that report the same events.</summary>
/// <param name="Id">Stable story id (<c>s-…</c>).</param>
/// <param name="Title">A title for the story.</param>
/// <param name="Articles">The articles, by id.</param>
/// <param name="Start">First date the story covers, ISO 8601, or null.</param>
/// <param name="End">Last date the story covers, ISO 8601, or null.</param>
/// <param name="Summary">A few sentences, each traceable to evidence.</param>
public sealed record Story(string Id, string Title, ImmutableArray<ArticleId> Articles, string? Start, string? End, string Summary)
{
    /// <summary>Where each sentence of <see cref="Summary"/> was taken from, in summary order.</summary>
    public ImmutableArray<Evidence> SummaryEvidence { get; init; } = [];

    /// <summary>Why each article is in the story, in article order.</summary>
    public ImmutableArray<StoryAssignment> Explanation { get; init; } = [];
}

/// <summary>Why one article was put in a story.</summary>
/// <param name="Article">The article.</param>
/// <param name="Via">The article it was linked to when it joined, or null for the first article of the story.</param>
/// <param name="Score">Similarity of that link, 0 to 1.</param>
/// <param name="Terms">The article's most telling words that the rest of the story shares.</param>
/// <param name="Names">Capitalised names it shares with the rest of the story.</param>
/// <param name="Date">The date the article is about (ISO 8601) and where it was read, e.g. <c>2024-04-26 (published)</c>, or null.</param>
public sealed record StoryAssignment(ArticleId Article, ArticleId? Via, double Score, ImmutableArray<string> Terms, ImmutableArray<string> Names, string? Date);

/// <summary>A role an entity holds, as the text states it.</summary>
/// <param name="Title">E.g. "Secretary of State".</param>
/// <param name="Of">Entity id or name the role is held in, e.g. "United States".</param>
/// <param name="AsOf">Date the role was stated for, or null.</param>
/// <param name="Evidence">Where the text says so.</param>
public sealed record Role(string Title, string? Of, string? AsOf, ImmutableArray<Evidence> Evidence);

/// <summary>A mention of an entity in one article.</summary>
public sealed record EntityMention(ArticleId Article, int Start, int End, string Text);

/// <summary>A person, organisation or place, merged across spellings and articles.</summary>
/// <param name="Id">Stable entity id (<c>e-…</c>).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What sort of entity.</param>
/// <param name="Aliases">Every surface form seen.</param>
/// <param name="Roles">Roles the texts state.</param>
/// <param name="Mentions">Every mention.</param>
public sealed record Entity(string Id, string Name, EntityKind Kind, ImmutableArray<string> Aliases, ImmutableArray<Role> Roles, ImmutableArray<EntityMention> Mentions)
{
    /// <summary>Where the entity is named outside the clean body: bylines, photo captions and credits, credit trailers.</summary>
    public ImmutableArray<SideMention> SideMentions { get; init; } = [];
}

/// <summary>A mention of an entity in an article's metadata rather than its body.</summary>
/// <param name="Article">The article.</param>
/// <param name="Field">The article field it stands in: <c>bylines</c>, <c>captions</c> or <c>removed</c>.</param>
/// <param name="Index">Which entry of that field.</param>
/// <param name="Start">UTF-16 offset into that entry (not into the body).</param>
/// <param name="End">End of the mention in that entry, exclusive.</param>
/// <param name="Text">The covered words.</param>
public sealed record SideMention(ArticleId Article, string Field, int Index, int Start, int End, string Text);

/// <summary>One event, merged across the reports that tell it.</summary>
/// <param name="Id">Stable event id (<c>v-…</c>).</param>
/// <param name="Category">PLOVER category.</param>
/// <param name="Mode">PLOVER mode.</param>
/// <param name="Cameo">CAMEO code, if known.</param>
/// <param name="Actors">Entity ids of who acted.</param>
/// <param name="Targets">Entity ids of who was acted upon.</param>
/// <param name="Place">Entity id of where, or null.</param>
/// <param name="Date">ISO date, or null.</param>
/// <param name="Status"><c>happened</c>, <c>planned</c>, <c>expected</c> or <c>reported</c>.</param>
/// <param name="Story">Story id, or null.</param>
/// <param name="Evidence">The sentences that report it.</param>
public sealed record CorpusEvent(
    string Id, string Category, string Mode, string? Cameo,
    ImmutableArray<string> Actors, ImmutableArray<string> Targets, string? Place,
    string? Date, string Status, string? Story, ImmutableArray<Evidence> Evidence)
{
    /// <summary>The trigger words of each mention merged into this event (article and span), in merge order; lets an
    /// evaluation tell which of two events told in one sentence a mention went to.</summary>
    public ImmutableArray<Evidence> Triggers { get; init; } = [];
}

/// <summary>A quotation with its speaker resolved to an entity.</summary>
public sealed record CorpusQuote(string Id, string? Speaker, string SpeakerText, string Text, bool Direct, ArticleId Article, int Start, int End);

/// <summary>A stance one party states on an issue.</summary>
public sealed record Position(string Holder, string Stance, ImmutableArray<Evidence> Evidence);

/// <summary>An issue at stake in one or more stories, with each side's stated position.</summary>
public sealed record IssueRecord(string Id, string Name, ImmutableArray<string> Stories, ImmutableArray<Position> Positions)
{
    /// <summary>Sentences of the stories' reports that show the issue is at stake.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];
}

/// <summary>Two reports that state the same fact differently (or that agree in different words).</summary>
public sealed record Contradiction(string Claim, ImmutableArray<Evidence> Evidence, string Against, ImmutableArray<Evidence> AgainstEvidence, string Note)
{
    /// <summary>What is compared: <c>date</c>, <c>status</c>, <c>count</c>, <c>title</c>, <c>quote</c> or <c>duration</c> (empty when unknown).</summary>
    public string Kind { get; init; } = "";

    /// <summary>True when the two statements agree though worded differently; false when they cannot both be right.</summary>
    public bool Agrees { get; init; }
}
