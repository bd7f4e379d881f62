using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _db;

    public QueryCommandTests()
    {
        _db = _directory.File("store.db");
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Samples, "--db", _db).ExitCode);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void SearchFindsAPhraseWithAMarkedSnippet()
    {
        var result = CliRunner.Run("search", "Lloyd Austin", "--db", _db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[Austin]", result.Output);
        Assert.DoesNotContain("0 result(s).", result.Output);
    }

    [Fact]
    public void AMalformedSearchQueryIsAUsageError()
    {
        var result = CliRunner.Run("search", "Austin AND", "--db", _db);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: invalid search query", result.Error);
    }

    [Fact]
    public void ShowPrintsAnArticleByIdPrefixAndRejectsAnUnknownOne()
    {
        var articles = CliRunner.Run("articles", "--db", _db).Output;
        var id = articles.Split(' ', '\n').First(word => word.StartsWith("a-", StringComparison.Ordinal) && word.Length == 18);
        var shown = CliRunner.Run("show", id[..8], "--db", _db);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains($"id:        {id}", shown.Output);

        var missing = CliRunner.Run("show", "a-ffffffffffffffff", "--db", _db);
        Assert.Equal(1, missing.ExitCode);
    }

    [Fact]
    public void StoriesListsEveryArticle()
    {
        var result = CliRunner.Run("stories", "--db", _db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("article(s).", result.Output);
    }

    [Fact]
    public void PipelineExplainListsTheCleaningStageFirst()
    {
        var result = CliRunner.Run("pipeline", "--explain");
        Assert.Equal(0, result.ExitCode);
        var firstStageLine = result.Output.Split('\n').First(line => line.TrimStart().StartsWith("1 "));
        Assert.Contains("clean", firstStageLine);
    }

    [Fact]
    public void ExtractPrintsJsonArticlesWithoutAStore()
    {
        var result = CliRunner.Run("extract", Path.Combine(RepoPaths.Samples, "a5-page.html"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var article = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("a5-page.html", article.GetProperty("file_name").GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("headline").GetString()));
    }
}
