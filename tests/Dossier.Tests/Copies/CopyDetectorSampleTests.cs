using System.Text.Json;
using Dossier.Copies;
using Dossier.Testing;
using Dossier.Tests.Stories;

namespace Dossier.Tests.Copies;

public sealed class CopyDetectorSampleTests
{
    [Fact]
    public void TheSamplesCopiesAreFoundWithTheKindsGoldGives()
    {
        var (corpus, ids) = CorpusRun.Of(RepoPaths.Samples);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        var expected = new List<(string Copy, string Of, string Kind)>();
        foreach (var section in new[] { "files", "feed_items" })
        {
            foreach (var item in gold.RootElement.GetProperty(section).EnumerateObject())
            {
                if (item.Value.TryGetProperty("copy_of", out var copyOf) && copyOf.ValueKind == JsonValueKind.Object)
                {
                    var kind = copyOf.GetProperty("kind").GetString()!;
                    expected.Add((ids[item.Name].Value, ids[copyOf.GetProperty("file").GetString()!].Value, kind == "summary" ? CopyKinds.Rewrite : kind));
                }
            }
        }

        var found = corpus.Copies.Select(c => (c.Article.Value, c.Of.Value, c.Kind)).ToList();

        Assert.Equal(expected.Order(), found.Order());
        Assert.All(corpus.Copies, c => Assert.Equal("AFP", c.Wire));
    }
}
