using Dossier.Comparison;
using Dossier.Text;

namespace Dossier.Tests.Comparison;

public sealed class CountReaderTests
{
    public static TheoryData<string, string, string, double, double, double> Counts => new()
    {
        // sentence, counted words, key, value, low, high
        { "Talks lasted more than five hours.", "more than five hours", "hour", 5, 5, double.PositiveInfinity },
        { "The fund holds $1 billion.", "$1 billion", "dollar", 1e9, 1e9, 1e9 },
        { "The fund holds 1bn dollars.", "1bn dollars", "dollar", 1e9, 1e9, 1e9 },
        { "The storm killed 12.", "killed 12", "by:kill", 12, 12, 12 },
        { "The death toll rose to 15, officials said.", "toll rose to 15", "by:kill", 15, 15, 15 },
        { "At least 12 dead were counted.", "At least 12 dead", "by:kill", 12, 12, double.PositiveInfinity },
        { "He ended a three-day visit.", "three-day", "day", 3, 3, 3 },
        { "Exports fell 5% last year.", "5%", "percent", 5, 5, 5 },
        { "Exports fell 5 per cent last year.", "5 per cent", "percent", 5, 5, 5 },
        { "Nearly 300 Chinese firms were listed.", "Nearly 300 Chinese firms", "firm", 300, 255, 300 },
        { "Some twenty-five boats sank.", "Some twenty-five boats", "boat", 25, 21.25, 28.75 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void ACountIsReadWithWhatItCountsAndItsBounds(string sentence, string words, string key, double value, double low, double high)
    {
        var count = Assert.Single(CountReader.Read(sentence, new TextSpan(0, sentence.Length), []));
        Assert.Equal(words, sentence[count.Span.Start..count.Span.End]);
        Assert.Equal(key, count.Key);
        Assert.Equal(value, count.Value, 6);
        Assert.Equal(low, count.Low, 6);
        Assert.Equal(high, count.High, 6);
    }

    [Theory]
    [InlineData("They met on April 26 in Beijing.")]
    [InlineData("The law was passed in 2024.")]
    [InlineData("He came 1st in the race.")]
    [InlineData("One of the ministers left.")]
    public void DatesYearsOrdinalsAndPronounsAreNotCounts(string sentence)
    {
        Assert.Empty(CountReader.Read(sentence, new TextSpan(0, sentence.Length), []));
    }
}
