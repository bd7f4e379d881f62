using Dossier.Evaluation;

namespace Dossier.Tests.Evaluation;

public sealed class FactEvaluatorTests
{
    private const string Gold = """
        { "cases": [
          { "id": "toll",
            "articles": [
              { "date": "May 10, 2024", "text": "A landslide in the hill town of Kesra killed 12 people on Monday, the regional governor said." },
              { "date": "May 10, 2024", "text": "A landslide in the hill town of Kesra killed 15 people on Monday, according to the regional governor." } ],
            "expected": [ { "kind": "count", "agrees": false, "a": "12", "b": "15" } ] },
          { "id": "nothing",
            "articles": [
              { "date": "May 10, 2024", "text": "Engineers in Kesra inspected 3 bridges on Tuesday." },
              { "date": "May 10, 2024", "text": "Teachers in Varno reopened 5 schools on Thursday." } ],
            "expected": [] } ] }
        """;

    [Fact]
    public void AFindingWithTheExpectedKindVerdictAndWordsIsATruePositive()
    {
        var evaluation = FactEvaluator.Evaluate(FactEvaluator.Parse(Gold));

        Assert.Equal(new PrfScore(1, 0, 0), evaluation.All);
        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void AnExpectedVerdictTheStageDoesNotGiveIsAMissAndItsFindingAnError()
    {
        var flipped = FactEvaluator.Parse(Gold.Replace("\"agrees\": false", "\"agrees\": true", StringComparison.Ordinal));

        var evaluation = FactEvaluator.Evaluate(flipped);

        Assert.Equal(new PrfScore(0, 1, 1), evaluation.All);
        Assert.Equal(2, evaluation.Errors.Length);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"cases\": [ { \"id\": \"x\" } ] }")]
    [InlineData("not json")]
    public void AFileThatIsNotFactGoldIsAFormatError(string json)
    {
        Assert.Throws<FormatException>(() => FactEvaluator.Parse(json));
    }
}
