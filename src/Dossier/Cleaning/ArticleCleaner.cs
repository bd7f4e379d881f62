using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Cleaning;

/// <summary>Turns a raw article (text, HTML page or feed item) into clean body text and the metadata its markup states.</summary>
/// <remarks>
/// This is the foundation cleaner: it keeps paragraphs in reading order and takes the headline, canonical URL, feed
/// date and authors where the input states them plainly. Boilerplate removal and the full metadata cascade build on it.
/// </remarks>
public sealed class ArticleCleaner : IDocStage
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <inheritdoc />
    public StageInfo Info { get; } = new("clean", Layers.None, Layers.CleanText | Layers.Metadata,
        "Clean body text, headline and the metadata the input states plainly.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        var raw = doc.Raw;
        var (text, metadata) = raw.Kind switch
        {
            SourceKind.Html => CleanHtml(raw.Content),
            SourceKind.FeedItem => CleanFeedItem(raw),
            _ => CleanText(raw.Content),
        };
        if (text.Length == 0)
            context.Report(DiagnosticCatalog.NoBody);
        return doc with { Text = text, Metadata = metadata };
    }

    private static (string Text, ArticleMetadata Metadata) CleanText(string content)
    {
        var lines = Paragraphs.Lines(content).ToList();
        var headlineIndex = lines.FindIndex(LooksLikeHeadline);
        string? headline = null;
        if (headlineIndex >= 0)
        {
            headline = lines[headlineIndex];
            lines.RemoveAt(headlineIndex);
        }
        return (Paragraphs.Join(lines), new ArticleMetadata { Headline = headline });
    }

    // A headline has a few words, no final full stop, and is not a date, bullet or link line.
    private static bool LooksLikeHeadline(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 4 and <= 30
            && !line.EndsWith('.')
            && !line.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            && char.IsLetter(line[0]);
    }

    private static (string Text, ArticleMetadata Metadata) CleanHtml(string html)
    {
        var document = Parser.ParseDocument(html);
        var headline = Meta(document, "og:title") ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title"));
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var signals = ImmutableArray.CreateBuilder<DateSignal>();
        var published = Meta(document, "article:published_time");
        if (published is not null && TryIsoDate(published, out var iso))
            signals.Add(new DateSignal(iso, "meta", published));
        var root = (IParentNode?)document.QuerySelector("article") ?? document.Body ?? (IParentNode)document;
        var text = Paragraphs.Join(BlockTexts(root));
        var metadata = new ArticleMetadata
        {
            Headline = headline,
            Url = url,
            Published = signals.Count > 0 ? signals[0].Value : null,
            DateSignals = signals.ToImmutable(),
            Language = LanguageOf(document),
        };
        return (text, metadata);
    }

    private static (string Text, ArticleMetadata Metadata) CleanFeedItem(RawArticle raw)
    {
        var feed = raw.Feed!;
        var content = raw.Content;
        string text;
        if (content.Contains('<'))
        {
            var document = Parser.ParseDocument("<body>" + content + "</body>");
            var blocks = BlockTexts(document.Body!).ToList();
            text = blocks.Count > 0 ? Paragraphs.Join(blocks) : Paragraphs.Fold(document.Body!.TextContent);
        }
        else
        {
            text = Paragraphs.Join(content.ReplaceLineEndings("\n").Split("\n\n"));
        }
        var signals = ImmutableArray.CreateBuilder<DateSignal>();
        if (feed.Published is { } date)
            signals.Add(new DateSignal(date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "feed", date.ToString("R", CultureInfo.InvariantCulture)));
        return (text, new ArticleMetadata
        {
            Headline = feed.Title,
            Url = feed.Link,
            Outlet = feed.FeedTitle,
            Bylines = feed.Authors,
            Published = signals.Count > 0 ? signals[0].Value : null,
            DateSignals = signals.ToImmutable(),
        });
    }

    private static IEnumerable<string> BlockTexts(IParentNode root)
    {
        var blocks = root.QuerySelectorAll("p, h2, h3, h4, li, blockquote");
        if (blocks.Length == 0)
            return Paragraphs.Lines(((INode)root).TextContent);
        // A block nested in another selected block (a <p> inside <blockquote>) is read once, with its outer block.
        return blocks
            .Where(block => !block.Ancestors().OfType<IElement>().Any(a => a.Matches("p, h2, h3, h4, li, blockquote")))
            .Select(block => block.TextContent);
    }

    private static string? Meta(IDocument document, string property)
    {
        var element = document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']");
        var content = element?.GetAttribute("content")?.Trim();
        return string.IsNullOrEmpty(content) ? null : content;
    }

    private static string? Text(IElement? element)
    {
        var text = element is null ? null : Paragraphs.Fold(element.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? LanguageOf(IDocument document)
    {
        var lang = document.DocumentElement.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
            return null;
        var primary = lang.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length == 2 ? primary : null;
    }

    private static bool TryIsoDate(string value, out string iso)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            iso = date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        iso = "";
        return false;
    }
}
