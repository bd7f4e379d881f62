using System.Collections.Immutable;
using Dossier.Text;

namespace Dossier.Documents;

/// <summary>One sentence of the clean text.</summary>
public sealed record Sentence(TextSpan Span);

/// <summary>One token (word, number or punctuation mark) of the clean text.</summary>
public sealed record Token(TextSpan Span);

/// <summary>The kinds of named entity Dossier recognises.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: government body, company, party, agency.</summary>
    Org,
    /// <summary>A geo-political entity: country, city, state.</summary>
    Gpe,
    /// <summary>A place that is not a polity: region, river, sea.</summary>
    Loc,
    /// <summary>A building, airport, venue.</summary>
    Facility,
    /// <summary>A named event: a summit, a war.</summary>
    Event,
    /// <summary>Any other named thing.</summary>
    Other,
}

/// <summary>A span of text that names (or describes) an entity.</summary>
/// <param name="Span">The words.</param>
/// <param name="Kind">What sort of entity they name.</param>
/// <param name="EntityKey">The article-local entity the mention resolves to, once coreference has run.</param>
public sealed record Mention(TextSpan Span, EntityKind Kind, string? EntityKey = null);

/// <summary>The TIMEX3 types of time expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: <c>2024-04-26</c>, <c>2024-05</c>, <c>2024-W17</c>.</summary>
    Date,
    /// <summary>A time of day or a part of a day: <c>2024-04-24TEV</c>, <c>2024-04-24T19:30</c>.</summary>
    Time,
    /// <summary>A length of time: <c>P3Y</c>, <c>PT5H</c>.</summary>
    Duration,
    /// <summary>A recurrence: <c>P1W</c> for "weekly", <c>XXXX-WXX-4</c> for "every Thursday".</summary>
    Set,
}

/// <summary>A time expression and the calendar value it resolves to.</summary>
/// <param name="Span">The words of the expression as TimeML marks them ("Friday", "last week", "June 18-19").</param>
/// <param name="Value">TIMEX3/ISO value (<c>2024-04-26</c>, <c>2024-05</c>, <c>2024-04-24/2024-04-26</c>, <c>P3Y</c>), or null when the anchor is unknown.</param>
/// <param name="Type">Date, time, duration or set.</param>
/// <param name="Note">How the value was reached: the anchor used and the tense or context that chose the direction.</param>
public sealed record DateMention(TextSpan Span, string? Value, TimexType Type = TimexType.Date, string? Note = null)
{
    /// <summary>The word that introduces the expression ("on", "since", "in"), kept as evidence of how it was read.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The date a duration implies, e.g. <c>2010</c> for "the first in 14 years" written in 2024.</summary>
    public string? Implied { get; init; }

    /// <summary>The expression with its cue word ("on Friday"), or just the expression when it has none.</summary>
    public TextSpan Evidence => Cue is { } cue ? new TextSpan(Math.Min(cue.Start, Span.Start), Math.Max(cue.End, Span.End)) : Span;
}

/// <summary>Something said, and by whom.</summary>
/// <param name="Span">The whole quotation with its attribution.</param>
/// <param name="Content">The quoted (or reported) words.</param>
/// <param name="Speaker">The words naming the speaker, if found.</param>
/// <param name="Cue">The speech verb or cue ("said", "according to").</param>
/// <param name="Direct">True for words in quotation marks, false for reported speech.</param>
public sealed record Quote(TextSpan Span, TextSpan Content, TextSpan? Speaker, TextSpan? Cue, bool Direct)
{
    /// <summary>The words that name who <see cref="Speaker"/> refers to when it is a pronoun or a description
    /// ("he" → "Antony Blinken"), or <see cref="Speaker"/> itself when it already names someone; null when unresolved.</summary>
    public TextSpan? Antecedent { get; init; }

    /// <summary>True for a few quoted words inside the reporter's own sentence (partial quote), false otherwise.</summary>
    public bool Partial { get; init; }

    /// <summary>True for reported speech whose content is the object of a verb like "announced" or "claims" rather
    /// than a clause of what was said ("China claims the island as its own"): attribution annotation counts it, a
    /// record of who said what does not.</summary>
    public bool ObjectOnly { get; init; }
}

/// <summary>An event as one sentence reports it.</summary>
/// <param name="Trigger">The word(s) that signal the event ("met", "visit").</param>
/// <param name="Category">PLOVER category, e.g. <c>CONSULT</c>.</param>
/// <param name="Mode">PLOVER mode, e.g. <c>meet</c>.</param>
/// <param name="Cameo">CAMEO code alongside, if known.</param>
/// <param name="Actors">Spans naming who acts.</param>
/// <param name="Targets">Spans naming who is acted upon.</param>
/// <param name="Place">Span naming where, if stated.</param>
/// <param name="Date">Resolved date, if stated.</param>
/// <param name="Status"><c>happened</c>, <c>planned</c>, <c>expected</c> or <c>reported</c>.</param>
public sealed record EventMention(
    TextSpan Trigger,
    string Category,
    string Mode,
    string? Cameo,
    ImmutableArray<TextSpan> Actors,
    ImmutableArray<TextSpan> Targets,
    TextSpan? Place,
    string? Date,
    string Status)
{
    /// <summary>Who each actor is, in the order of <see cref="Actors"/>: the person a pronoun actor refers to ("He met
    /// …" → "Antony Blinken"), else the actor itself. Empty when no actor needed resolving.</summary>
    public ImmutableArray<TextSpan> ActorReferents { get; init; } = [];

    /// <summary>True when <see cref="Date"/> is not named in the event's own paragraph but carried on from the last
    /// day the report named before it ("She met bankers before flying home" after "on Thursday"): good for
    /// dating, too weak to keep two reports' mentions apart.</summary>
    public bool DateFromContext { get; init; }
}
