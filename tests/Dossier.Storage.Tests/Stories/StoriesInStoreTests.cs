using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Storage.Sqlite;
using Dossier.Testing;

namespace Dossier.Storage.Tests.Stories;

public sealed class StoriesInStoreTests
{
    [Fact]
    public void IngestingTheSamplesStoresThreeStoriesAndTheCopiesOfTheWireOriginal()
    {
        using var directory = new TempDirectory();
        using var store = SqliteDossierStore.Open(directory.File("samples.db"));

        new CorpusIngestor(DossierPipeline.CreateDefault(), store).Ingest([RepoPaths.Samples]);
        var corpus = store.LoadCorpus();

        Assert.Equal(3, corpus.Stories.Length);
        Assert.Equal([3, 4, 6], corpus.Stories.Select(s => s.Articles.Length).Order());
        Assert.Equal(3, corpus.Copies.Length);
        Assert.Single(corpus.Copies.Select(c => c.Of).Distinct());
        Assert.All(corpus.Stories, s => Assert.Equal(s.Articles.Length, s.Explanation.Length));
        Assert.All(corpus.Stories, s => Assert.NotEmpty(s.SummaryEvidence));
    }

    [Fact]
    public void ASecondIngestAddsToTheStoredStoriesWithoutRenamingThem()
    {
        using var directory = new TempDirectory();
        var early = Path.Combine(directory.Path, "in");
        Directory.CreateDirectory(early);
        var late = new[] { "a4-ai-summary.txt", "b2-courier-beijing.txt", "c2-afp-beijing.txt" };
        foreach (var file in Directory.GetFiles(RepoPaths.Samples).Where(f => !late.Contains(Path.GetFileName(f)) && !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(early, Path.GetFileName(file)));
        using var store = SqliteDossierStore.Open(directory.File("grow.db"));
        var ingestor = new CorpusIngestor(DossierPipeline.CreateDefault(), store);

        ingestor.Ingest([early]);
        var before = store.LoadCorpus().Stories;
        ingestor.Ingest(late.Select(f => Path.Combine(RepoPaths.Samples, f)));
        var after = store.LoadCorpus().Stories;

        Assert.Equal(3, before.Length);
        Assert.Equal(before.Select(s => s.Id).Order(), after.Select(s => s.Id).Order());
        Assert.Equal(13, after.Sum(s => s.Articles.Length));
        foreach (var story in before)
            Assert.Superset(story.Articles.ToHashSet(), after.Single(s => s.Id == story.Id).Articles.ToHashSet());
    }
}
