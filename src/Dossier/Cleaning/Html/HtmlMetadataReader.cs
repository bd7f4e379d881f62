using System.Text.Json;
using AngleSharp.Dom;
using Dossier.Cleaning.Metadata;
using Dossier.Documents;

namespace Dossier.Cleaning.Html;

/// <summary>Reads <see cref="PageMetadata"/> from a parsed page: Open Graph and article meta tags, JSON-LD, canonical link, title.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
        "originalpublicationdate", "article.published", "published-date", "citation_publication_date", "dc.date.created",
    ];

    public static PageMetadata Read(IDocument document)
    {
        var signals = new List<DateSignal>();
        var authors = new List<string>();
        string? ldHeadline = null, ldPublisher = null, ldUrl = null;

        // One walk over the page collects every element the reader needs (each selector query would walk it again).
        var scripts = new List<IElement>();
        var times = new List<IElement>();
        var authorElements = new List<IElement>();
        IElement? h1 = null, titleElement = null, canonical = null;
        foreach (var element in document.All)
        {
            switch (element.LocalName)
            {
                case "script" when scripts.Count < 20 && string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    scripts.Add(element);
                    break;
                case "time" when times.Count < 3 && element.HasAttribute("datetime"):
                    times.Add(element);
                    break;
                case "h1":
                    h1 ??= element;
                    break;
                case "title":
                    titleElement ??= element;
                    break;
                case "link" when canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                    canonical = element;
                    break;
            }
            if (authorElements.Count < 6 && (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) || string.Equals(element.GetAttribute("itemprop"), "author", StringComparison.OrdinalIgnoreCase)))
                authorElements.Add(element);
        }

        foreach (var script in scripts)
            ReadJsonLd(script.TextContent, signals, authors, ref ldHeadline, ref ldPublisher, ref ldUrl);

        foreach (var name in PublishedMeta)
        {
            var value = Meta(document, name);
            if (value is not null && DateLineParser.FromTimestamp(value) is { } day)
                signals.Add(new DateSignal(day, "meta", $"{name}={value}"));
        }
        foreach (var time in times)
        {
            var value = time.GetAttribute("datetime")!;
            var pub = time.GetAttribute("pubdate") is not null || (time.GetAttribute("itemprop") ?? "").Contains("datePublished", StringComparison.OrdinalIgnoreCase);
            if (DateLineParser.FromTimestamp(value) is { } day)
                signals.Add(new DateSignal(day, pub ? "meta" : "text", $"time={value}"));
        }

        var metaAuthor = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "dc.creator") ?? Meta(document, "byl");
        if (metaAuthor is not null && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            authors.AddRange(BylineParser.Split(metaAuthor));
        foreach (var element in authorElements)
        {
            var text = Paragraphs.Fold(element.TextContent);
            if (text.Length < 60)
                authors.AddRange(BylineParser.Split(text));
        }

        var title = Text(titleElement);
        var og = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        var h1Text = Text(h1);
        var siteName = Meta(document, "og:site_name") ?? ldPublisher ?? Meta(document, "application-name") ?? TitleSuffix(title, og ?? ldHeadline ?? h1Text);
        var url = canonical?.GetAttribute("href") ?? Meta(document, "og:url") ?? ldUrl;
        if (url is not null && !url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            url = null;
        if (url is not null && DateLineParser.FromUrl(url) is { } urlDay)
            signals.Add(new DateSignal(urlDay, "url", url));

        return new PageMetadata
        {
            Headline = og ?? ldHeadline ?? h1Text ?? LongestSegment(StripSuffix(title, siteName)),
            Title = title,
            SiteName = siteName,
            Url = url,
            Authors = authors.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            DateSignals = signals.DistinctBy(s => (s.Value, s.Source)).ToList(),
            Language = LanguageOf(document),
        };
    }

    private static void ReadJsonLd(string json, List<DateSignal> signals, List<string> authors, ref string? headline, ref string? publisher, ref string? url)
    {
        if (json.Length > 200_000)
            return;
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var pending = new Stack<JsonElement>();
            pending.Push(parsed.RootElement);
            var visited = 0;
            while (pending.Count > 0 && visited++ < 500)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                        pending.Push(item);
                    continue;
                }
                if (element.ValueKind != JsonValueKind.Object)
                    continue;
                if (element.TryGetProperty("@graph", out var graph))
                    pending.Push(graph);
                var type = element.TryGetProperty("@type", out var t) ? t.ToString() : "";
                if (!type.Contains("Article", StringComparison.OrdinalIgnoreCase) && !type.Contains("Posting", StringComparison.OrdinalIgnoreCase) && !type.Contains("WebPage", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (element.TryGetProperty("datePublished", out var published) && published.ValueKind == JsonValueKind.String && DateLineParser.FromTimestamp(published.GetString()!) is { } day)
                    signals.Add(new DateSignal(day, "meta", "datePublished=" + published.GetString()));
                if (headline is null && element.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String)
                    headline = Paragraphs.Fold(h.GetString()!);
                if (element.TryGetProperty("author", out var author))
                    authors.AddRange(Names(author));
                if (publisher is null && element.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var pn) && pn.ValueKind == JsonValueKind.String)
                    publisher = pn.GetString();
                if (url is null && element.TryGetProperty("mainEntityOfPage", out var main))
                    url = main.ValueKind == JsonValueKind.String ? main.GetString() : main.ValueKind == JsonValueKind.Object && main.TryGetProperty("@id", out var id) ? id.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the page's other metadata still counts.
        }
    }

    private static IEnumerable<string> Names(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => BylineParser.Split(author.GetString()!),
        JsonValueKind.Array => author.EnumerateArray().Take(10).SelectMany(Names).ToList(),
        JsonValueKind.Object when author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => BylineParser.Split(name.GetString()!),
        _ => [],
    };

    private static string? TitleSuffix(string? title, string? headline)
    {
        if (title is null)
            return null;
        if (headline is null)
        {
            // Without a headline to subtract, the outlet is the short end segment ("Story - Section - Site.com").
            var segments = title.Split([" | ", " – ", " — ", " - ", " :: ", " · "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length < 2)
                return null;
            var ends = new[] { segments[^1], segments[0] };
            return ends.FirstOrDefault(s => s.Contains('.') && !s.Contains(' ')) ?? ends.FirstOrDefault(s => s.Split(' ').Length <= 3 && s.Length < segments.Max(x => x.Length));
        }
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: ", " · " })
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut <= 0)
                continue;
            var suffix = title[(cut + separator.Length)..].Trim();
            var prefix = title[..cut].Trim();
            if (suffix.Length is > 1 and <= 50 && (headline is null || headline.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || prefix.StartsWith(headline, StringComparison.OrdinalIgnoreCase)))
                return suffix;
        }
        return null;
    }

    private static string? LongestSegment(string? title) =>
        title?.Split([" | ", " – ", " — ", " - ", " :: ", " · "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).MaxBy(s => s.Length) ?? title;

    private static string? StripSuffix(string? title, string? siteName)
    {
        if (title is null || siteName is null)
            return title;
        var cut = title.LastIndexOf(siteName, StringComparison.OrdinalIgnoreCase);
        return cut > 3 ? title[..cut].TrimEnd(' ', '|', '-', '–', '—', ':', '·') : title;
    }

    private static string? Meta(IDocument document, string name)
    {
        // Read once per document: a page has dozens of meta tags and the reader asks for some thirty names.
        if (!MetaTables.TryGetValue(document, out var table))
        {
            table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
            {
                var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
                var content = element.GetAttribute("content")?.Trim();
                if (key is not null && !string.IsNullOrEmpty(content))
                    table.TryAdd(key, Paragraphs.Fold(content));
            }
            MetaTables.AddOrUpdate(document, table);
        }
        return table.TryGetValue(name, out var value) ? value : null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDocument, Dictionary<string, string>> MetaTables = new();

    private static string? Text(IElement? element)
    {
        var text = element is null ? null : Paragraphs.Fold(element.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? LanguageOf(IDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? Meta(document, "og:locale") ?? Meta(document, "content-language");
        if (string.IsNullOrWhiteSpace(lang))
            return null;
        var primary = lang.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length == 2 ? primary : null;
    }
}
