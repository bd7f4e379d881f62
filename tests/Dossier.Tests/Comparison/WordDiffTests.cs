using Dossier.Comparison;

namespace Dossier.Tests.Comparison;

public sealed class WordDiffTests
{
    public static TheoryData<string, string, string> Changes => new()
    {
        { "The two countries should be partners", "The two nations ought to be partners", "countries should → nations ought to" },
        { "We will act now", "We will act", "− now" },
        { "We will act", "We will indeed act", "+ indeed" },
        { "Same words here", "same words, here", "" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void TheChangedWordsAreListedInReadingOrder(string a, string b, string expected)
    {
        Assert.Equal(expected, WordDiff.Describe(WordDiff.Changes(WordDiff.Words(a), WordDiff.Words(b))));
    }
}
