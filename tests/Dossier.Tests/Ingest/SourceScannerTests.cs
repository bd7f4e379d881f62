using Dossier.Diagnostics;
using Dossier.Ingest;
using Dossier.Testing;

namespace Dossier.Tests.Ingest;

public sealed class SourceScannerTests
{
    [Fact]
    public void ADirectoryIsScannedRecursivelyForKnownEndingsInStableOrder()
    {
        using var directory = new TempDirectory();
        directory.Write("b.txt", "x");
        directory.Write("a.html", "x");
        directory.Write("sub/c.xml", "x");
        directory.Write("sub/d.txt.gz", "x");
        directory.Write("README.md", "x");
        directory.Write("gold.json", "x");
        directory.Write(".hidden.txt", "x");

        var problems = new List<IngestProblem>();
        var files = SourceScanner.Expand([directory.Path], new IngestOptions(), problems);

        Assert.Empty(problems);
        Assert.Equal(["a.html", "b.txt", "sub/c.xml", "sub/d.txt.gz"],
            files.Select(f => Path.GetRelativePath(directory.Path, f.FullPath).Replace('\\', '/')));
        Assert.All(files, f => Assert.StartsWith(directory.Path, f.Source));
    }

    [Fact]
    public void AMissingPathIsAProblemAndTheOthersAreStillListed()
    {
        using var directory = new TempDirectory();
        var present = directory.Write("here.txt", "x");
        var problems = new List<IngestProblem>();
        var files = SourceScanner.Expand([directory.File("nope.txt"), present], new IngestOptions(), problems);
        Assert.Single(files);
        Assert.Equal(DiagnosticCatalog.NotFound.Code, Assert.Single(problems).Code);
    }
}
