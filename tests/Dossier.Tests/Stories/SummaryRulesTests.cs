using Dossier.Stories;

namespace Dossier.Tests.Stories;

public sealed class SummaryRulesTests
{
    [Theory]
    [InlineData("The ministry answered quickly Read the full statement This week, the minister said more.", true)]
    [InlineData("The minister said the talks would go on in May and that both sides wanted calm.", false)]
    [InlineData("The minister arrived on Friday and met the mayor of Kesra.", false)]
    [InlineData("Officials said I would be told later.", false)]
    [InlineData("He spoke with students at New York University's campus in the city.", false)]
    [InlineData("The ministry said The talks were over.", true)]
    public void TwoFragmentsRunTogetherAreNotASummarySentence(string sentence, bool spliced)
    {
        Assert.Equal(spliced, SummaryRules.LooksSpliced(sentence));
    }
}
