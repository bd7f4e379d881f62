using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Ingest;

namespace Dossier.Cleaning.Evaluation;

/// <summary>One page of an extraction gold set.</summary>
/// <param name="Set">The gold set's folder name.</param>
/// <param name="Name">The page's file name in the set.</param>
/// <param name="HtmlPath">Where the page's HTML is (<c>.html</c> or <c>.html.gz</c>).</param>
/// <param name="GoldText">Full gold text (shingle-scored sets), or null.</param>
/// <param name="With">Snippets that must appear in the output (snippet-scored sets).</param>
/// <param name="Without">Snippets that must not appear in the output.</param>
/// <param name="Utf8">Whether the page must be decoded as UTF-8 whatever its markup declares.</param>
public sealed record GoldPage(string Set, string Name, string HtmlPath, string? GoldText, ImmutableArray<string> With, ImmutableArray<string> Without, bool Utf8)
{
    /// <summary>The page's HTML, decoded.</summary>
    public string ReadHtml()
    {
        var bytes = File.ReadAllBytes(HtmlPath);
        if (HtmlPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            bytes = output.ToArray();
        }
        return Utf8 ? new UTF8Encoding(false, false).GetString(bytes) : TextDecoder.Decode(bytes).Text;
    }

    /// <summary>Which half of a set the page belongs to: "tune" or "test", from a stable hash of its name.</summary>
    public string Split => (Hash(Name) & 1) == 0 ? "tune" : "test";

    private static uint Hash(string text)
    {
        // FNV-1a: stable across runs and platforms (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}

/// <summary>Loads the extraction gold sets: full-text gold (<c>gold.json</c>: name → {"text": ...}, pages in <c>html/</c>)
/// and snippet gold (<c>gold-extraction.json</c>: name → {"with": [...], "without": [...]}, pages in <c>html/</c>).</summary>
public static class ExtractionGold
{
    /// <summary>The gold sets found in <paramref name="directory"/> (the directory itself or its sub-folders), by folder name.</summary>
    public static ImmutableArray<(string Set, ImmutableArray<GoldPage> Pages)> Load(string directory)
    {
        var sets = ImmutableArray.CreateBuilder<(string, ImmutableArray<GoldPage>)>();
        var folders = new[] { directory }.Concat(Directory.Exists(directory) ? Directory.GetDirectories(directory).Order(StringComparer.Ordinal) : []);
        foreach (var folder in folders)
        {
            var pages = LoadFolder(folder);
            if (!pages.IsEmpty)
                sets.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), pages));
        }
        return sets.ToImmutable();
    }

    private static ImmutableArray<GoldPage> LoadFolder(string folder)
    {
        var set = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var pages = ImmutableArray.CreateBuilder<GoldPage>();
        var full = Path.Combine(folder, "gold.json");
        var snippets = Path.Combine(folder, "gold-extraction.json");
        if (File.Exists(full))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(full));
            // The L3S conversion re-encoded every page to UTF-8 (its SOURCE.md); other full-text sets decode normally.
            var utf8 = set.Contains("l3s", StringComparison.OrdinalIgnoreCase);
            foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (!page.Value.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                    continue;
                var path = Html(folder, page.Name);
                if (path is not null)
                    pages.Add(new GoldPage(set, page.Name, path, text.GetString(), [], [], utf8));
            }
        }
        else if (File.Exists(snippets))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(snippets));
            foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var path = Html(folder, page.Name);
                if (path is null)
                    continue;
                pages.Add(new GoldPage(set, page.Name, path, null, Strings(page.Value, "with"), Strings(page.Value, "without"), false));
            }
        }
        return pages.ToImmutable();
    }

    private static ImmutableArray<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static string? Html(string folder, string name)
    {
        foreach (var candidate in new[] { Path.Combine(folder, "html", name + ".gz"), Path.Combine(folder, "html", name), Path.Combine(folder, name) })
        {
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
