using Dossier.Extraction.Sentences;

namespace Dossier.Tests.Extraction.Sentences;

public sealed class SentenceSplitterTests
{
    // Each case: the text, then its sentences joined by " | ".
    public static TheoryData<string, string, string> Cases => new()
    {
        { "two plain sentences", "The envoy arrived on Monday. Talks began at once.", "The envoy arrived on Monday. | Talks began at once." },
        { "U.S. inside a sentence", "The U.S. envoy met Chinese officials. They talked.", "The U.S. envoy met Chinese officials. | They talked." },
        { "U.S. ending a sentence", "The firm moved to the U.S. The move was costly.", "The firm moved to the U.S. | The move was costly." },
        { "U.S. before a name is not an end", "Talks with the U.S. President Maria Lopez went well.", "Talks with the U.S. President Maria Lopez went well." },
        { "titles keep their dot", "Mr. Tanaka and Gen. Ruiz met Dr. Okafor on Jan. 5 in Lagos.", "Mr. Tanaka and Gen. Ruiz met Dr. Okafor on Jan. 5 in Lagos." },
        { "initials", "Secretary Paul R. Hendricks spoke. J. K. Osei listened.", "Secretary Paul R. Hendricks spoke. | J. K. Osei listened." },
        { "a quote ending a sentence", "“We will talk,” she said. “Nothing is settled.” The meeting ended.", "“We will talk,” she said. | “Nothing is settled.” | The meeting ended." },
        { "a question inside a quote continues", "“Why now?” he asked. Nobody knew.", "“Why now?” he asked. | Nobody knew." },
        { "straight quotes", "He said: \"It is over.\" Then he left.", "He said: \"It is over.\" | Then he left." },
        { "a state abbreviation inside a sentence", "A doctor in Amherst, Mass., was hurt. Police came.", "A doctor in Amherst, Mass., was hurt. | Police came." },
        { "a state abbreviation ending a sentence", "She lives in Tampa, Fla. The trial opens today.", "She lives in Tampa, Fla. | The trial opens today." },
        { "a colon dateline", "NAIROBI: The ministers met on Friday.", "NAIROBI: | The ministers met on Friday." },
        { "an agency dateline", "LIMA, May 3 (Reuters) - Peru's cabinet resigned.", "LIMA, May 3 (Reuters) - | Peru's cabinet resigned." },
        { "a short capitalised start is not a dateline", "US officials said - privately - that talks stalled.", "US officials said - privately - that talks stalled." },
        { "a headline line without a stop", "Ministers meet in Oslo\n\nThe talks lasted two days.", "Ministers meet in Oslo | The talks lasted two days." },
        { "paragraph breaks always end", "He said the talks were\n\nproductive and long.", "He said the talks were | productive and long." },
        { "a hard wrap inside a sentence", "The minister said the talks were\nproductive and long.", "The minister said the talks were\nproductive and long." },
        { "bullets", "Key points:\n• Tariffs stay\n• Visas eased", "Key points: | • Tariffs stay | • Visas eased" },
        { "numbered list", "1. Cut tariffs.\n2. Ease visas.", "1. Cut tariffs. | 2. Ease visas." },
        { "decimal numbers and ellipsis", "Growth was 5.2 percent... Then it fell.", "Growth was 5.2 percent... | Then it fell." },
        { "Inc. before a name-like word continues", "Acme Inc. Chairman Bo Li resigned.", "Acme Inc. Chairman Bo Li resigned." },
        { "exclamation", "It worked! The crowd cheered.", "It worked! | The crowd cheered." },
        { "U.S. closing a quote ends the sentence", "“He left for the U.S.” The trip was short.", "“He left for the U.S.” | The trip was short." },
        { "a question closing a quote before a capital", "“Why now?” The minister did not answer.", "“Why now?” | The minister did not answer." },
        { "a dash dateline", "WASHINGTON — The ministers met on Friday.", "WASHINGTON — | The ministers met on Friday." },
        { "a double-hyphen agency dateline", "SHANGHAI, April 26 (Xinhua) -- Talks opened on Friday.", "SHANGHAI, April 26 (Xinhua) -- | Talks opened on Friday." },
        { "an all-capitals headline line", "TRADE TALKS STALL AS TARIFFS BITE\nThe talks stalled on Friday.", "TRADE TALKS STALL AS TARIFFS BITE | The talks stalled on Friday." },
        { "No. before a number", "She met him at No. 10 on Monday. He was late.", "She met him at No. 10 on Monday. | He was late." },
        { "Sept. and a.m. inside sentences", "The vote is set for Sept. 12 at 9 a.m. Monday. It may slip.", "The vote is set for Sept. 12 at 9 a.m. Monday. | It may slip." },
        { "p.m. ending a sentence", "The talks ended at 5 p.m. The ministers left.", "The talks ended at 5 p.m. | The ministers left." },
        { "Corp. inside a sentence", "He works for Acme Corp. and lives in Lagos.", "He works for Acme Corp. and lives in Lagos." },
        { "titles and U.N. in a row", "Gov. Ruiz said the U.N. Security Council would meet. Sen. Okafor agreed.", "Gov. Ruiz said the U.N. Security Council would meet. | Sen. Okafor agreed." },
        { "dash and star bullets", "- Tariffs stay\n- Visas eased\n* Border reopened", "- Tariffs stay | - Visas eased | * Border reopened" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsNewsTextIntoSentences(string because, string text, string expected)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var actual = string.Join(" | ", sentences.Select(s => s.Span.Of(text)));
        Assert.True(expected == actual, $"{because}:\n expected: {expected}\n actual:   {actual}");
    }

    [Fact]
    public void SentencesCoverEveryTokenExactlyOnceAndInOrder()
    {
        const string text = "BEIJING: Talks began.\n\n“Fine,” he said. The U.S. team left.\n- one\n- two";
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var covered = tokens.Select(t => sentences.Count(s => s.Span.Contains(t.Span))).ToArray();
        Assert.All(covered, count => Assert.Equal(1, count));
        Assert.Equal(sentences.OrderBy(s => s.Span.Start), sentences);
    }
}
