using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class BriefCommandTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempDirectory _directory = new();
    private readonly string _db;

    public BriefCommandTests()
    {
        _db = _directory.File("store.db");
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Samples, "--db", _db).ExitCode);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheDefaultBriefIsOnTheLargestStoryAndEveryCitationIsListed()
    {
        var result = CliRunner.Run("brief", "--db", _db);
        Assert.Equal(0, result.ExitCode);
        var markdown = result.Output;
        Assert.Contains("## Sources", markdown);
        Assert.Contains("## Timeline", markdown);
        var stories = CliRunner.Run("stories", "--db", _db).Output;
        var largest = stories.Split('\n')[0].Split("  ")[0];
        Assert.Contains($"Story `{largest}`", markdown);
        var cited = Regex.Matches(markdown[..markdown.IndexOf("## Citations", StringComparison.Ordinal)], @"\[(\d+)\]").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(cited);
        Assert.All(cited, n => Assert.Matches($@"(?m)^- \[{n}\] ", markdown));
    }

    [Fact]
    public void AnUnknownStoryIsAnInputError()
    {
        Assert.Equal(1, CliRunner.Run("brief", "s-doesnotexist", "--db", _db).ExitCode);
    }

    [SkippableFact]
    public void TheHtmlBriefRendersInHeadlessChromiumWithItsSectionsAndSvg()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian's chromium is not installed here (.ci/run installs it).");
        var page = _directory.File("brief.html");
        Assert.Equal(0, CliRunner.Run("brief", "--format", "html", "--out", page, "--db", _db).ExitCode);

        var dom = RunChromium("--dump-dom", new Uri(page).AbsoluteUri);
        foreach (var section in new[] { "sources", "timeline", "network", "people", "quotes", "citations" })
            Assert.Contains($"<section id=\"{section}\">", dom);
        Assert.Matches("<svg class=\"timeline\"[^>]*>.*<line", dom);

        var screenshot = _directory.File("brief.png");
        RunChromium($"--screenshot={screenshot}", "--window-size=1280,1600", new Uri(page).AbsoluteUri);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is (nearly) blank");
    }

    [Fact]
    public void CsvExportReadsBackWithTheEventColumns()
    {
        var file = _directory.File("events.csv");
        Assert.Equal(0, CliRunner.Run("export", "--format", "csv", "--out", file, "--db", _db).ExitCode);
        var rows = Csv.Read(File.ReadAllText(file));
        Assert.Equal("date", rows[0][0]);
        Assert.Contains("plover_category", rows[0]);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
    }

    [Fact]
    public void GraphMlExportIsWellFormed()
    {
        var result = CliRunner.Run("export", "--format", "graphml", "--db", _db);
        Assert.Equal(0, result.ExitCode);
        var document = XDocument.Parse(result.Output);
        Assert.Equal("graphml", document.Root!.Name.LocalName);
    }

    [Fact]
    public void SearchFiltersByDateAndStory()
    {
        static List<string> Ids(string output) =>
            [.. output.Split('\n').Where(line => line.StartsWith("a-", StringComparison.Ordinal)).Select(line => line.Split(' ')[0])];

        var all = Ids(CliRunner.Run("search", "Yellen", "--db", _db).Output);
        var april8 = CliRunner.Run("search", "Yellen", "--from", "2024-04-08", "--to", "2024-04-08", "--db", _db);
        Assert.Equal(0, april8.ExitCode);
        var filtered = Ids(april8.Output);
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count);
        foreach (var id in filtered)
        {
            using var article = System.Text.Json.JsonDocument.Parse(CliRunner.Run("show", id, "--json", "--db", _db).Output);
            Assert.Equal("2024-04-08", article.RootElement.GetProperty("published").GetString());
        }

        var storyId = CliRunner.Run("stories", "--db", _db).Output.Split('\n')[0].Split("  ")[0];
        var inStory = Ids(CliRunner.Run("search", "Blinken OR Yellen", "--story", storyId, "--db", _db).Output);
        var stories = CliRunner.Run("stories", "--db", _db).Output;
        var storyBlock = stories[..stories.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.NotEmpty(inStory);
        Assert.All(inStory, id => Assert.Contains(id, storyBlock));

        Assert.Equal(2, CliRunner.Run("search", "Yellen", "--from", "April", "--db", _db).ExitCode);
    }

    private static string RunChromium(params string[] args)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "dossier-chromium-" + Guid.NewGuid().ToString("N")) })
            start.ArgumentList.Add(flag);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 60 s");
        }
        return output.Result;
    }
}
