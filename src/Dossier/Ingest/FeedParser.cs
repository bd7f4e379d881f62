using System.Collections.Immutable;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Dossier.Diagnostics;

namespace Dossier.Ingest;

/// <summary>Splits an RSS 2.0 or Atom 1.0 feed into one raw article per item, over System.ServiceModel.Syndication.</summary>
/// <remarks>Dates are parsed leniently (feeds in the wild break RFC 822); DTDs are ignored, so entity expansion attacks do nothing.</remarks>
public static class FeedParser
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>The items of the feed in <paramref name="text"/>.</summary>
    public static SourceReadResult Parse(string source, string text, string encoding, int maxItems)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
            });
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed"
                ? new Atom10FeedFormatter { DateTimeParser = ParseDate }
                : new Rss20FeedFormatter { DateTimeParser = ParseDate };
            if (!formatter.CanRead(reader))
                return SourceReadResult.Failed(IngestProblem.Create(source, DiagnosticCatalog.MalformedFeed, $"root element <{reader.LocalName}> is neither <rss> nor <feed>"));
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (Exception exception) when (exception is XmlException or InvalidOperationException or FormatException)
        {
            return SourceReadResult.Failed(IngestProblem.Create(source, DiagnosticCatalog.MalformedFeed, FirstLine(exception.Message)));
        }

        var articles = ImmutableArray.CreateBuilder<RawArticle>();
        var problems = ImmutableArray.CreateBuilder<IngestProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in feed.Items.Take(maxItems))
        {
            index++;
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            var key = FirstNonEmpty(item.Id, link) ?? $"item-{index}";
            if (!keys.Add(key))
                key = $"{key}#{index}";
            var content = ContentOf(item);
            if (string.IsNullOrWhiteSpace(content))
            {
                problems.Add(IngestProblem.Create(source, DiagnosticCatalog.EmptyFeedItem, key));
                continue;
            }
            var title = item.Title?.Text?.Trim();
            DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
                : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
            var authors = item.Authors
                .Select(person => FirstNonEmpty(person.Name, person.Email))
                .OfType<string>()
                .ToImmutableArray();
            if (authors.IsEmpty)
            {
                // RSS 2.0 credits authors in Dublin Core, which SyndicationItem leaves in its extensions.
                authors = [.. item.ElementExtensions
                    .Where(extension => extension.OuterName == "creator" && extension.OuterNamespace == "http://purl.org/dc/elements/1.1/")
                    .Select(extension => extension.GetObject<string>()?.Trim())
                    .OfType<string>()
                    .Where(name => name.Length > 0)];
            }
            var info = new FeedItemInfo(title, link, published, authors, feed.Title?.Text?.Trim());
            var identity = string.Join('\n', key, title, published?.ToString("O", CultureInfo.InvariantCulture), content);
            var hash = Documents.ArticleId.Hash(Encoding.UTF8.GetBytes(identity));
            articles.Add(new RawArticle(source, key, SourceKind.FeedItem, content, hash, encoding, info));
        }
        return new SourceReadResult(articles.ToImmutable(), problems.ToImmutable());
    }

    private static string? ContentOf(SyndicationItem item)
    {
        var encoded = item.ElementExtensions
            .Where(extension => extension.OuterName == "encoded" && extension.OuterNamespace == ContentModuleNamespace)
            .Select(extension => extension.GetObject<string>())
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        if (encoded is not null)
            return encoded;
        return item.Content switch
        {
            TextSyndicationContent text when !string.IsNullOrWhiteSpace(text.Text) => text.Text,
            _ => item.Summary?.Text,
        };
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            return true;
        // RFC 822 zones that DateTimeOffset does not know ("EST", "GMT"): drop the zone name, keep the wall time as UTC.
        var cut = text.LastIndexOf(' ');
        if (cut > 0 && DateTimeOffset.TryParse(text[..cut], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            return true;
        // An unreadable date must not cost the whole feed: report "no date" (default) instead of failing the parse.
        value = default;
        return true;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
