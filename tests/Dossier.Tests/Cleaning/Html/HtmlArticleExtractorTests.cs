using System.Diagnostics;
using System.Text;
using Dossier.Cleaning.Html;
using Dossier.Diagnostics;
using Dossier.Ingest;

namespace Dossier.Tests.Cleaning.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string Story = "<p>The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe, officials said.</p>" +
                                 "<p>Residents said they would petition for a new pool, and the mayor promised a decision on funding within the year, with a vote in December.</p>" +
                                 "<p>The baths, opened in 1931, were listed as a local landmark in 1990, which limits what can be done with the building.</p>";

    private static string Page(string article) => $"""
        <html><head><title>Baths to close | Valley Gazette</title></head><body>
        <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="cookie-banner"><p>We use cookies to improve your experience on our site. <a href="/privacy">Privacy policy</a></p></div>
        <main><article class="story-body"><h1>Baths to close</h1>{article}</article></main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Fireworks cancelled again after wet weekend</a></li><li><a href="/b">New bakery opens on Mill Street</a></li></ul></aside>
        <footer><p>© 2019 Valley Gazette · <a href="/contact">Contact</a></p></footer>
        </body></html>
        """;

    [Fact]
    public void The_article_container_is_found_and_page_chrome_is_dropped()
    {
        var doc = Cleaner.Clean(Page(Story), SourceKind.Html);

        Assert.StartsWith("The council voted on Tuesday", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("limits what can be done with the building.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", doc.Text, StringComparison.Ordinal);
        Assert.Contains("New bakery opens on Mill Street", doc.Metadata.Removed);
    }

    [Fact]
    public void Figure_captions_are_kept_apart_and_subheads_stay()
    {
        var article = Story + "<figure><img src=\"a.jpg\" alt=\"The baths\"><figcaption>The baths in 1931. Photo: Town Archive</figcaption></figure>" +
                      "<h2>A listed building</h2><p>Any change to the facade needs approval from the heritage board, which meets four times a year, the council said.</p>";

        var doc = Cleaner.Clean(Page(article), SourceKind.Html);

        Assert.Contains("The baths in 1931. Photo: Town Archive", doc.Metadata.Captions.ToArray());
        Assert.DoesNotContain("Town Archive", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nA listed building\n\n", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_boxes_and_share_bars_inside_the_article_are_dropped()
    {
        var article = Story[..(Story.IndexOf("</p>", StringComparison.Ordinal) + 4)] +
                      "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>" +
                      "<aside class=\"related\"><h4>Related</h4><p><a href=\"/c\">Ice rink to reopen after repairs</a></p></aside>" +
                      Story[(Story.IndexOf("</p>", StringComparison.Ordinal) + 4)..];

        var doc = Cleaner.Clean(Page(article), SourceKind.Html);

        Assert.DoesNotContain("Share on", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ice rink", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Residents said they would petition", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_comment_thread_after_the_story_is_cut()
    {
        var article = Story + "<h3>Comments (2)</h3><p>I swam there every week as a child and it is a shame to see it go, but safety first I suppose.</p><p>Typical council, always closing things.</p>";

        var doc = Cleaner.Clean(Page(article), SourceKind.Html);

        Assert.DoesNotContain("I swam there", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_reader_comments_marked_by_their_own_class_are_not_story()
    {
        var comment = "<p class=\"commentOdd\">I have swum in those baths every week since I was a child and I think the council should have found the money to repair the roof years ago instead of spending it on the new car park by the station.</p>";
        var doc = Cleaner.Clean(Page(Story + comment), SourceKind.Html);

        Assert.Contains("The baths, opened in 1931", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("every week since I was a child", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_heavy_teaser_rail_beside_the_story_does_not_join_it()
    {
        var teasers = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<dl><dt><a href=\"/t{i}\">Teaser headline number {i} about another town</a></dt><dd>A short summary of another story, with a comma, that sits in the rail beside the article number {i}.</dd></dl>"));
        var html = "<html><head><title>Baths to close</title></head><body><div id=\"story\"><div id=\"storybody\">" + Story + "</div>" +
                   "<div id=\"storyright\">" + teasers + "</div></div></body></html>";

        var doc = Cleaner.Clean(html, SourceKind.Html);

        Assert.Contains("Residents said they would petition", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sits in the rail", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_headed_sponsored_links_inside_the_article_is_dropped()
    {
        var box = "<div><h3>Sponsored Links</h3><ul><li>Cheap flights to the coast, book today and save on every seat.</li><li>Garden sheds delivered free across the region this month only.</li></ul></div>";
        var doc = Cleaner.Clean(Page(Story + box), SourceKind.Html);

        Assert.Contains("The baths, opened in 1931", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Garden sheds", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Metadata.Removed, r => r.Contains("Garden sheds", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_in_bold_inside_a_table_cell_stays_with_the_story_below_it()
    {
        var html = "<html><head><title>Baths to close</title></head><body><table><tr><td><a href=\"/\">Home</a> | <a href=\"/news\">News</a></td></tr><tr><td><font>" +
                   "<b>The town's Victorian swimming baths will shut for good this summer, the council has decided.</b>" + Story + "</font></td></tr></table></body></html>";

        var doc = Cleaner.Clean(html, SourceKind.Html);

        Assert.StartsWith("The town's Victorian swimming baths will shut", doc.Text, StringComparison.Ordinal);
        Assert.Contains("The baths, opened in 1931", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_repeated_inside_the_page_title_with_the_site_name_is_not_body()
    {
        var html = "<html><head><title>Valley Gazette : Local : Baths to close after roof is found unsafe</title></head><body><div class=\"story\">" +
                   "<h2>Baths to close after roof is found unsafe</h2>" + Story + "</div></body></html>";

        var doc = Cleaner.Clean(html, SourceKind.Html);

        Assert.DoesNotContain("Baths to close after roof", doc.Text, StringComparison.Ordinal);
        Assert.StartsWith("The council voted", doc.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HostilePages => new()
    {
        { "malformed", "<html><body><div><p>Unclosed <b>bold <i>italic <table><tr><td>cell</p></div></span></body>" + Story + "<p" },
        { "no body", "<html><head><title>Nothing here</title></head></html>" },
        { "all navigation", "<html><body><nav><ul>" + string.Concat(Enumerable.Range(0, 300).Select(i => $"<li><a href=\"/{i}\">Section {i}</a></li>")) + "</ul></nav></body></html>" },
        { "100k nested divs", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Story + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>" },
        { "unclosed formatting tags", "<html><body>" + string.Concat(Enumerable.Repeat("<b><i><a href=x>", 20_000)) + "text" },
        { "unclosed title", "<html><head><title>Baths to close\n<body>" + Story + "</body></html>" },
    };

    [Theory]
    [MemberData(nameof(HostilePages))]
    public void Hostile_pages_give_a_best_effort_article_or_a_diagnostic_without_throwing(string name, string html)
    {
        var (doc, context) = Cleaner.Run(html, SourceKind.Html, name + ".html");

        Assert.True(doc.Text.Length > 0 || context.Reported.Any(d => d.Code == DiagnosticCatalog.NoBody.Code), name);
    }

    [Fact]
    public void A_page_without_a_body_reports_no_story_text()
    {
        var (doc, context) = Cleaner.Run("<html><head><title>Nothing here</title></head></html>", SourceKind.Html);

        Assert.Equal("", doc.Text);
        Assert.Contains(context.Reported, d => d.Code == DiagnosticCatalog.NoBody.Code);
    }

    [Fact]
    public void A_page_that_is_all_navigation_gives_no_story_and_says_so()
    {
        var links = string.Concat(Enumerable.Range(0, 300).Select(i => $"<li><a href=\"/{i}\">Section {i}</a></li>"));
        var (doc, context) = Cleaner.Run($"<html><body><nav><ul>{links}</ul></nav><div class=\"menu\"><ul>{links}</ul></div></body></html>", SourceKind.Html);

        Assert.DoesNotContain("Section 1", doc.Text, StringComparison.Ordinal);
        Assert.Contains(context.Reported, d => d.Code == DiagnosticCatalog.NoBody.Code);
    }

    [Fact]
    public void Malformed_markup_still_yields_the_story_in_order()
    {
        var html = "<html><body><div><p>Unclosed <b>bold <i>italic <table><tr><td>cell</p></div></span>" + Story + "<p";

        var (doc, _) = Cleaner.Run(html, SourceKind.Html);

        var council = doc.Text.IndexOf("The council voted", StringComparison.Ordinal);
        var baths = doc.Text.IndexOf("The baths, opened in 1931", StringComparison.Ordinal);
        Assert.True(council >= 0 && baths > council, doc.Text);
    }

    [Fact]
    public void An_unclosed_drop_down_does_not_hide_the_story_it_swallows()
    {
        var html = "<html><body><form><select><option>One<option>Two<br>" + Story + "</body></html>";

        var (doc, _) = Cleaner.Run(html, SourceKind.Html);

        Assert.Contains("Residents said they would petition", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabytes_of_nested_divs_are_read_as_text_with_a_diagnostic_and_no_stack_overflow()
    {
        // 50 MB (the default ingest limit) of shallow div soup: too large for a DOM, so no tree is built at all.
        var unit = "<div><div><div><p>Filler paragraph inside three divs.</p></div></div></div>\n";
        var html = new StringBuilder(50_000_000 + 1000).Append("<html><body>");
        html.Append(Story);
        while (html.Length < 50_000_000)
            html.Append(unit);
        html.Append("</body></html>");

        var (doc, context) = Cleaner.Run(html.ToString(), SourceKind.Html);

        Assert.Contains(context.Reported, d => d.Code == DiagnosticCatalog.PageTooLarge.Code);
        Assert.Contains("Residents said they would petition", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_nested_beyond_the_limit_are_read_as_text_with_a_diagnostic()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Story + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var (doc, context) = Cleaner.Run(html, SourceKind.Html);

        Assert.Contains(context.Reported, d => d.Code == DiagnosticCatalog.MarkupTooDeep.Code);
        Assert.Contains("Residents said they would petition", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_megabytes_of_nesting_are_read_in_bounded_time()
    {
        // Not a benchmark: a guard against quadratic or recursive paths (a DOM would take minutes or overflow the stack).
        var html = string.Concat(Enumerable.Repeat("<div><span>", 500_000)) + "deep";
        var watch = Stopwatch.StartNew();

        var extraction = HtmlArticleExtractor.Extract(html);

        Assert.True(extraction.TooDeep > 0);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_page_declaring_the_wrong_charset_is_decoded_from_its_bytes()
    {
        using var directory = new Dossier.Testing.TempDirectory();
        var path = directory.File("wrong-charset.html");
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>Café closes</title></head><body><article>" +
                   "<p>The café on Mill Street, run by Zoë Lind since 1998, will close at the end of the month, its owner said on Tuesday.</p>" +
                   "<p>“It is time,” she said, adding that the building would be sold to a bakery from the next town.</p></article></body></html>";
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(html));

        var doc = Assert.Single(Cleaner.CleanFile(path));

        Assert.Contains("Zoë Lind", doc.Text, StringComparison.Ordinal);
    }
}
