using System.Text.Json;
using Dossier.Testing;
using NJsonSchema;

namespace Dossier.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Docs, "export.schema.json")).GetAwaiter().GetResult();

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Db => _directory.File("store.db");

    private static void AssertValid(string json)
    {
        var errors = Schema.Validate(json);
        Assert.True(errors.Count == 0, "Schema errors: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void TheSeedsExportAsFiveArticlesWithFileNamesValidAgainstTheSchema()
    {
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--db", Db).ExitCode);
        var outFile = _directory.File("x.json");
        var export = CliRunner.Run("export", "--format", "json", "--out", outFile, "--db", Db);
        Assert.Equal(0, export.ExitCode);

        var json = File.ReadAllText(outFile);
        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var expectedNames = Directory.GetFiles(RepoPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expectedNames, articles.Select(a => a.GetProperty("file_name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("body").GetString())));
    }

    [Fact]
    public void ReIngestingChangesNoExportByte()
    {
        CliRunner.Run("ingest", RepoPaths.Seeds, RepoPaths.Samples, "--db", Db);
        var first = _directory.File("first.json");
        var second = _directory.File("second.json");
        CliRunner.Run("export", "--format", "json", "--out", first, "--db", Db);
        CliRunner.Run("ingest", RepoPaths.Seeds, RepoPaths.Samples, "--db", Db);
        CliRunner.Run("export", "--format", "json", "--out", second, "--db", Db);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void TheSamplesExportEveryFileAndFeedItemValidAgainstTheSchema()
    {
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Samples, "--db", Db).ExitCode);
        var json = CliRunner.Run("export", "--format", "json", "--db", Db).Output;
        AssertValid(json);

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "gold.json")));
        var goldFiles = gold.RootElement.GetProperty("files").EnumerateObject()
            .Where(p => !p.Value.TryGetProperty("kind", out var kind) || kind.GetString() != "feed")
            .Select(p => p.Name).ToList();
        var goldItems = gold.RootElement.GetProperty("feed_items").EnumerateObject().Count();
        using var document = JsonDocument.Parse(json);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(goldFiles.Count + goldItems, articles.Count);
        Assert.Equal(goldItems, articles.Count(a => a.GetProperty("file_name").GetString() == "feed.xml"));
        foreach (var file in goldFiles)
            Assert.Single(articles, a => a.GetProperty("file_name").GetString() == file);
    }

    [Fact]
    public void AnEmptyStoreExportsEmptyListsNotInventedValues()
    {
        CliRunner.Run("ingest", _directory.Write("one.txt", "A headline that stands alone here\n\nBody."), "--db", Db);
        var json = CliRunner.Run("export", "--format", "json", "--db", Db).Output;
        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var article = document.RootElement.GetProperty("articles")[0];
        Assert.Equal(JsonValueKind.Null, article.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("wire").ValueKind);
    }

    [Fact]
    public void OnlyJsonIsAcceptedAsAFormat()
    {
        var result = CliRunner.Run("export", "--format", "xml", "--db", Db);
        Assert.Equal(2, result.ExitCode);
    }
}
