using System.Text.Json;
using Dossier.Documents;
using Dossier.Testing;

namespace Dossier.Tests.Cleaning;

/// <summary>The five real scraped seeds, read at run time (their text never enters the repository).</summary>
public sealed class SeedCleaningTests
{
    private static readonly Lazy<Dictionary<string, Doc>> Seeds = new(() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path)[..3], path => Assert.Single(Cleaner.CleanFile(path))));

    private static Doc Seed(string number) => Seeds.Value[number];

    // The n-th non-empty line of a seed file, read at run time, so the seeds' words stay out of the repository.
    private static string SeedLine(string number, int index) =>
        File.ReadLines(Directory.GetFiles(RepoPaths.Seeds, number + "_*.txt").Single()).Where(l => l.Trim().Length > 0).ElementAt(index).Trim();

    public static TheoryData<string> Numbers => new() { "000", "001", "002", "003", "004" };

    // Furniture seen across the seeds; none may survive in any body.
    private static readonly string[] Furniture =
    [
        "Read also", "See also", "Spread the love", "Leave a Reply", "Your email address will not be published", "Support HKFP",
        "Patrons", "Help safeguard press freedom", "COMMENTS", "Comments are moderated", "Replying to", "Comments FAQ",
        "Our standards", "Trust Principles", "All rights", "Cotton donkeys", "tote bag", "http", "Photo:", "PHOTO:", "© AFP", "By Teilor", "By Shaun",
    ];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void No_furniture_line_survives_in_any_seed_body(string number)
    {
        var doc = Seed(number);

        foreach (var furniture in Furniture)
            Assert.DoesNotContain(furniture, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nRead: ", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_seed_line_is_kept_in_the_body_or_listed_as_removed_caption_or_header(string number)
    {
        var doc = Seed(number);
        var path = Directory.GetFiles(RepoPaths.Seeds, number + "_*.txt").Single();
        var accounted = doc.Text + "\n" + string.Join("\n", doc.Metadata.Removed) + "\n" + string.Join("\n", doc.Metadata.Captions) + "\n" + doc.Metadata.Headline;

        foreach (var line in File.ReadAllLines(path).Select(Dossier.Cleaning.Paragraphs.Fold).Where(l => l.Length > 0))
            Assert.Contains(line, accounted, StringComparison.Ordinal);
    }

    // What a reader would not call story text, judged by the test independently of the cleaner's rules.
    private static readonly System.Text.RegularExpressions.Regex NotStory = new(
        @"^(See also|Read also|Read:|Support|Help safeguard|\(|Your email|Comments|For more information|All rights|US Secretary of State Blinken and)|Photo|photo:|correspondent based in|has been a reporter|Spread the love|© AFP");

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Nearly_every_story_line_is_kept(string number)
    {
        var doc = Seed(number);
        var path = Directory.GetFiles(RepoPaths.Seeds, number + "_*.txt").Single();
        var lines = File.ReadAllLines(path).Select(Dossier.Cleaning.Paragraphs.Fold).ToList();
        // A caption printed twice (once bare, once with its credit) is a caption, not story.
        var story = lines
            .Where(l => l.Split(' ').Length >= 12 && l != doc.Metadata.Headline && !NotStory.IsMatch(l) && !lines.Any(o => o.Length > l.Length && o.StartsWith(l, StringComparison.Ordinal)))
            .ToList();
        var kept = story.Count(l => doc.Text.Contains(l, StringComparison.Ordinal));

        Assert.True(story.Count >= 10);
        Assert.True(kept >= story.Count * 0.99, $"{kept} of {story.Count} story lines kept");
    }

    [Fact]
    public void Seed_000_has_its_headline_outlet_byline_url_and_the_url_date_over_the_scrape_date()
    {
        var doc = Seed("000");

        Assert.Equal(SeedLine("000", 1), doc.Metadata.Headline);
        Assert.Equal("Hong Kong Free Press", doc.Metadata.Outlet);
        Assert.Equal(["Shaun Tandon"], doc.Metadata.Bylines.ToArray());
        Assert.Equal("2024-04-25", doc.Metadata.Published);
        Assert.StartsWith("https://hongkongfp.com/2024/04/25/", doc.Metadata.Url, StringComparison.Ordinal);
        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "header" && s.Value == "2024-11-25");
        Assert.Contains(doc.Metadata.Flags, f => f.Code == "date-conflict");
        Assert.Equal("en", doc.Metadata.Language);
    }

    [Fact]
    public void Seed_000_keeps_both_photo_captions_and_the_alt_text_apart()
    {
        var doc = Seed("000");

        Assert.Contains("tiktok", doc.Metadata.Captions.ToArray());
        Assert.Contains(doc.Metadata.Captions, c => c.EndsWith("Mark Schiefelbein/Pool/AFP.", StringComparison.Ordinal));
        Assert.Contains(doc.Metadata.Captions, c => c.StartsWith("File photo:", StringComparison.Ordinal));
        Assert.Contains("Pressing on Russia", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hong Kong Free Press", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_is_flagged_as_an_ai_summary_with_no_invented_metadata()
    {
        var doc = Seed("001");

        Assert.Contains(doc.Metadata.Flags, f => f.Code == "ai-summary" && f.Evidence.Length > 0);
        Assert.Empty(doc.Metadata.Bylines.ToArray());
        Assert.Null(doc.Metadata.Wire);
        Assert.Null(doc.Metadata.Published);
    }

    [Fact]
    public void Seed_002_is_reuters_copy_dated_by_its_credit_line_with_the_dateline_kept()
    {
        var doc = Seed("002");

        Assert.Equal(SeedLine("002", 0), doc.Metadata.Headline);
        Assert.Equal("Reuters", doc.Metadata.Wire);
        Assert.Equal("2024-04-24", doc.Metadata.Published);
        Assert.Empty(doc.Metadata.Bylines.ToArray());
        var lines = File.ReadLines(Directory.GetFiles(RepoPaths.Seeds, "002_*.txt").Single()).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        var opening = lines[lines.IndexOf("SHANGHAI:") + 1];
        Assert.Contains("SHANGHAI: " + opening[..40], doc.Text, StringComparison.Ordinal);
        Assert.Contains("Call for 'restraint' over Taiwan", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Metadata.Captions, c => c.EndsWith("PHOTO: REUTERS", StringComparison.Ordinal));
        Assert.Contains(doc.Metadata.Flags, f => f.Code == "republished");
    }

    [Fact]
    public void Seed_003_is_machine_translated_reuters_copy_by_the_reporter_in_the_credit_trailer()
    {
        var doc = Seed("003");

        Assert.Equal("Reuters", doc.Metadata.Wire);
        Assert.Equal(["Humeyra Pamuk"], doc.Metadata.Bylines.ToArray());
        Assert.StartsWith("WASHINGTON (Reuters) –", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Biden eleventh appointed meeting", doc.Text, StringComparison.Ordinal);
        var translation = Assert.Single(doc.Metadata.Flags, f => f.Code == "machine-translation");
        Assert.All(translation.Evidence, e => Assert.Equal(e.Text, doc.Text.Substring(e.Span.Start, e.Span.Length)));
        Assert.DoesNotContain(doc.Metadata.Flags, f => f.Code == "implausible-byline");
        Assert.Contains(doc.Metadata.Flags, f => f.Code == "republished");
    }

    [Fact]
    public void Seed_004_is_afp_copy_with_repeated_headline_captions_and_an_implausible_byline()
    {
        var doc = Seed("004");

        Assert.Equal(SeedLine("004", 1), doc.Metadata.Headline);
        Assert.Equal("AFP", doc.Metadata.Wire);
        Assert.Equal(["Teilor Stone"], doc.Metadata.Bylines.ToArray());
        Assert.Equal(4, doc.Metadata.Captions.Count(c => c == doc.Metadata.Headline));
        Assert.Equal(4, doc.Metadata.Captions.Count(c => c.Contains("© AFP", StringComparison.Ordinal)));
        Assert.Contains("– Pressure against support for Moscow –", doc.Text, StringComparison.Ordinal);
        foreach (var code in new[] { "implausible-byline", "republished", "machine-translation" })
            Assert.Contains(doc.Metadata.Flags, f => f.Code == code);
    }

    [Fact]
    public void Seed_004_without_a_stated_date_is_dated_from_its_newest_caption_and_lead_day_name_with_a_conflict_flag()
    {
        var doc = Seed("004");
        var lead = doc.Text.Split("\n\n")[0];
        var dayName = Enum.GetNames<DayOfWeek>().Where(d => lead.Contains(d, StringComparison.Ordinal)).MinBy(d => lead.IndexOf(d, StringComparison.Ordinal))!;
        var newestCaption = doc.Metadata.DateSignals.Where(s => s.Source == "caption").Max(s => DateOnly.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(doc.Metadata.Published);
        var published = DateOnly.Parse(doc.Metadata.Published!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Enum.Parse<DayOfWeek>(dayName), published.DayOfWeek);
        Assert.InRange(published.DayNumber - newestCaption.DayNumber, 0, 6);
        Assert.DoesNotContain(doc.Metadata.DateSignals, s => s.Source is "meta" or "url" or "header" or "dateline");
        var conflict = Assert.Single(doc.Metadata.Flags, f => f.Code == "date-conflict");
        Assert.Contains("no stated date", conflict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_without_any_dated_caption_or_stated_date_keep_the_date_unknown()
    {
        Assert.Null(Seed("001").Metadata.Published);
        Assert.Null(Seed("003").Metadata.Published);
    }

    [Fact]
    public void Cleaning_a_seed_twice_gives_byte_identical_output()
    {
        var path = Directory.GetFiles(RepoPaths.Seeds, "004_*.txt").Single();

        var first = Dossier.Export.Json.JsonExporter.ArticlesToJson(Cleaner.CleanFile(path));
        var second = Dossier.Export.Json.JsonExporter.ArticlesToJson(Cleaner.CleanFile(path));

        Assert.Equal(first, second);
    }
}
