using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Testing;

namespace Dossier.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void EveryCodeIsUniqueAndWellFormed()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^DSR[1-9][0-9]{3}$", code));
    }

    [Fact]
    public void DocsListEveryCodeWithItsSeverity()
    {
        var table = File.ReadAllText(Path.Combine(RepoPaths.Docs, "diagnostics.md"));
        var documented = Regex.Matches(table, @"^\| (DSR\d{4}) \| (\w+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var catalogued = DiagnosticCatalog.All.ToDictionary(d => d.Code, d => d.Severity.ToString());
        Assert.Equal(catalogued.OrderBy(p => p.Key), documented.OrderBy(p => p.Key));
    }
}
