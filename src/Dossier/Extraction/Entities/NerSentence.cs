using System.Collections.Immutable;

namespace Dossier.Extraction.Entities;

/// <summary>A span of tokens <c>[Start, End)</c> in a sentence that names an entity of <paramref name="Kind"/>.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Kind">The entity type in Dossier's scheme.</param>
/// <param name="Label">The label as the source corpus wrote it (PER, politician, place, ...).</param>
public sealed record EntitySpan(int Start, int End, Documents.EntityKind Kind, string Label);

/// <summary>One tokenised sentence with its annotated (gold) entities, as read from a training or test corpus.</summary>
/// <param name="Tokens">The words.</param>
/// <param name="Entities">The named entities, in order, not overlapping.</param>
/// <param name="Source">Which corpus file (and document) it came from.</param>
public sealed record NerSentence(ImmutableArray<string> Tokens, ImmutableArray<EntitySpan> Entities, string Source)
{
    /// <summary>The document the sentence belongs to when the corpus marks documents (<c>-DOCSTART-</c>, <c># newdoc id</c>),
    /// else empty: sentences of one document are tagged together, so a name is tagged alike throughout.</summary>
    public string Document { get; init; } = "";
}
