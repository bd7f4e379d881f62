using System.Collections.Immutable;

namespace Dossier.Documents;

/// <summary>A warning about an article's reliability, such as conflicting dates or signs of machine translation.</summary>
/// <param name="Code">Stable code: <c>date-conflict</c>, <c>machine-translation</c>, <c>implausible-byline</c>, <c>ai-summary</c>, <c>republished</c>.</param>
/// <param name="Detail">A sentence a reader understands.</param>
/// <param name="Evidence">The words that raised the flag.</param>
public sealed record QualityFlag(string Code, string Detail, ImmutableArray<Evidence> Evidence);
