using System.Collections.Frozen;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Splits a corpus's single "place" label into GPE, LOC and FACILITY by the place's head word.</summary>
/// <remarks>CoNLL-style corpora have one LOC type; Dossier keeps polities (countries, cities) apart from natural places and
/// buildings, because roles and events hang on polities. The last word decides: "Yangtze River" is LOC, "Capital Airport" a
/// FACILITY, anything else a GPE.</remarks>
internal static class PlaceKindRules
{
    private static readonly FrozenSet<string> NaturalHeads = FrozenSet.ToFrozenSet(
    [
        "river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "mt.", "island", "islands", "valley", "peninsula", "gulf",
        "bay", "strait", "straits", "desert", "coast", "region", "plateau", "plain", "plains", "basin", "delta", "forest", "canal",
        "channel", "hills", "range", "glacier", "cape", "reef", "asia", "europe", "africa", "antarctica", "oceania",
        "pacific", "atlantic", "arctic", "mediterranean", "caribbean", "himalayas", "alps", "sahara", "balkans", "east",
        "west", "north", "south",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FacilityHeads = FrozenSet.ToFrozenSet(
    [
        "airport", "hall", "halls", "palace", "stadium", "arena", "bridge", "street", "st.", "avenue", "ave.", "road", "boulevard", "square",
        "guesthouse", "hotel", "building", "tower", "towers", "station", "port", "harbour", "harbor", "base", "temple", "church", "cathedral",
        "mosque", "park", "highway", "expressway", "dam", "prison", "castle", "centre", "center", "library", "museum", "bund",
        "promenade", "garden", "gardens", "terminal", "plaza", "monument", "memorial", "cemetery", "pier", "wall", "gate",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>GPE, LOC or FACILITY for a place named by <paramref name="words"/>.</summary>
    public static EntityKind Classify(ReadOnlySpan<string> words)
    {
        if (words.IsEmpty)
            return EntityKind.Gpe;
        var last = words[^1];
        if (FacilityHeads.Contains(last))
            return EntityKind.Facility;
        if (NaturalHeads.Contains(last) || (words.Length > 1 && NaturalHeads.Contains(words[0]) && words[0] is "Mount" or "Lake" or "Cape"))
            return EntityKind.Loc;
        return EntityKind.Gpe;
    }
}
