using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string[]> UsageErrors => new()
    {
        { "unknown command", ["frobnicate"] },
        { "unknown option", ["articles", "--colour"] },
        { "missing argument", ["ingest"] },
        { "missing show id", ["show"] },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void AWrongCommandLineExitsWithTwo(string because, string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 2, $"{because}: exit {result.ExitCode}");
        Assert.StartsWith("error:", result.Error);
    }

    [Fact]
    public void AStoreCommandOnAMissingStoreExitsWithThreeNamingTheFile()
    {
        var db = _directory.File("absent.db");
        var result = CliRunner.Run("articles", "--db", db);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(db, result.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void AStoreInAMissingDirectoryExitsWithThree()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Samples, "--db", _directory.File("no/such/dir/store.db"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("[DSR5001]", result.Error);
    }

    [Fact]
    public void AFileThatIsNotAStoreExitsWithThree()
    {
        var db = _directory.Write("text.db", "plain text pretending to be a database file, long enough to have a header");
        var result = CliRunner.Run("articles", "--db", db);
        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void HelpWorksEverywhereAndShowsExamples()
    {
        foreach (var command in new[] { "ingest", "articles", "show", "stories", "search", "export", "extract", "pipeline" })
        {
            var result = CliRunner.Run(command, "--help");
            Assert.True(result.ExitCode == 0, command);
            Assert.Contains("dossier " + command, result.Output);
            Assert.Contains("--db", result.Output);
        }
    }

    [Fact]
    public void DbComesFromTheEnvironmentWhenNotGiven()
    {
        var db = _directory.File("env.db");
        Environment.SetEnvironmentVariable("DOSSIER_DB", db);
        try
        {
            Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "a1-wire-original.txt")).ExitCode);
            Assert.True(File.Exists(db));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOSSIER_DB", null);
        }
    }
}
