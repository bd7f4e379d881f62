using Dossier.Evaluation;
using Dossier.Testing;

namespace Dossier.Tests.Evaluation;

public sealed class StoryGoldSetTests
{
    [Fact]
    public void AnExtractionGoldIsReadAsPagesThatAreEachTheirOwnStory()
    {
        using var folder = new TempDirectory();
        folder.Write("gold.json", """
            { "b.html": { "headline": "Bridge reopens in Kesra", "text": "The old bridge in Kesra reopened on Monday." },
              "a.html": { "headline": "", "text": "Schools in Varno stayed shut." },
              "empty.html": { "headline": "Nothing", "text": "" } }
            """);

        var set = StoryGoldSet.Load(folder.Path);

        Assert.Equal("pages", set.Format);
        Assert.Equal(["a.html", "b.html"], set.Articles.Select(a => a.Key));
        Assert.Equal(["a.html", "b.html"], set.Articles.Select(a => a.Story));
        Assert.Equal("Bridge reopens in Kesra\n\nThe old bridge in Kesra reopened on Monday.", set.Articles[1].Raw.Content);
        Assert.Null(set.Articles[0].Headline);
    }
}
