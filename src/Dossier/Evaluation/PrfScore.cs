using System.Globalization;

namespace Dossier.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, with precision, recall and F1.</summary>
/// <remarks>Precision with nothing predicted, and recall with nothing expected, are 1 by convention (nothing was wrong).</remarks>
public readonly record struct PrfScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of predictions that are right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of expected items found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public static PrfScore operator +(PrfScore a, PrfScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
