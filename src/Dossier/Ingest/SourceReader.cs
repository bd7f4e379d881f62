using System.IO.Compression;
using Dossier.Diagnostics;

namespace Dossier.Ingest;

/// <summary>Reads one file into raw articles: checks size, decompresses <c>.gz</c>, rejects binary data, decodes, splits feeds.</summary>
/// <remarks>Never throws for bad input: every problem comes back as an <see cref="IngestProblem"/> naming the file.</remarks>
public sealed class SourceReader(IngestOptions options)
{
    /// <summary>The articles in <paramref name="file"/> and the problems met reading it.</summary>
    public SourceReadResult Read(SourceFile file)
    {
        byte[] bytes;
        var name = Path.GetFileName(file.FullPath);
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > options.MaxBytes)
                return SourceReadResult.Failed(IngestProblem.Create(file.Source, DiagnosticCatalog.TooLarge, length, options.MaxBytes));
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SourceReadResult.Failed(IngestProblem.Create(file.Source, DiagnosticCatalog.Unreadable, exception.Message));
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            var inflated = Gunzip(bytes, file.Source, out var problem);
            if (inflated is null)
                return SourceReadResult.Failed(problem!);
            bytes = inflated;
        }
        return ReadBytes(file.Source, name, bytes);
    }

    /// <summary>The articles in <paramref name="bytes"/>, read as a file called <paramref name="name"/>.</summary>
    public SourceReadResult ReadBytes(string source, string name, byte[] bytes)
    {
        if (IsBlank(bytes))
            return SourceReadResult.Failed(IngestProblem.Create(source, DiagnosticCatalog.EmptyFile));
        var binary = DescribeBinary(bytes);
        if (binary is not null)
            return SourceReadResult.Failed(IngestProblem.Create(source, DiagnosticCatalog.BinaryFile, binary));

        var decoded = TextDecoder.Decode(bytes);
        var problems = new List<IngestProblem>();
        if (decoded.UnknownDeclaredCharset is not null)
            problems.Add(IngestProblem.Create(source, DiagnosticCatalog.UnknownCharset, decoded.UnknownDeclaredCharset, decoded.Encoding));
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return SourceReadResult.Failed(IngestProblem.Create(source, DiagnosticCatalog.EmptyFile));

        var kind = Sniff(name, decoded.Text);
        if (kind == SniffedKind.Feed)
        {
            var feed = FeedParser.Parse(source, decoded.Text, decoded.Encoding, options.MaxFeedItems);
            return new SourceReadResult(feed.Articles, [.. problems, .. feed.Problems]);
        }
        var hash = Documents.ArticleId.Hash(bytes);
        var raw = new RawArticle(source, "", kind == SniffedKind.Html ? SourceKind.Html : SourceKind.Text, decoded.Text, hash, decoded.Encoding);
        return new SourceReadResult([raw], [.. problems]);
    }

    private byte[]? Gunzip(byte[] bytes, string source, out IngestProblem? problem)
    {
        problem = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > options.MaxBytes)
                {
                    problem = IngestProblem.Create(source, DiagnosticCatalog.TooLarge, output.Length, options.MaxBytes);
                    return null;
                }
            }
            // GZipStream stops quietly at the end of a truncated member; the trailer's size field catches that.
            if (!TrailerMatches(bytes, output.Length))
            {
                problem = IngestProblem.Create(source, DiagnosticCatalog.CorruptGzip, "data ends before the gzip trailer");
                return null;
            }
            return output.ToArray();
        }
        catch (InvalidDataException exception)
        {
            problem = IngestProblem.Create(source, DiagnosticCatalog.CorruptGzip, exception.Message);
            return null;
        }
    }

    // ISIZE, the last four bytes of a gzip member, is the inflated length modulo 2^32.
    private static bool TrailerMatches(byte[] bytes, long inflatedLength) =>
        bytes.Length >= 18 && BitConverter.ToUInt32(bytes, bytes.Length - 4) == (uint)(inflatedLength & 0xFFFFFFFF);

    private static bool IsBlank(byte[] bytes) => bytes.AsSpan().IndexOfAnyExcept(BlankBytes) < 0;

    private static readonly System.Buffers.SearchValues<byte> BlankBytes = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static string? DescribeBinary(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        // UTF-16 text carries NULs; only a BOM tells it apart from binary.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return null;
        if (head.StartsWith("%PDF"u8))
            return "PDF";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
            return "gzip data in a file not named .gz";
        if (head.StartsWith("PK\u0003\u0004"u8))
            return "ZIP archive";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
            return "image";
        if (head.Contains((byte)0))
            return "NUL bytes";
        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
                control++;
        }
        return control * 20 > head.Length ? "control characters" : null;
    }

    private enum SniffedKind { Text, Html, Feed }

    private static SniffedKind Sniff(string name, string text)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        var looksLikeFeed = head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase);
        if (looksLikeFeed && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)))
            return SniffedKind.Feed;
        if (extension is ".rss" or ".atom")
            return SniffedKind.Feed;
        if (extension is ".html" or ".htm" or ".xhtml")
            return SniffedKind.Html;
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return SniffedKind.Html;
        if (extension == ".xml" && looksLikeFeed)
            return SniffedKind.Feed;
        return SniffedKind.Text;
    }
}
