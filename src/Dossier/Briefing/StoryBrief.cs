using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;

namespace Dossier.Briefing;

/// <summary>A source the brief cites: one sentence of one article.</summary>
/// <param name="Number">The <c>[n]</c> the brief prints.</param>
/// <param name="Evidence">The cited sentence (article, span, text).</param>
/// <param name="Outlet">The article's outlet (or its file name when the outlet is unknown).</param>
/// <param name="Headline">The article's headline, if known.</param>
/// <param name="Published">The article's date, if known.</param>
public sealed record BriefCitation(int Number, Evidence Evidence, string Outlet, string? Headline, string? Published);

/// <summary>One row of the sources table.</summary>
/// <param name="Article">The article.</param>
/// <param name="Outlet">Outlet, or file name when unknown.</param>
/// <param name="Wire">Wire agency the story comes from, if any.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Kind"><c>original</c>, <c>syndicated</c>, <c>rewrite</c>, <c>duplicate</c> or <c>summary</c>.</param>
/// <param name="CopyOf">The article it copies, for copies.</param>
/// <param name="Flags">Quality flag codes.</param>
/// <param name="Headline">Headline, if known.</param>
/// <param name="Citations">Citation numbers (the article's lead sentence).</param>
public sealed record BriefSource(ArticleId Article, string Outlet, string? Wire, string? Published, string Kind, ArticleId? CopyOf, ImmutableArray<string> Flags, string? Headline, ImmutableArray<int> Citations);

/// <summary>One timeline row: an event with who, what, where, when, its status and citations.</summary>
public sealed record BriefEvent(string Id, string? Date, string Category, string Mode, string? Cameo, ImmutableArray<string> Actors, ImmutableArray<string> Targets, string? Place, string Status, ImmutableArray<int> Citations)
{
    /// <summary>A readable line: "Blinken → Wang Yi: CONSULT (meet) in Beijing".</summary>
    public string What => $"{(Actors.IsEmpty ? "someone" : string.Join(", ", Actors))}{(Targets.IsEmpty ? "" : " → " + string.Join(", ", Targets))}: {Category}{(string.IsNullOrEmpty(Mode) ? "" : $" ({Mode})")}";
}

/// <summary>A person in the story with the roles the texts give them.</summary>
public sealed record BriefPerson(string EntityId, string Name, int Mentions, ImmutableArray<string> Roles, ImmutableArray<int> Citations);

/// <summary>What one speaker said in the story's reports.</summary>
public sealed record BriefQuoteGroup(string Speaker, ImmutableArray<BriefQuote> Quotes);

/// <summary>One quotation with its citation.</summary>
public sealed record BriefQuote(string Text, bool Direct, ImmutableArray<int> Citations);

/// <summary>An issue at stake and each side's stated position.</summary>
public sealed record BriefIssue(string Name, ImmutableArray<BriefPosition> Positions)
{
    /// <summary>Sentences of the story that raise the issue.</summary>
    public ImmutableArray<int> Citations { get; init; } = [];
}

/// <summary>One side's stated position on an issue.</summary>
public sealed record BriefPosition(string Holder, string Stance, ImmutableArray<int> Citations);

/// <summary>A fact stated differently by two reports (or agreeing in other words).</summary>
public sealed record BriefContradiction(string Claim, ImmutableArray<int> Citations, string Against, ImmutableArray<int> AgainstCitations, string Note)
{
    /// <summary>What is compared (<c>date</c>, <c>count</c>, <c>title</c>, <c>quote</c>, …), or empty.</summary>
    public string Kind { get; init; } = "";
}

/// <summary>A summary sentence of the story with where it was taken from.</summary>
public sealed record BriefSentence(string Text, ImmutableArray<int> Citations);

/// <summary>Everything a brief on one story says, every line with its citations.</summary>
/// <remarks><see cref="Contradictions"/> holds only disagreements; agreements are in <see cref="Agreements"/>.</remarks>
/// <remarks>Writers (<see cref="MarkdownBriefWriter"/>, <see cref="HtmlBriefWriter"/>) only lay this out; they add no facts.</remarks>
public sealed record StoryBrief(
    Story Story,
    ImmutableArray<BriefSentence> Summary,
    ImmutableArray<BriefSource> Sources,
    ImmutableArray<BriefEvent> Timeline,
    ImmutableArray<BriefPerson> People,
    ImmutableArray<BriefQuoteGroup> Quotes,
    ImmutableArray<BriefIssue> Issues,
    ImmutableArray<BriefContradiction> Contradictions,
    ActorNetwork Network,
    ImmutableArray<BriefCitation> Citations)
{
    /// <summary>Facts the reports state in different words but agree on ("five" and "5", "first in 14 years" and "since 2010").</summary>
    public ImmutableArray<BriefContradiction> Agreements { get; init; } = [];
}
