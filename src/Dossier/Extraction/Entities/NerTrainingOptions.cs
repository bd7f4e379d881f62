namespace Dossier.Extraction.Entities;

/// <summary>How <see cref="NerTrainer"/> trains.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffling between passes: the same data and seed give a byte-identical model.</param>
/// <param name="MinFeatureCount">Features seen fewer times than this in the training data are not learnt.</param>
/// <param name="PruneBelow">Averaged weights smaller than this (absolute) are dropped from the shipped model.</param>
public sealed record NerTrainingOptions(int Epochs = 12, int Seed = 20240426, int MinFeatureCount = 2, float PruneBelow = 0.02f)
{
    /// <summary>One training sentence in this many is also learnt in capitals, as news headlines are written ("CHINA IN
    /// SURPRISE DEFEAT"); 0 turns the copies off.</summary>
    public int UpperCaseEvery { get; init; } = 10;

    /// <summary>One training sentence in this many that names a person, place or organisation lends that name to an extra
    /// one-line "sentence": a results-table row ("Germany 3 2 1 0 7", "4. Ann Lee 71.20") or, for a country or city, a
    /// dateline ("LONDON 1996-08-30"), since news tables and datelines write names with no words around them and none of
    /// the training corpora has such lines; 0 turns them off.</summary>
    public int TableRowEvery { get; init; } = 5;

    /// <summary>Training runs, each shuffling with its own seed (<see cref="Seed"/> + run); the shipped weights are their mean.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Every n-th training sentence is learnt without its gazetteer matches (0: none), so the tagger does not
    /// come to need a list entry for names the lists lack.</summary>
    public int GazetteerDropEvery { get; init; } = 2;
}
