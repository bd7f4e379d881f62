using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ingest;

/// <summary>Turns the bytes of a text, HTML or feed file into a string, choosing the encoding from evidence.</summary>
/// <remarks>
/// Order of evidence: 1. a byte-order mark; 2. a declared charset (HTML meta or XML declaration), unless the bytes are
/// valid multi-byte UTF-8 and the declaration names a single-byte code page (a common mis-declaration);
/// 3. valid UTF-8; 4. Windows-1252, which maps every byte and is what mislabelled Western pages use.
/// </remarks>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        // 1. Byte-order marks are unambiguous.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), "utf-8", "bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16", "bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE", "bom");

        var isUtf8 = TryUtf8(bytes, out var utf8Text, out var hasMultiByte);

        // 2. A declared charset, read from the ASCII head of the file.
        var declared = FindDeclaredCharset(bytes[..Math.Min(bytes.Length, 4096)]);
        if (declared is not null)
        {
            var encoding = TryGetEncoding(declared);
            if (encoding is null)
            {
                return isUtf8
                    ? new DecodedText(utf8Text!, "utf-8", "utf-8-valid", declared)
                    : new DecodedText(Windows1252.GetString(bytes), "windows-1252", "fallback", declared);
            }
            var singleByte = encoding.IsSingleByte;
            if (!(singleByte && isUtf8 && hasMultiByte))
            {
                var name = encoding.WebName;
                return name == "utf-8" && !isUtf8
                    // Declared UTF-8 but the bytes are not: they are almost always Windows-1252.
                    ? new DecodedText(Windows1252.GetString(bytes), "windows-1252", "fallback")
                    : new DecodedText(encoding.GetString(bytes), name, "declared");
            }
        }

        // 3. Valid UTF-8 (pure ASCII included).
        if (isUtf8)
            return new DecodedText(utf8Text!, "utf-8", "utf-8-valid");

        // 4. Windows-1252 maps every byte.
        return new DecodedText(Windows1252.GetString(bytes), "windows-1252", "fallback");
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string? text, out bool hasMultiByte)
    {
        hasMultiByte = bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        var match = CharsetPattern().Match(ascii);
        return match.Success ? match.Groups["name"].Value : null;
    }

    // <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml ... encoding="x"?>
    [GeneratedRegex("""(?:<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["'])(?<name>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
