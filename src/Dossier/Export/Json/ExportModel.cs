using System.Collections.Immutable;

namespace Dossier.Export.Json;

// The shapes of the JSON export contract (docs/export.md). Property names are fixed by the contract: they are
// written in snake_case by JsonExporter's naming policy. Add fields freely; never rename or drop one.

internal sealed record ExportDocument(
    string Format,
    int Version,
    ImmutableArray<ExportArticle> Articles,
    ImmutableArray<ExportCopy> Copies,
    ImmutableArray<ExportStory> Stories,
    ImmutableArray<ExportEntity> Entities,
    ImmutableArray<ExportDate> Dates,
    ImmutableArray<ExportEvent> Events,
    ImmutableArray<ExportQuote> Quotes,
    ImmutableArray<ExportIssue> Issues,
    ImmutableArray<ExportContradiction> Contradictions);

internal sealed record ExportArticle(
    string Id,
    string Source,
    string FileName,
    string? Item,
    string Kind,
    string? Url,
    string? Outlet,
    string? Headline,
    ImmutableArray<string> Bylines,
    string? Wire,
    string? Published,
    ImmutableArray<ExportDateSignal> DateSignals,
    string? Language,
    string Body,
    ImmutableArray<string> Captions,
    ImmutableArray<string> Removed,
    ImmutableArray<ExportFlag> Flags,
    ImmutableArray<ExportDiagnostic> Diagnostics);

internal sealed record ExportDateSignal(string Value, string Source, string Text);

internal sealed record ExportFlag(string Code, string Detail, ImmutableArray<ExportEvidence> Evidence);

internal sealed record ExportEvidence(string Article, int Start, int End, string Text);

internal sealed record ExportDiagnostic(string Code, string Severity, string Stage, string Message, int? Start, int? End);

internal sealed record ExportCopy(string Article, string Of, string Kind, double Similarity, string? Wire);

internal sealed record ExportStory(string Id, string Title, ImmutableArray<string> Articles, string? Start, string? End, string Summary,
    ImmutableArray<ExportEvidence> SummaryEvidence, ImmutableArray<ExportAssignment> Explanation);

internal sealed record ExportAssignment(string Article, string? Via, double Score, ImmutableArray<string> Terms, ImmutableArray<string> Names, string? Date);

internal sealed record ExportEntity(string Id, string Name, string Type, ImmutableArray<string> Aliases, ImmutableArray<ExportRole> Roles, ImmutableArray<ExportMention> Mentions,
    ImmutableArray<ExportSideMention> SideMentions);

internal sealed record ExportSideMention(string Article, string Field, int Index, int Start, int End, string Text);

internal sealed record ExportRole(string Title, string? Of, string? AsOf, ImmutableArray<ExportEvidence> Evidence);

internal sealed record ExportMention(string Article, int Start, int End, string Text);

internal sealed record ExportDate(string Article, int Start, int End, string Text, string? Value);

internal sealed record ExportEvent(
    string Id, string Category, string Mode, string? Cameo,
    ImmutableArray<string> Actors, ImmutableArray<string> Targets, string? Place,
    string? Date, string Status, string? Story, ImmutableArray<ExportEvidence> Evidence);

internal sealed record ExportQuote(string Id, string? Speaker, string SpeakerText, string Text, bool Direct, string Article, int Start, int End);

internal sealed record ExportIssue(string Id, string Name, ImmutableArray<string> Stories, ImmutableArray<ExportPosition> Positions, ImmutableArray<ExportEvidence> Evidence);

internal sealed record ExportPosition(string Holder, string Stance, ImmutableArray<ExportEvidence> Evidence);

// kind and agrees are additions: the contract's five fields keep their names and meanings; an agreement (two
// wordings of one fact) rides in the same list with agrees = true, so a reader that ignores it sees nothing new broken.
internal sealed record ExportContradiction(string Claim, ImmutableArray<ExportEvidence> Evidence, string Against, ImmutableArray<ExportEvidence> AgainstEvidence, string Note, string Kind, bool Agrees);
