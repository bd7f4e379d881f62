using Dossier.Text;

// Not Dossier.Tests.Text: that namespace would hide Dossier.Text from every other test.
namespace Dossier.Tests;

public sealed class WordScannerTests
{
    public static TheoryData<string, string, int, string?> Occurrences => new()
    {
        { "Lopez met Li on Friday; on Friday night she left.", "on Friday", 1, "24-33" },
        { "Lopez met Li on Friday.", "on Friday", 1, null },
        // Inside a longer word is not an occurrence of the word.
        { "The meeting ended; the meet was short.", "meet", 0, "23-27" },
        { "Talks2 and talks, then talks.", "talks", 0, "11-16" },
    };

    [Theory]
    [MemberData(nameof(Occurrences))]
    public void OccurrenceFindsTheNthWholeWordPhrase(string text, string phrase, int index, string? expected)
    {
        var span = WordScanner.Occurrence(text, phrase, index);
        Assert.Equal(expected, span is { } s ? $"{s.Start}-{s.End}" : null);
    }
}
