using Dossier.Cleaning.Evaluation;

namespace Dossier.Tests.Cleaning.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Identical_texts_score_one_and_match_exactly_whatever_their_punctuation_and_case()
    {
        var score = ShingleScorer.Score("The mayor said: “Baths close in June.”", "the MAYOR said baths close in june");

        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.True(score.Exact);
    }

    [Fact]
    public void Extra_output_costs_precision_and_missing_text_costs_recall()
    {
        const string gold = "one two three four five six seven eight";

        var longer = ShingleScorer.Score(gold + " nine ten eleven twelve", gold);
        var shorter = ShingleScorer.Score("one two three four five six", gold);

        Assert.Equal(1, longer.Recall);
        Assert.Equal(5.0 / 9, longer.Precision, 6);
        Assert.Equal(1, shorter.Precision);
        Assert.Equal(3.0 / 5, shorter.Recall, 6);
        Assert.False(shorter.Exact);
    }

    [Fact]
    public void Empty_output_scores_zero()
    {
        var score = ShingleScorer.Score("", "one two three four five");

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        var score = ShingleScorer.Score("a b c d a b c d", "a b c d");

        Assert.Equal(1, score.Recall);
        Assert.Equal(1.0 / 5, score.Precision, 6);
    }
}
