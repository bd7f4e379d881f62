using System.IO.Compression;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Ingest;
using Dossier.Testing;

namespace Dossier.Tests.Ingest;

public sealed class SourceReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SourceReader _reader = new(new IngestOptions { MaxBytes = 1_000_000 });

    public void Dispose() => _directory.Dispose();

    private SourceReadResult Read(string path) => _reader.Read(new SourceFile(path, path));

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    [Fact]
    public void ATextFileIsOneArticleWithAnIdFromItsBytes()
    {
        var path = _directory.Write("story.txt", "Headline here for the test\n\nBody paragraph.");
        var article = Assert.Single(Read(path).Articles);
        Assert.Equal(SourceKind.Text, article.Kind);
        Assert.Equal("story.txt", article.FileName);
        Assert.Matches("^a-[0-9a-f]{16}$", article.Id.Value);
        var again = Assert.Single(Read(path).Articles);
        Assert.Equal(article.Id, again.Id);
    }

    [Fact]
    public void AGzippedPageIsReadAsHtml()
    {
        var path = _directory.Write("page.html.gz", Gzip("<html><body><p>Hello there, reader.</p></body></html>"));
        var article = Assert.Single(Read(path).Articles);
        Assert.Equal(SourceKind.Html, article.Kind);
        Assert.Equal("page.html.gz", article.FileName);
    }

    [Fact]
    public void ATruncatedGzipIsReportedNotThrown()
    {
        var whole = Gzip(string.Concat(Enumerable.Repeat("Some story text that compresses. ", 400)));
        var path = _directory.Write("cut.txt.gz", whole[..(whole.Length / 2)]);
        var result = Read(path);
        Assert.Empty(result.Articles);
        Assert.Equal(DiagnosticCatalog.CorruptGzip.Code, Assert.Single(result.Problems).Code);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], DiagnosticCatalog.EmptyFile.Code },
        { "blank.txt", "  \n\t\r\n"u8.ToArray(), DiagnosticCatalog.EmptyFile.Code },
        { "image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], DiagnosticCatalog.BinaryFile.Code },
        { "blob.html", [(byte)'<', (byte)'p', 0, 1, 2, 3, 0, 0, 5, 6], DiagnosticCatalog.BinaryFile.Code },
        { "report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), DiagnosticCatalog.BinaryFile.Code },
        { "broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title>"u8.ToArray(), DiagnosticCatalog.MalformedFeed.Code },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadInputGivesOneProblemWithItsCode(string name, byte[] bytes, string code)
    {
        var path = _directory.Write(name, bytes);
        var result = Read(path);
        Assert.Empty(result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.StartsWith(path + ": ", problem.ToString());
        Assert.DoesNotContain('\n', problem.ToString());
    }

    [Fact]
    public void AFileOverTheLimitIsSkippedWithoutReadingIt()
    {
        var path = _directory.Write("big.txt", new string('x', 2_000_000));
        var problem = Assert.Single(Read(path).Problems);
        Assert.Equal(DiagnosticCatalog.TooLarge.Code, problem.Code);
    }

    [Fact]
    public void AnRssFeedGivesOneArticlePerItemWithLinkAndDate()
    {
        var path = _directory.Write("feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Test Outlet</title><link>https://outlet.example/</link><description>d</description>
                <item><title>First item</title><link>https://outlet.example/1</link><guid>g-1</guid>
                  <pubDate>Fri, 26 Apr 2024 09:30:00 +0800</pubDate>
                  <content:encoded><![CDATA[<p>First paragraph.</p><p>Second paragraph.</p>]]></content:encoded></item>
                <item><title>Second item</title><link>https://outlet.example/2</link>
                  <pubDate>Tue, 16 Apr 2024 22:00:00 EDT</pubDate><description>Plain description text.</description></item>
              </channel>
            </rss>
            """);
        var result = Read(path);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.Length);
        var first = result.Articles[0];
        Assert.Equal(SourceKind.FeedItem, first.Kind);
        Assert.Equal("g-1", first.ItemKey);
        Assert.Equal("https://outlet.example/1", first.Feed!.Link);
        Assert.Equal(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromHours(8)), first.Feed.Published);
        Assert.Equal("Test Outlet", first.Feed.FeedTitle);
        Assert.Equal("https://outlet.example/2", result.Articles[1].ItemKey);
        Assert.Equal(new DateTime(2024, 4, 16), result.Articles[1].Feed!.Published!.Value.Date);
        Assert.NotEqual(first.Id, result.Articles[1].Id);
    }

    [Fact]
    public void AnAtomFeedIsRead()
    {
        var path = _directory.Write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title><id>urn:x</id><updated>2024-04-26T00:00:00Z</updated>
              <entry><title>Entry</title><id>urn:e1</id><updated>2024-04-25T10:00:00Z</updated>
                <link href="https://atom.example/e1"/><author><name>Ana Reporter</name></author>
                <content type="html">&lt;p&gt;Story text.&lt;/p&gt;</content></entry>
            </feed>
            """);
        var article = Assert.Single(Read(path).Articles);
        Assert.Equal("https://atom.example/e1", article.Feed!.Link);
        Assert.Equal(["Ana Reporter"], article.Feed.Authors.ToArray());
    }
}
