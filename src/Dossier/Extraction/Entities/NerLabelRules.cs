using System.Collections.Frozen;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>How each corpus's entity labels map onto Dossier's <see cref="EntityKind"/> (documented in docs/entities.md).</summary>
internal static class NerLabelRules
{
    // Labels that name no proper-noun entity in the news sense (CrossNER tags "physics", "jazz", "protein" ...):
    // they are read as O so the model does not learn to tag common nouns.
    private static readonly FrozenSet<string> NotNamed = FrozenSet.ToFrozenSet(
    [
        "discipline", "field", "task", "metrics", "musicgenre", "literarygenre", "enzyme", "protein", "chemicalelement",
        "chemicalcompound", "theory", "algorithm", "musicalinstrument",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, EntityKind?> Fixed = new Dictionary<string, EntityKind?>(StringComparer.OrdinalIgnoreCase)
    {
        // CoNLL / WikiANN / UNER / Wikigold
        ["PER"] = EntityKind.Person, ["PERSON"] = EntityKind.Person, ["ORG"] = EntityKind.Org, ["MISC"] = EntityKind.Other, ["OTH"] = EntityKind.Other,
        ["GPE"] = EntityKind.Gpe, ["FAC"] = EntityKind.Facility, ["FACILITY"] = EntityKind.Facility, ["EVENT"] = EntityKind.Event, ["OTHER"] = EntityKind.Other,
        // CrossNER
        ["politician"] = EntityKind.Person, ["scientist"] = EntityKind.Person, ["writer"] = EntityKind.Person, ["researcher"] = EntityKind.Person,
        ["musicalartist"] = EntityKind.Person,
        ["organisation"] = EntityKind.Org, ["politicalparty"] = EntityKind.Org, ["university"] = EntityKind.Org, ["band"] = EntityKind.Org,
        ["magazine"] = EntityKind.Org, ["academicjournal"] = EntityKind.Org,
        ["country"] = EntityKind.Gpe,
        ["election"] = EntityKind.Event, ["conference"] = EntityKind.Event,
        ["misc"] = EntityKind.Other, ["award"] = EntityKind.Other, ["book"] = EntityKind.Other, ["poem"] = EntityKind.Other, ["song"] = EntityKind.Other,
        ["album"] = EntityKind.Other, ["product"] = EntityKind.Other, ["programlang"] = EntityKind.Other, ["astronomicalobject"] = EntityKind.Other,
        // GUM
        ["organization"] = EntityKind.Org,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceLabels = FrozenSet.ToFrozenSet(["LOC", "location", "place"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind for a corpus <paramref name="label"/> on the words <paramref name="words"/>, or null when it is not a named entity.</summary>
    public static EntityKind? Map(string label, ReadOnlySpan<string> words)
    {
        if (NotNamed.Contains(label))
            return null;
        if (PlaceLabels.Contains(label))
            return PlaceKindRules.Classify(words);
        if (label.Equals("person", StringComparison.OrdinalIgnoreCase))
            return EntityKind.Person;
        return Fixed.TryGetValue(label, out var kind) ? kind : null;
    }
}
