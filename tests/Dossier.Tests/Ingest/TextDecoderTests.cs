using System.Text;
using Dossier.Ingest;

namespace Dossier.Tests.Ingest;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[], string, string> Cases => new()
    {
        { "UTF-8 BOM wins", [0xEF, 0xBB, 0xBF, .. "caf\u00e9"u8.ToArray()], "utf-8", "café" },
        { "valid UTF-8 without declaration", "Zo\u00eb said \u201chi\u201d"u8.ToArray(), "utf-8", "Zoë said “hi”" },
        { "invalid UTF-8 falls back to Windows-1252", [(byte)'c', (byte)'a', (byte)'f', 0xE9, 0x20, 0x93, (byte)'x', 0x94], "windows-1252", "café “x”" },
        { "declared windows-1252 is honoured", [.. "<meta charset=\"windows-1252\"><p>"u8.ToArray(), 0x96, (byte)'!'], "windows-1252", "<meta charset=\"windows-1252\"><p>–!" },
        { "declared latin-1 over real multi-byte UTF-8 is a mis-declaration", [.. "<meta charset=\"iso-8859-1\">Beijing \u2014 talks"u8.ToArray()], "utf-8", "<meta charset=\"iso-8859-1\">Beijing — talks" },
        { "declared utf-8 over Windows-1252 bytes is a mis-declaration", [.. "<meta charset=utf-8>"u8.ToArray(), 0x93, (byte)'q', 0x94], "windows-1252", "<meta charset=utf-8>“q”" },
        { "UTF-16 LE BOM", [0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0], "utf-16", "hi" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecodesWithTheRightEncoding(string because, byte[] bytes, string encoding, string text)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.True(encoding == decoded.Encoding, $"{because}: expected {encoding}, got {decoded.Encoding}");
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void AnUnknownDeclaredCharsetIsReportedAndDetectionDecides()
    {
        var decoded = TextDecoder.Decode("<meta charset=\"x-klingon\"><p>plain</p>"u8);
        Assert.Equal("x-klingon", decoded.UnknownDeclaredCharset);
        Assert.Equal("utf-8", decoded.Encoding);
    }
}
