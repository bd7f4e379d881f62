using System.Text.Json;
using Dossier.Documents;
using Dossier.Testing;

namespace Dossier.Tests.Cleaning;

/// <summary>Headline, outlet, bylines, wire and date of every demo-corpus article against samples/gold.json.</summary>
public sealed class SampleGoldTests
{
    private static readonly Lazy<JsonElement> Gold = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json"))).RootElement);

    public static TheoryData<string> Files => new(
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json"))).RootElement.GetProperty("files")
            .EnumerateObject().Where(f => f.Value.TryGetProperty("headline", out _)).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_file_metadata_matches_the_gold(string file)
    {
        var gold = Gold.Value.GetProperty("files").GetProperty(file);
        var doc = Assert.Single(Cleaner.CleanFile(Path.Combine(RepoPaths.Samples, file)));

        AssertMatches(gold, doc);
        if (gold.TryGetProperty("canonical", out var canonical))
            Assert.Equal(canonical.GetString(), doc.Metadata.Url);
    }

    [Fact]
    public void Feed_items_match_the_gold()
    {
        var docs = Cleaner.CleanFile(Path.Combine(RepoPaths.Samples, "feed.xml"));
        var items = Gold.Value.GetProperty("feed_items");

        Assert.Equal(items.EnumerateObject().Count(), docs.Count);
        foreach (var item in items.EnumerateObject())
            AssertMatches(item.Value, docs.Single(d => d.Metadata.Url == item.Name));
    }

    [Fact]
    public void The_windows_1252_page_keeps_its_accents_and_its_subhead()
    {
        var doc = Assert.Single(Cleaner.CleanFile(Path.Combine(RepoPaths.Samples, "b3-page.html")));

        Assert.Contains("détente", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Additional reporting", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lakeside café", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_captions_and_page_chrome_are_kept_apart()
    {
        var doc = Assert.Single(Cleaner.CleanFile(Path.Combine(RepoPaths.Samples, "a5-page.html")));

        Assert.Equal(2, doc.Metadata.Captions.Count(c => c.Contains("Photo:", StringComparison.Ordinal)));
        foreach (var chrome in new[] { "cookies", "Most read", "Before you go", "Comments", "Share on" })
            Assert.DoesNotContain(chrome, doc.Text, StringComparison.Ordinal);
    }

    private static void AssertMatches(JsonElement gold, Doc doc)
    {
        Assert.Equal(gold.GetProperty("headline").GetString(), doc.Metadata.Headline);
        Assert.Equal(gold.GetProperty("outlet").GetString(), doc.Metadata.Outlet);
        Assert.Equal(gold.GetProperty("bylines").EnumerateArray().Select(b => b.GetString()), doc.Metadata.Bylines.ToArray());
        Assert.Equal(gold.GetProperty("wire_agency").GetString(), doc.Metadata.Wire);
        Assert.Equal(gold.GetProperty("date").GetString(), doc.Metadata.Published);
    }
}
