using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public void Json_output_carries_the_export_article_fields_with_cleaning_results()
    {
        var output = new StringWriter();
        var exit = DossierCli.Run(["extract", Path.Combine(RepoPaths.Samples, "a2-syndicated-copy.txt"), "--json"], output, new StringWriter());

        Assert.Equal(0, exit);
        var article = JsonDocument.Parse(output.ToString()).RootElement[0];
        Assert.Equal("The Harbour Ledger", article.GetProperty("outlet").GetString());
        Assert.Equal("AFP", article.GetProperty("wire").GetString());
        Assert.Equal("2024-04-26", article.GetProperty("published").GetString());
        Assert.Contains(article.GetProperty("removed").EnumerateArray(), r => r.GetString()!.StartsWith("Read also:", StringComparison.Ordinal));
        Assert.Contains(article.GetProperty("captions").EnumerateArray(), c => c.GetString()!.Contains("Photo:", StringComparison.Ordinal));
        Assert.Contains(article.GetProperty("flags").EnumerateArray(), f => f.GetProperty("code").GetString() == "republished");
        Assert.Contains(article.GetProperty("date_signals").EnumerateArray(), s => s.GetProperty("source").GetString() == "header");
    }

    [Fact]
    public void Text_output_lists_language_flags_and_captions()
    {
        var output = new StringWriter();
        var exit = DossierCli.Run(["extract", Path.Combine(RepoPaths.Samples, "a3-spun-rewrite.txt")], output, new StringWriter());

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("language:  en", text, StringComparison.Ordinal);
        Assert.Contains("flag:      machine-translation", text, StringComparison.Ordinal);
        Assert.Contains("flag:      implausible-byline", text, StringComparison.Ordinal);
    }
}
