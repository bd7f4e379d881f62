using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Db => _directory.File("store.db");

    private static int ArticleCount(string exportJson)
    {
        using var document = JsonDocument.Parse(exportJson);
        return document.RootElement.GetProperty("articles").GetArrayLength();
    }

    [Fact]
    public void IngestingTheSeedsTwiceStoresFiveArticlesOnce()
    {
        var first = CliRunner.Run("ingest", RepoPaths.Seeds, "--db", Db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 new", first.Output);

        var second = CliRunner.Run("ingest", RepoPaths.Seeds, "--db", Db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new, 5 unchanged", second.Output);

        var articles = CliRunner.Run("articles", "--db", Db);
        Assert.Equal(0, articles.ExitCode);
        Assert.Contains("5 article(s).", articles.Output);
    }

    [Fact]
    public void BadFilesAreReportedOneLineEachAndTheRestIsIngested()
    {
        var input = Path.Combine(_directory.Path, "input");
        _directory.Write("input/good-one.txt", "A perfectly ordinary headline for a story\n\nSome body text about talks in Beijing.");
        _directory.Write("input/good-two.html", "<html><head><title>Page title here</title></head><body><p>Paragraph text.</p></body></html>");
        _directory.Write("input/empty.txt", "");
        _directory.Write("input/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00]);
        var gzip = Compress("A story that will be cut short in transit. " + new string('x', 5000));
        _directory.Write("input/cut.txt.gz", gzip[..(gzip.Length / 2)]);
        using (var huge = File.Create(_directory.File("input/huge.txt")))
            huge.SetLength(200L * 1024 * 1024); // sparse: costs no disk, and the size check refuses it before reading

        var result = CliRunner.Run("ingest", input, Path.Combine(input, "missing.txt"), "--db", Db);

        Assert.Equal(1, result.ExitCode);
        var errorLines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:")).ToList();
        Assert.Equal(5, errorLines.Count);
        foreach (var (file, code) in new[] { ("empty.txt", "DSR1002"), ("binary.txt", "DSR1001"), ("cut.txt.gz", "DSR1003"), ("huge.txt", "DSR1005"), ("missing.txt", "DSR1007") })
            Assert.Single(errorLines, line => line.Contains(file + ":") && line.EndsWith($"[{code}]"));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Contains("2 new", result.Output);
        Assert.Equal(2, ArticleCount(CliRunner.Run("export", "--format", "json", "--db", Db).Output));
    }

    [Fact]
    public void AChangedFileReplacesItsArticleAsANewVersion()
    {
        var path = _directory.Write("story.txt", "A headline that will be corrected later\n\nFirst version of the body.");
        CliRunner.Run("ingest", path, "--db", Db);
        File.WriteAllText(path, "A headline that will be corrected later\n\nSecond version of the body.");
        var result = CliRunner.Run("ingest", path, "--db", Db);
        Assert.Contains("1 new version(s)", result.Output);
        var export = CliRunner.Run("export", "--format", "json", "--db", Db).Output;
        Assert.Equal(1, ArticleCount(export));
        Assert.Contains("Second version", export);
        Assert.DoesNotContain("First version", export);
    }

    [Fact]
    public void KillingIngestLosesNothingCommittedAndASecondRunCompletesTheRest()
    {
        const int files = 1500;
        var input = Path.Combine(_directory.Path, "many");
        for (var i = 0; i < files; i++)
            _directory.Write($"many/{i:D4}.txt", $"Headline number {i} for a generated story\n\nParagraph {i} says officials met in city {i % 17} on day {i % 28}.");

        using (var process = Process.Start(new ProcessStartInfo("dotnet", [CliRunner.CliAssembly(), "ingest", input, "--db", Db])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!)
        {
            // Wait until a few batches are committed, then kill it mid-run.
            string? line;
            var progressLines = 0;
            while ((line = process.StandardError.ReadLine()) is not null && ++progressLines < 300)
            {
            }
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var partial = ArticleCount(CliRunner.Run("export", "--format", "json", "--db", Db).Output);
        Assert.InRange(partial, 1, files - 1);

        var rerun = CliRunner.Run("ingest", input, "--db", Db);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{files - partial} new, {partial} unchanged", rerun.Output);
        Assert.Equal(files, ArticleCount(CliRunner.Run("export", "--format", "json", "--db", Db).Output));
    }

    [Fact]
    public void AnUndatedReportIsStoredWithTheDatesOtherReportsGiveItAndASecondRunChangesNothing()
    {
        // Invented reports: the dated one places "her previous visit in June" in 2023; the undated one names
        // "June 18-19" without a year.
        _directory.Write("dated/a-dated.txt", "Lopez ends Hanoi trip with pledge of further talks\n\nBy Mara Quist\n\nMarch 12, 2024\n\n"
            + "Foreign Minister Ana Lopez met Prime Minister Li Wei in Hanoi on Monday to discuss river shipping.\n"
            + "Lopez had met Li Wei in Hanoi during her previous visit in June.");
        _directory.Write("undated/b-undated.txt", "Lopez heads to Hanoi for talks on shipping\n\n"
            + "Foreign Minister Ana Lopez will meet Prime Minister Li Wei in Hanoi on June 18-19, officials said.");
        var export = _directory.File("export.json");

        // The undated report first, alone: nothing dates it yet. Then the dated one arrives and dates it.
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(_directory.Path, "undated"), "--db", Db).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(_directory.Path, "dated"), "--db", Db).ExitCode);
        Assert.Equal(0, CliRunner.Run("export", "--format", "json", "--out", export, "--db", Db).ExitCode);
        var first = File.ReadAllText(export);
        using (var document = JsonDocument.Parse(first))
        {
            var dates = document.RootElement.GetProperty("dates").EnumerateArray()
                .ToDictionary(d => d.GetProperty("text").GetString()!, d => d.GetProperty("value").GetString());
            Assert.Equal("2023-06-18/2023-06-19", dates["June 18-19"]);
            var undated = Assert.Single(document.RootElement.GetProperty("articles").EnumerateArray(),
                a => a.GetProperty("file_name").GetString() == "b-undated.txt");
            Assert.Equal(JsonValueKind.Null, undated.GetProperty("published").ValueKind);
            Assert.Contains(undated.GetProperty("flags").EnumerateArray(), f => f.GetProperty("code").GetString() == "date-inferred");
        }

        var again = CliRunner.Run("ingest", Path.Combine(_directory.Path, "undated"), Path.Combine(_directory.Path, "dated"), "--db", Db);
        Assert.Contains("0 new, 2 unchanged", again.Output);
        Assert.Equal(0, CliRunner.Run("export", "--format", "json", "--out", export, "--db", Db).ExitCode);
        Assert.Equal(first, File.ReadAllText(export));
    }

    private static byte[] Compress(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }
}
