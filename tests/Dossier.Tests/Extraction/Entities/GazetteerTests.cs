using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Lists = new(
    [
        new("united states", GazetteerCategory.Country),
        new("us", GazetteerCategory.Country),
        new("united", GazetteerCategory.Org),
        new("secretary of state", GazetteerCategory.Title),
        new("chinese", GazetteerCategory.Demonym),
    ]);

    // Each case: tokens, then per token the codes of Country, Org, Demonym and Title (0 none, 1 begin, 2 inside, 3 last, 4 unit).
    public static TheoryData<string, string, string> Cases => new()
    {
        { "the longest match wins and shorter ones of other lists stay", "the United States", "0000 1400 3000" },
        { "a short name in capitals matches", "US talks", "4000 0000" },
        { "the lower-case pronoun is not the country", "told us", "0000 0000" },
        { "titles are common nouns and match in any case", "the secretary of state", "0000 0001 0002 0003" },
        { "a name list needs a capital", "chinese Chinese", "0000 0040" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MarksLongestMatchesPerList(string because, string tokens, string expected)
    {
        var words = tokens.Split(' ');
        var codes = new byte[words.Length * Gazetteer.CategoryCount];
        Lists.Match(words, codes);
        int[] shown = [0, 4, 2, 5]; // Country, Org, Demonym, Title
        var actual = string.Join(' ', Enumerable.Range(0, words.Length)
            .Select(i => string.Concat(shown.Select(c => codes[i * Gazetteer.CategoryCount + c]))));
        Assert.True(expected == actual, $"{because}: expected {expected}, got {actual}");
    }

    [Fact]
    public void TheFirstWordOfTwoListedPeopleIsAGivenNameUnlessItIsListedOtherwise()
    {
        using var lists = new Dossier.Testing.TempDirectory();
        File.WriteAllText(Path.Combine(lists.Path, "leaders.tsv"), "Ana Ruiz\tPeru\nAna Lopez\tChile\nBo Chen\tChina\nLima Okafor\tPeru\nLima Adeyemi\tPeru\n");
        File.WriteAllText(Path.Combine(lists.Path, "capitals.tsv"), "Lima\tPeru\n");
        var gazetteer = GazetteerBuilder.Build(phoenixDirectory: null, lists.Path);
        Assert.Equal(GazetteerCategory.FirstName, gazetteer.Lookup(["Ana"]));
        Assert.Equal(GazetteerCategory.None, gazetteer.Lookup(["Bo"]));
        Assert.Equal(GazetteerCategory.Place, gazetteer.Lookup(["Lima"]));
    }
}
