using Dossier.Evaluation;

namespace Dossier.Extraction.Entities;

/// <summary>Exact-span scores of a NER run, per CoNLL type (PER, ORG, LOC, MISC) and overall.</summary>
/// <param name="ByType">Scores per type present in the gold data.</param>
/// <param name="Overall">Micro-averaged over those types.</param>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="PersonPlaceOrg">Micro-averaged over PER, LOC and ORG only, gold and predicted MISC both left out: the
/// three types CoNLL-2003 news results are usually quoted on.</param>
public sealed record NerEvaluation(IReadOnlyDictionary<string, PrfScore> ByType, PrfScore Overall, int Sentences, int Tokens, PrfScore PersonPlaceOrg);
