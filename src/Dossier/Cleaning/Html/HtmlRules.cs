using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Html;

/// <summary>Tag and class/id evidence for the DOM extractor. Data only; <see cref="HtmlArticleExtractor"/> holds the logic.</summary>
internal static class HtmlRules
{
    /// <summary>Elements whose content is never article text.</summary>
    public static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "option",
        "button", "input", "textarea", "head", "map", "audio", "video", "source", "picture", "meta", "link",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Block-level elements: text on either side of one is a different block.</summary>
    public static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "figure", "figcaption", "form", "fieldset", "address", "center", "hr", "br", "body", "html", "details", "summary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that hold page furniture by their very tag.</summary>
    public static readonly FrozenSet<string> FurnitureTags = new[] { "nav", "footer", "aside", "form" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Headings kept as subheads when inside the article.</summary>
    public static readonly FrozenSet<string> Headings = new[] { "h1", "h2", "h3", "h4", "h5", "h6" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    /// <summary>Class/id words of page furniture (after Readability's lists, extended with news-site widgets).</summary>
    public static readonly Regex Negative = new(
        @"comment|disqus|footer|footnote|masthead|menu|nav|breadcrumb|sidebar|side-bar|widget|share|sharing|social|sponsor|promo|advert|\bads?\b|ad-|banner|cookie|consent|newsletter|subscribe|signup|related|recommend|more-stories|most-read|mostread|popular|trending|outbrain|taboola|tags?\b|tagcloud|pagination|pager|login|modal|popup|donat|support-us|byline|author-bio|meta-|dateline|timestamp|toolbar|skip-|rss|feed|headline-list|blogroll|rating|vote|poll|legal|copyright|masthead|topbar",
        Options, TimeSpan.FromSeconds(2));

    /// <summary>Class/id words of article containers.</summary>
    public static readonly Regex Positive = new(
        @"article|body|content|entry|hentry|main|page|post|text|blog|story|storytext|story-body|articletext|article-body|news-?text|permalink|column|itemprop",
        Options, TimeSpan.FromSeconds(2));

    /// <summary>Class/id words of captions and photo credits.</summary>
    public static readonly Regex Caption = new(@"caption|credit|wp-caption|photo-?text|image-?text|img-?desc|cutline", Options, TimeSpan.FromSeconds(2));

    /// <summary>A block that opens the reader-comment thread under an article; nothing after it in the article container is story text.</summary>
    public static readonly Regex CommentStart = new(
        @"^(comments?\s*\(\d+\)|\d+\s+(comments?|responses?|replies)\b|(reader|readers'?|user|your)\s+comments\b|have your say\b|write your own comment|leave a (comment|reply)|post a comment|add (your|a) comment|comments?\s*:?\s*$|discuss this (article|story)|join the (discussion|conversation)|posted by\s*:?\s+\S+\s*(\||on\b|at\b)|talkback\b|\d+\s+people have commented|the following (are )?comments\b|comments from (our )?readers\b|now you'?re in the public comment|(read|view|see) (all )?(readers'?|your) (comments|views)\b)",
        Options, TimeSpan.FromSeconds(2));

    /// <summary>The heading of a box of teasers or adverts ("Sponsored links", "Also in the news", "Related stories").</summary>
    public static readonly Regex ListBoxHeading = new(
        @"^\s*(sponsored( links?| results)?|also in the news|related (stories|articles|links|news|content)|more (news|stories|headlines)|top stories|latest (news|headlines)|most (read|viewed|popular|emailed|commented)|(you|we) (may|might) also like|recommended( for you| stories)?|advertisement|ads by \w+)\s*:?\s*$",
        Options, TimeSpan.FromSeconds(2));

    /// <summary>Pages longer than this (characters) are read as plain text instead of a DOM: real news pages are well under 2 MB.</summary>
    public const int MaxChars = 8_000_000;

    /// <summary>Pages nested deeper than this are read as plain text instead of a DOM (no real page comes close).</summary>
    public const int MaxDepth = 1000;
}
