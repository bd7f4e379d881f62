using Dossier.Text;

namespace Dossier.Comparison;

/// <summary>A count one sentence states: "more than five hours", "$1 billion", "killed 12".</summary>
/// <param name="Span">The words of the count, qualifier and unit included.</param>
/// <param name="Sentence">The sentence that states it.</param>
/// <param name="Key">What is counted: the noun after the number ("hour"), the unit ("dollar"), or the verb before it ("by:killed").</param>
/// <param name="Value">The number as written, scaled ("1bn" is 1e9).</param>
/// <param name="Low">Smallest value the words allow ("more than five": 5).</param>
/// <param name="High">Largest value the words allow ("more than five": infinity).</param>
internal sealed record StatedCount(TextSpan Span, TextSpan Sentence, string Key, double Value, double Low, double High)
{
    /// <summary>True when both counts can be right at once.</summary>
    public bool Fits(StatedCount other) => Low <= other.High * (1 + 1e-9) && other.Low <= High * (1 + 1e-9);
}
