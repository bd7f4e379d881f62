using Dossier.Tests.Briefing;

namespace Dossier.Tests.Documents;

public sealed class DocTests
{
    [Theory]
    [InlineData("The foreign minister", "The foreign minister of Freedonia")]
    [InlineData("reopen the border", "\"We agreed to reopen the border crossings,\" Kovac said after the talks.")]
    [InlineData("fishing rights", "Lenz will visit Freedonia next month, officials said, and the two sides will hold talks on fishing rights.")]
    public void SentenceAtFindsTheSentenceHoldingAPosition(string words, string sentenceStart)
    {
        var doc = BriefFixture.Doc(BriefFixture.WireText, "wire.txt", "Wire", "2024-03-04");
        var sentence = doc.SentenceAt(doc.Text.IndexOf(words, StringComparison.Ordinal));
        Assert.NotNull(sentence);
        Assert.StartsWith(sentenceStart, doc[sentence.Value]);
    }

    [Fact]
    public void SentenceAtIsNullBetweenSentencesAndWithoutTheLayer()
    {
        var doc = BriefFixture.Doc(BriefFixture.WireText, "wire.txt", "Wire", "2024-03-04");
        var gap = doc.Text.IndexOf("\n\n", StringComparison.Ordinal);
        Assert.Null(doc.SentenceAt(gap));
        Assert.Null((doc with { Sentences = [] }).SentenceAt(0));
    }
}
