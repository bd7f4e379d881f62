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
        { "a weekday before a name is not part of it", "On Sunday Yellen met bankers in Lagos .", "Yellen/Person | Lagos/Gpe" },
        { "an abbreviated title opens a person, not an organisation", "In March , Gen. JD Ross , chairman of the Joint Chiefs of Staff , spoke .", "JD Ross/Person | Joint Chiefs of Staff/Org" },
        { "\"on\" joins the words of an organisation's name", "He is a member of the Council on Foreign Relations .", "Council on Foreign Relations/Org" },
        { "an Arabic article joined by a hyphen is part of the name", "Activist Eman al-Nafjan was released in Riyadh .", "Eman al-Nafjan/Person | Riyadh/Gpe" },
        { "a name after \"the\" that is the whole phrase is a team or body, before a noun a modifier", "Fans watched the Lagos Lions play the Accra Hearts .", "Lagos Lions/Org | Accra Hearts/Org" },
        { "a person's name that modifies a noun stays a person", "The Obama administration said the Clinton campaign had ended .", "Obama/Person | Clinton/Person" },
        { "a company form makes the name a company", "Shares of Harlan Voss Corp. rose .", "Harlan Voss Corp./Org" },
        { "a body's head word makes the name an organisation", "The Brenner Valley Commission said no .", "Brenner Valley Commission/Org" },
        { "a town and its AP-style state after a comma", "A doctor in Quillport , N.Y. , was hurt and a nurse in Dunmore , Mo. , too .", "Quillport/Gpe | N.Y./Gpe | Dunmore/Gpe | Mo./Gpe" },
        { "nationality and religion words alone are CoNLL's MISC", "Kenyan police and Catholic priests met Cubans .", "Kenyan/Other | Catholic/Other | Cubans/Other" },
        { "a weekday after a name is when, not part of it", "She spoke at the Rose Garden Wednesday .", "Rose Garden/Facility" },
        { "a title-case headline is read with its common words lowered", "Minister Ruiz Says Kenyan Help Came Too Late", "Ruiz/Person | Kenyan/Other" },
        { "a short line of capitalised words is a name, not a headline", "Human Rights Watch 3 5", "Human Rights Watch/Org" },
        { "a body the tagger left out, with joining words", "He wrote to the Securities and Exchange Commission and the Justice Department .", "Securities and Exchange Commission/Org | Justice Department/Org" },
        { "a person-like name ending in a library is a place", "Visitors toured Edwin Harlow Library .", "Edwin Harlow Library/Facility" },
        { "a country after the \"to\" of a title is no part of the name after it", "US Ambassador to Japan Okafor and Ann Lee walked in Osaka .", "US/Gpe | Japan/Gpe | Okafor/Person | Ann Lee/Person | Osaka/Gpe" },
        { "a country's abbreviation before one of its bodies is a name of its own", "The U.S. Immigration and Naturalization Service and the U.S. Congress met .", "U.S./Gpe | Immigration and Naturalization Service/Org | U.S./Gpe | Congress/Org" },
        { "a party is one name with its country", "He left the UK Independence Party .", "UK Independence Party/Org" },
        { "peoples' adjectives are MISC like nationalities", "African and Kurdish leaders met .", "African/Other | Kurdish/Other" },
        { "a lower-case particle the model does not know as a word stays inside a person's name", "President Daniel arap Moi spoke in Nakuru .", "Daniel arap Moi/Person | Nakuru/Gpe" },
        { "a country whose name ends like a plural is not a nationality", "Troops left the Philippines .", "Philippines/Gpe" },
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

    [Fact]
    public void AnArticlesTitleCaseHeadlineLowersTheWordsTheArticleNeverCapitalises()
    {
        string[][] document =
        [
            ["Rifle", "Foe", "Charged", "in", "Slaying", "of", "Okonkwo"],
            ["Police", "in", "Tamale", "said", "a", "rifle", "foe", "was", "charged", "with", "the", "slaying", "of", "Ama", "Okonkwo", "."],
        ];
        var headline = NerModel.Default.TagDocument(document)[0];
        Assert.Equal([(6, 7, global::Dossier.Documents.EntityKind.Person)], headline);
    }

    [Fact]
    public void AHeadlineInCapitalsIsReadAsTheArticleWritesItsWords()
    {
        string[][] document =
        [
            ["OKONKWO", "PRAISES", "GHANAIAN", "HELP", "IN", "FLOOD", "RELIEF"],
            ["Finance", "Minister", "Adaeze", "Okonkwo", "praised", "the", "help", "Ghana", "gave", "after", "the", "flood", "."],
        ];
        var headline = NerModel.Default.TagDocument(document)[0];
        Assert.Contains((0, 1, global::Dossier.Documents.EntityKind.Person), headline);
        Assert.DoesNotContain(headline, s => s.Start <= 1 && s.End > 1); // "PRAISES" is no part of a name
    }
}
