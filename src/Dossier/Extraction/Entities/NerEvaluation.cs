using Dossier.Evaluation;

namespace Dossier.Extraction.Entities;

/// <summary>Exact-span scores of a NER run, per CoNLL type (PER, ORG, LOC, MISC) and overall.</summary>
/// <param name="ByType">Scores per type present in the gold data.</param>
/// <param name="Overall">Micro-averaged over those types.</param>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Tokens scored.</param>
public sealed record NerEvaluation(IReadOnlyDictionary<string, PrfScore> ByType, PrfScore Overall, int Sentences, int Tokens);
