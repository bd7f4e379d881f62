using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Cleaning.Html;

/// <summary>Finds the article in an HTML page: text blocks scored by length, commas, link density and class/id evidence; the best container wins.</summary>
/// <remarks>
/// The page is cut into text blocks at block-level tags. Each prose block scores its parent and grandparent
/// (as Readability does); the best-scoring container, weighted by its tag and class/id words and discounted by its link
/// density, is the article; siblings that score close to it join it. Inside the article, blocks that are mostly links
/// or sit in furniture (share bars, related boxes, comment threads) are dropped, captions are kept apart.
/// Every traversal is iterative, and pages nested deeper than <see cref="HtmlRules.MaxDepth"/> are read as plain text.
/// </remarks>
internal static class HtmlArticleExtractor
{
    // Positions, comments, style text and (when the page has no JSON-LD) script text are never read: skipping them
    // saves a large part of the parse.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false, SkipComments = true, SkipProcessingInstructions = true, DisableElementPositionTracking = true, SkipRawText = true,
    });

    private static readonly HtmlParser ParserWithoutScripts = new(new HtmlParserOptions
    {
        IsScripting = false, SkipComments = true, SkipProcessingInstructions = true, DisableElementPositionTracking = true, SkipRawText = true,
        SkipScriptText = true,
    });

    private sealed class Block
    {
        public required IElement Owner { get; init; }

        // The element holding the block's first text: inside an inline wrapper (<td><font><b>lead</b><p>…) the
        // block belongs to the wrapper's region, not to the table cell that owns it as a block.
        public required IElement Holder { get; init; }
        public string Text { get; set; } = "";
        public int LinkChars { get; set; }
        public int Weight { get; init; }
        public bool Caption { get; init; }
        public bool Heading { get; init; }
        public int FurnitureDepth { get; init; }
        public double LinkDensity => Text.Length == 0 ? 1 : Math.Min(1, (double)LinkChars / Text.Length);
    }

    private sealed class Stats
    {
        public int Chars;
        public int LinkChars;
        public double Score;
        public bool Candidate;
    }

    /// <summary>Extracts the article of <paramref name="html"/>.</summary>
    public static HtmlExtraction Extract(string html, int maxDepth = HtmlRules.MaxDepth, int maxChars = HtmlRules.MaxChars)
    {
        if (html.Length > maxChars)
        {
            // A DOM costs many times the page's size; no news page comes near the limit, so a bigger one is read as text.
            var text = Paragraphs.Lines(NestingGuard.StripTags(html)).ToList();
            return new HtmlExtraction(text, [], [], new PageMetadata()) { TooLarge = html.Length };
        }
        var depth = NestingGuard.MaxDepth(html, maxDepth);
        if (depth >= maxDepth)
        {
            var lines = Paragraphs.Lines(NestingGuard.StripTags(html)).ToList();
            return new HtmlExtraction(lines, [], [], new PageMetadata(), depth);
        }
        // JSON-LD metadata lives in script text; pages without it need no script text at all.
        var parser = html.Contains("ld+json", StringComparison.OrdinalIgnoreCase) ? Parser : ParserWithoutScripts;
        var document = parser.ParseDocument(RepairTitle(html));
        var metadata = HtmlMetadataReader.Read(document);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null)
            return new HtmlExtraction([], [], [], metadata);
        var blocks = CollectBlocks(root);
        return Select(blocks, metadata);
    }

    /// <summary>All visible blocks of an HTML fragment (a feed item's body), in order, without choosing a container.</summary>
    public static IReadOnlyList<string> Fragment(string html, int maxDepth = HtmlRules.MaxDepth)
    {
        if (NestingGuard.MaxDepth(html, maxDepth) >= maxDepth)
            return Paragraphs.Lines(NestingGuard.StripTags(html)).ToList();
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        return CollectBlocks(document.Body!).Where(b => b.Text.Length > 0).Select(b => b.Text).ToList();
    }

    private static List<Block> CollectBlocks(IElement root)
    {
        var blocks = new List<Block>();
        var buffer = new System.Text.StringBuilder();
        var linkChars = 0;
        IElement? holder = null;
        // Explicit stack: (node, exiting). Exits restore the running state of the element being left.
        var stack = new Stack<(INode Node, bool Exit)>();
        var owners = new Stack<IElement>();
        var weights = new Stack<int>();
        var captions = new Stack<bool>();
        var anchorDepth = 0;
        var captionDepth = 0;
        var headingDepth = 0;
        var furnitureDepth = 0;
        weights.Push(0);
        owners.Push(root);
        stack.Push((root, false));

        void Flush()
        {
            var text = Paragraphs.Fold(buffer.ToString());
            buffer.Clear();
            if (text.Length > 0)
            {
                blocks.Add(new Block
                {
                    Owner = owners.Peek(), Holder = holder ?? owners.Peek(), Text = text, LinkChars = Math.Min(linkChars, text.Length), Weight = weights.Peek(),
                    Caption = captionDepth > 0, Heading = headingDepth > 0, FurnitureDepth = furnitureDepth,
                });
            }
            linkChars = 0;
            holder = null;
        }

        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText textNode)
            {
                var data = textNode.Data;
                if (holder is null && !string.IsNullOrWhiteSpace(data))
                    holder = textNode.ParentElement;
                buffer.Append(data);
                if (anchorDepth > 0)
                    linkChars += NonSpace(data) + (data.Length > 0 && char.IsWhiteSpace(data[0]) ? 1 : 0);
                continue;
            }
            if (node is not IElement element)
                continue;
            var name = element.LocalName;
            var isBlock = HtmlRules.Blocks.Contains(name);
            if (exit)
            {
                if (isBlock)
                {
                    Flush();
                    owners.Pop();
                }
                weights.Pop();
                if (name == "a")
                    anchorDepth--;
                if (captions.Pop())
                    captionDepth--;
                if (HtmlRules.Headings.Contains(name))
                    headingDepth--;
                if (HtmlRules.FurnitureTags.Contains(name))
                    furnitureDepth--;
                continue;
            }
            if (HtmlRules.Skipped.Contains(name) && !SwallowedPage(element) || IsHidden(element))
                continue;
            if (isBlock)
            {
                Flush();
                owners.Push(element);
            }
            weights.Push(weights.Peek() + ClassWeight(element));
            if (name == "a")
                anchorDepth++;
            var caption = name is "figcaption" or "figure" || IsCaptionClass(element);
            captions.Push(caption);
            if (caption)
                captionDepth++;
            if (HtmlRules.Headings.Contains(name))
                headingDepth++;
            if (HtmlRules.FurnitureTags.Contains(name))
                furnitureDepth++;
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
        Flush();
        return blocks;
    }

    private const double MassDivisor = 4;

    // Tuned on the l3s-gn1 and adbar-eval "tune" halves (docs/cleaning.md).
    private const int FurnitureDrop = 10;
    private const int SiblingPercent = 10;

    // A sibling box that is a fifth links is a teaser rail beside the story, however much prose its teasers carry.
    private const double SiblingMaxLinkDensity = 0.2;

    // A body shorter than this sends the extractor to the runner-up containers.
    private const int RetryBelow = 250;
    private const int RetryCandidates = 5;

    private static HtmlExtraction Select(List<Block> blocks, PageMetadata metadata)
    {
        var stats = new Dictionary<IElement, Stats>();
        Stats Of(IElement e)
        {
            if (!stats.TryGetValue(e, out var s))
                stats[e] = s = new Stats();
            return s;
        }

        // Character and link totals for every ancestor of every block.
        foreach (var block in blocks)
        {
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var s = Of(e);
                s.Chars += block.Text.Length;
                s.LinkChars += block.LinkChars;
            }
        }

        // Prose blocks vote for their parent and grandparent.
        foreach (var block in blocks)
        {
            if (block.Text.Length < 25 || block.LinkDensity > 0.5 || block.Caption || block.Heading)
                continue;
            var commas = block.Text.AsSpan().IndexOfAny(Commas) < 0 ? 0 : CountCommas(block.Text);
            var score = 1 + commas + Math.Min(block.Text.Length / 100.0, 3);
            var level = 0;
            var below = block.Owner;
            for (var e = block.Owner.ParentElement ?? block.Owner; e is not null && level < 3; e = e.ParentElement, level++)
            {
                // A block inside a comment or related box votes for that box, not for what holds the box: many short
                // reader comments must not lift the footer they sit in above the story.
                if (level > 0 && ClassWeight(below) < 0)
                    break;
                below = e;
                var s = Of(e);
                if (!s.Candidate)
                {
                    s.Candidate = true;
                    s.Score += InitialScore(e);
                }
                s.Score += level switch { 0 => score, 1 => score / 2, _ => score / 6 };
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, s) in stats)
        {
            if (!s.Candidate)
                continue;
            var linkDensity = s.Chars == 0 ? 0 : (double)s.LinkChars / s.Chars;
            // Text mass: a small box whose class says "content" must not beat the container holding the story.
            s.Score += Math.Sqrt(Math.Max(0, s.Chars - s.LinkChars)) / MassDivisor;
            s.Score *= 1 - linkDensity;
            if (s.Score > topScore)
            {
                topScore = s.Score;
                top = element;
            }
        }

        if (top is null)
            return new HtmlExtraction([], [], [.. blocks.Select(b => b.Text)], metadata);
        var best = Assemble(blocks, stats, top, topScore, metadata);
        var bestChars = best.Blocks.Sum(b => b.Length);
        if (bestChars >= RetryBelow)
            return best;

        // The winner kept almost nothing (its prose was furniture-marked, or a teaser box won): try the runners-up
        // that are not inside or around it, and keep the one that yields the most story text.
        var tried = new List<IElement> { top };
        foreach (var (element, s) in stats.Where(x => x.Value.Candidate).OrderByDescending(x => x.Value.Score).Skip(1))
        {
            if (tried.Count > RetryCandidates)
                break;
            if (tried.Any(t => t.Contains(element) || element.Contains(t)))
                continue;
            tried.Add(element);
            var attempt = Assemble(blocks, stats, element, s.Score, metadata);
            var chars = attempt.Blocks.Sum(b => b.Length);
            if (chars > bestChars * 2 && chars >= RetryBelow)
            {
                best = attempt;
                bestChars = chars;
            }
        }
        return best;
    }

    private static HtmlExtraction Assemble(List<Block> blocks, Dictionary<IElement, Stats> stats, IElement top, double topScore, PageMetadata metadata)
    {
        var body = new List<string>();
        var captions = new List<string>();
        var removed = new List<string>();

        // Siblings that score close to the winner (split article bodies, "page 2" containers) join it.
        var region = new HashSet<IElement> { top };
        if (top.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, topScore * SiblingPercent / 100.0);
            foreach (var sibling in parent.Children)
            {
                if (sibling == top || !stats.TryGetValue(sibling, out var s))
                    continue;
                var density = s.Chars == 0 ? 1 : (double)s.LinkChars / s.Chars;
                if (s.Candidate && s.Score >= threshold && density < SiblingMaxLinkDensity || sibling.LocalName == "p" && s.Chars > 80 && density < 0.25)
                    region.Add(sibling);
            }
        }
        // Class/id evidence accumulated down to the article container; blocks that sit in furniture inside it weigh less.
        var topWeight = 0;
        var topFurniture = 0;
        for (var e = top; e is not null; e = e.ParentElement)
        {
            topWeight += ClassWeight(e);
            topFurniture += HtmlRules.FurnitureTags.Contains(e.LocalName) ? 1 : 0;
        }

        // Lead recovery: a standfirst or first paragraph often sits in its own container just above the article body
        // (a "lead" or "intro" box). Prose blocks directly before the container, up to the headline, belong to it.
        var leads = new HashSet<Block>();
        var first = blocks.FindIndex(b => InRegion(b.Holder, region));
        var skipped = 0;
        for (var j = first - 1; j >= 0 && first > 0; j--)
        {
            var block = blocks[j];
            if (block.Heading || block.FurnitureDepth > topFurniture || block.LinkDensity > 0.2)
                break;
            if (block.Text.Length < 60)
            {
                if (++skipped > 3)
                    break;
                continue;
            }
            if (block.Weight < topWeight - FurnitureDrop - 25 || block.Caption)
                break;
            if (!Boilerplate.BoilerplateRemover.EndsSentence(block.Text))
                break;
            leads.Add(block);
        }

        // A box headed "Sponsored links" or "Also in the news" inside the article container is a list, not story.
        var boxes = new HashSet<IElement>();
        foreach (var block in blocks)
        {
            if (block.Text.Length < 60 && block.Owner.ParentElement is { } box && !box.Contains(top) && InRegion(box, region)
                && HtmlRules.ListBoxHeading.IsMatch(block.Text))
                boxes.Add(box);
        }

        var kept = 0;
        var inComments = false;
        foreach (var block in blocks)
        {
            if (leads.Contains(block))
            {
                body.Add(block.Text);
                kept += block.Text.Length;
                continue;
            }
            if (!InRegion(block.Holder, region))
            {
                removed.Add(block.Text);
                continue;
            }
            if (!inComments && kept >= 300 && block.Text.Length < 200 && HtmlRules.CommentStart.IsMatch(block.Text))
                inComments = true;
            if (inComments)
            {
                removed.Add(block.Text);
                continue;
            }
            if (block.Caption)
            {
                captions.Add(block.Text);
                continue;
            }
            if (block.Heading && IsHeadline(block.Text, metadata))
                continue;
            if (boxes.Count > 0 && InRegion(block.Holder, boxes))
            {
                removed.Add(block.Text);
                continue;
            }
            // A paragraph that joined as a sibling is judged against its own evidence, not the winner's: a lead <p>
            // beside a "content" column is not furniture for lacking the column's class.
            var reference = RegionElement(block.Holder, region) is { LocalName: "p" } member && member != top ? topWeight - ClassWeight(top) + ClassWeight(member) : topWeight;
            var furniture = block.FurnitureDepth > topFurniture || block.Weight < reference - FurnitureDrop;
            var linky = block.LinkDensity > 0.5 || block.LinkDensity > 0.25 && block.Text.Length < 80;
            // A long link-free paragraph in a weakly marked box is story text, unless its own element says otherwise
            // (a long reader comment in <p class="comment">).
            var longProse = block.Text.Length > 200 && block.LinkDensity < 0.1 && ClassWeight(block.Owner) >= 0;
            if (furniture && !longProse || linky)
            {
                removed.Add(block.Text);
                continue;
            }
            body.Add(block.Text);
            kept += block.Text.Length;
        }
        return new HtmlExtraction(body, captions, removed, metadata);
    }

    // An unclosed <title> swallows the rest of the page as text (HTML parsing rules); truncated pages have them.
    // Close it at the end of its line, where a title ends in every real page.
    internal static string RepairTitle(string html)
    {
        var open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0 || html.IndexOf("</title", open, StringComparison.OrdinalIgnoreCase) >= 0)
            return html;
        var start = html.IndexOf('>', open);
        if (start < 0)
            return html;
        var end = html.IndexOfAny(['\n', '<'], start + 1);
        return end < 0 ? html : string.Concat(html.AsSpan(0, end), "</title>", html.AsSpan(end));
    }

    // An unclosed <select> or <option> makes the parser nest the rest of the page inside it; a drop-down holds only
    // options, so one with other elements in it is the page, not a menu.
    private static bool SwallowedPage(IElement element)
    {
        if (element.LocalName is not ("select" or "option" or "optgroup"))
            return false;
        foreach (var inner in element.Descendants<IElement>())
        {
            if (inner.LocalName is not ("option" or "optgroup"))
                return true;
        }
        return false;
    }

    private static IElement? RegionElement(IElement owner, HashSet<IElement> region)
    {
        for (var e = owner; e is not null; e = e.ParentElement)
        {
            if (region.Contains(e))
                return e;
        }
        return null;
    }

    private static bool InRegion(IElement owner, HashSet<IElement> region) => RegionElement(owner, region) is not null;

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "article" => 10,
            "div" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element);
    }

    private static int ClassWeight(IElement element)
    {
        // Class and id are looked up apart (no concatenated string per element); either may carry either word.
        var (negative, positive) = Evidence(element.GetAttribute("class"));
        var (idNegative, idPositive) = Evidence(element.Id);
        var weight = (negative || idNegative ? -25 : 0) + (positive || idPositive ? 25 : 0);
        if (element.LocalName is "nav" or "footer" or "aside")
            weight -= 25;
        return weight;
    }

    // Sites repeat the same class names on every page and element; the two regexes dominate the walk without a cache.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Negative, bool Positive)> WeightCache = new(StringComparer.Ordinal);

    private static (bool Negative, bool Positive) Evidence(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return default;
        if (WeightCache.TryGetValue(value, out var cached))
            return cached;
        var evidence = value.Length > 300 ? value[..300] : value;
        var result = (HtmlRules.Negative.IsMatch(evidence), HtmlRules.Positive.IsMatch(evidence));
        if (WeightCache.Count > 100_000)
            WeightCache.Clear();
        WeightCache[value] = result;
        return result;
    }

    private static readonly System.Buffers.SearchValues<char> Commas = System.Buffers.SearchValues.Create(",，、");

    private static int CountCommas(string text)
    {
        var count = 0;
        var span = text.AsSpan();
        int at;
        while ((at = span.IndexOfAny(Commas)) >= 0)
        {
            count++;
            span = span[(at + 1)..];
        }
        return count;
    }

    private static int NonSpace(string data)
    {
        var count = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
                count++;
        }
        return count;
    }

    private static bool IsCaptionClass(IElement element)
    {
        var evidence = element.GetAttribute("class");
        var id = element.Id;
        if (!string.IsNullOrEmpty(id))
            evidence = evidence is null ? id : evidence + " " + id;
        if (evidence is null || evidence.Length >= 200)
            return false;
        if (CaptionCache.TryGetValue(evidence, out var cached))
            return cached;
        var caption = HtmlRules.Caption.IsMatch(evidence);
        if (CaptionCache.Count > 100_000)
            CaptionCache.Clear();
        CaptionCache[evidence] = caption;
        return caption;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> CaptionCache = new(StringComparer.Ordinal);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = element.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }

    // The headline printed again above the story, also when the page's title wraps it in the site's name.
    private static bool IsHeadline(string text, PageMetadata metadata)
    {
        if (metadata.Headline is { } headline && Similar(text, headline))
            return true;
        var folded = Paragraphs.Fold(text);
        return folded.Length >= 15 && (metadata.Headline?.Contains(folded, StringComparison.OrdinalIgnoreCase) == true
            || metadata.Title?.Contains(folded, StringComparison.OrdinalIgnoreCase) == true);
    }

    private static bool Similar(string a, string b)
    {
        var x = Paragraphs.Fold(a);
        var y = Paragraphs.Fold(b);
        return x.Equals(y, StringComparison.OrdinalIgnoreCase) || x.Length > 10 && (y.StartsWith(x, StringComparison.OrdinalIgnoreCase) || x.StartsWith(y, StringComparison.OrdinalIgnoreCase));
    }
}
