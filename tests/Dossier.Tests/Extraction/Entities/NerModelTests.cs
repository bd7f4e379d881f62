using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class NerModelTests
{
    // Each case: a tokenised sentence of our own, then the shipped model's entities as "words/Kind" joined by " | ".
    public static TheoryData<string, string, string> NewsCases => new()
    {
        { "an all-capitals headline", "OFFICIALS IN NAIROBI SAY KENYA WILL HOST THE TALKS", "NAIROBI/Gpe | KENYA/Gpe" },
        { "nationality words are not places", "Mexicans and Pakistani traders met in Lagos .", "Mexicans/Other | Pakistani/Other | Lagos/Gpe" },
        { "a capitalised preposition after an opening quote is not part of the name", "\" In Argentina , beef is revered .", "Argentina/Gpe" },
        { "a dateline place alone", "NAIROBI 2024-05-03", "NAIROBI/Gpe" },
        { "titles and initials", "Secretary of State Antony J. Blinken met Foreign Minister Wang Yi in Beijing on Friday .", "Antony J. Blinken/Person | Wang Yi/Person | Beijing/Gpe" },
    };

    [Theory]
    [MemberData(nameof(NewsCases))]
    public void TagsNewsSentences(string because, string sentence, string expected)
    {
        var words = sentence.Split(' ');
        var actual = string.Join(" | ", NerModel.Default.Tag(words).Select(s => string.Join(' ', words[s.Start..s.End]) + "/" + s.Kind));
        Assert.True(expected == actual, $"{because}:\n expected: {expected}\n actual:   {actual}");
    }

    [Fact]
    public void TaggingADocumentKeepsASurnameWithItsPerson()
    {
        string[][] document = [["Minister", "Adaeze", "Okonkwo", "arrived", "in", "Accra", "."], ["Okonkwo", "said", "talks", "would", "resume", "."]];
        var tagged = NerModel.Default.TagDocument(document);
        Assert.Contains((1, 3, global::Dossier.Documents.EntityKind.Person), tagged[0]);
        Assert.Contains((0, 1, global::Dossier.Documents.EntityKind.Person), tagged[1]);
    }
}
