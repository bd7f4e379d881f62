using Dossier.Cleaning.Html;
using Xunit.Abstractions;

namespace Dossier.Tests.Cleaning;

public sealed class DebugProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var path = Environment.GetEnvironmentVariable("PROBE");
        if (path is null)
            return;
        var html = File.ReadAllText(path);
        var extraction = HtmlArticleExtractor.Extract(html);
        foreach (var line in HtmlArticleExtractor.Debug)
            output.WriteLine(line);
        output.WriteLine("BODY: " + string.Join(" || ", extraction.Blocks.Take(5)));
    }
}
