using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>The brief on the samples' largest story, compared with a copy a person has read and approved.</summary>
/// <remarks>Re-blessing is deliberate: <c>DOSSIER_UPDATE_GOLDEN=1 dotnet test tests/Dossier.Cli.Tests --filter GoldenBrief</c>
/// rewrites <c>testdata/golden/</c>, and the reviewer reads the diff. CI never sets the variable.</remarks>
public sealed class GoldenBriefTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("md", "samples-brief.md")]
    [InlineData("html", "samples-brief.html")]
    public void TheSamplesBriefMatchesTheApprovedCopy(string format, string golden)
    {
        var db = _directory.File("store.db");
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Samples, "--db", db).ExitCode);
        var result = CliRunner.Run("brief", "--format", format, "--db", db);
        Assert.Equal(0, result.ExitCode);

        var path = Path.Combine(RepoPaths.TestData, "golden", golden);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, result.Output);
        }
        Assert.True(File.Exists(path), $"{path} is missing; run with DOSSIER_UPDATE_GOLDEN=1 once and review it.");
        Assert.Equal(File.ReadAllText(path), result.Output);
    }
}
