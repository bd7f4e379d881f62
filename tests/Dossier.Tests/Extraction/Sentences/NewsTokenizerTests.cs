using Dossier.Extraction.Sentences;

namespace Dossier.Tests.Extraction.Sentences;

public sealed class NewsTokenizerTests
{
    // Each case: the text, then its tokens joined by spaces.
    public static TheoryData<string, string, string> Cases => new()
    {
        { "abbreviations keep their dot", "Mr. Lee met U.S. Gen. Park.", "Mr. Lee met U.S. Gen. Park ." },
        { "initials", "Antony J. Blinken", "Antony J. Blinken" },
        { "clitics split as in treebanks", "China's envoy didn't come; they're late.", "China 's envoy did n't come ; they 're late ." },
        { "curly clitic", "Kenya’s leader", "Kenya ’s leader" },
        { "quotes and commas", "“Yes,” she said.", "“ Yes , ” she said ." },
        { "single quotes", "manage ‘responsibly’ now", "manage ‘ responsibly ’ now" },
        { "numbers keep inner marks", "It cost $1,250.50, or 3.5% more, on 11/25/2024.", "It cost $ 1,250.50 , or 3.5 % more , on 11/25/2024 ." },
        { "dashes and slashes", "Photo: Ann Cole/Pool/AFP—late", "Photo : Ann Cole / Pool / AFP — late" },
        { "hyphenated words stay whole", "people-to-people ties with Ban Ki-moon", "people-to-people ties with Ban Ki-moon" },
        { "urls stay whole", "See https://news.example/a?b=1.", "See https://news.example/a?b=1 ." },
        { "a list number at line start", "1. Cut tariffs", "1. Cut tariffs" },
        { "the number sign keeps its dot before a number only", "No. 10 said no. No.", "No. 10 said no . No ." },
        { "a number ending a sentence", "They met in 2024.", "They met in 2024 ." },
        { "ellipsis", "Wait... what", "Wait ... what" },
        { "brackets", "(Reuters) said", "( Reuters ) said" },
        { "treebank-style double quotes in newswire archives", "``It was Vega,'' he said of ``Ann''.", "`` It was Vega , '' he said of `` Ann '' ." },
        { "AP state abbreviations keep their dot", "in Columbia, Mo., and Tampa, Fla.", "in Columbia , Mo. , and Tampa , Fla." },
        { "a lower-case word is no state", "He fell ill. Then", "He fell ill . Then" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsWordsLikeATreebank(string because, string text, string expected)
    {
        var actual = string.Join(' ', NewsTokenizer.Tokenize(text).Select(t => t.Span.Of(text)));
        Assert.True(expected == actual, $"{because}:\n expected: {expected}\n actual:   {actual}");
    }

    [Fact]
    public void EmptyAndBlankTextHaveNoTokens()
    {
        Assert.Empty(NewsTokenizer.Tokenize(""));
        Assert.Empty(NewsTokenizer.Tokenize(" \n\n\t "));
    }
}
