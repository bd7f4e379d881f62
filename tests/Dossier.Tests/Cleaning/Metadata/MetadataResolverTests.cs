using Dossier.Ingest;

namespace Dossier.Tests.Cleaning.Metadata;

public sealed class MetadataResolverTests
{
    private const string Body = "The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.\n\n" +
                                "Residents said they would petition for a new pool, and the mayor promised a decision on funding within the year.";

    // Header variants seen in scraped news, written for these tests, with what each must yield.
    public static TheoryData<string, string?, string?, string[], string?, string?> Headers => new()
    {
        // header text, headline, outlet, bylines, wire, published
        { "Baths to close after roof found unsafe\n\nBy Jonas Berg\n\nApril 2, 2019", "Baths to close after roof found unsafe", null, ["Jonas Berg"], null, "2019-04-02" },
        { "THE VALLEY GAZETTE | Local | Leisure\n\nBaths to close after roof found unsafe\n\nBy Jonas Berg and Ama Owusu\n\nPublished 2 April 2019, 6:10pm BST", "Baths to close after roof found unsafe", "The Valley Gazette", ["Jonas Berg", "Ama Owusu"], null, "2019-04-02" },
        { "Baths to close after roof found unsafe\n\nBy Jonas Berg\n\nThe Riverside Herald | April 2, 2019", "Baths to close after roof found unsafe", "The Riverside Herald", ["Jonas Berg"], null, "2019-04-02" },
        { "Baths to close after roof found unsafe\n\nTownBrief Daily | Updated: 02/04/2019", "Baths to close after roof found unsafe", "TownBrief Daily", [], null, "2019-04-02" },
        { "Baths to close after roof found unsafe\n\nApril 3, 2019 by Jonas Berg", "Baths to close after roof found unsafe", null, ["Jonas Berg"], null, "2019-04-03" },
        { "Baths to close after roof found unsafe\n\nReuters April 2, 2019", "Baths to close after roof found unsafe", "Reuters", [], "Reuters", "2019-04-02" },
        { "Baths to close after roof found unsafe\n\nBy Staff Reporter\n\nTuesday 2 April 2019", "Baths to close after roof found unsafe", null, [], null, "2019-04-02" },
        { "Baths to close after roof found unsafe\n\nBy Jonas Berg in Bergen\n\nPublished: 2019-04-02", "Baths to close after roof found unsafe", null, ["Jonas Berg"], null, "2019-04-02" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Header_lines_give_headline_outlet_bylines_wire_and_date(string header, string? headline, string? outlet, string[] bylines, string? wire, string? published)
    {
        var doc = Cleaner.Clean(header + "\n\n" + Body);

        Assert.Equal(headline, doc.Metadata.Headline);
        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(bylines, doc.Metadata.Bylines.ToArray());
        Assert.Equal(wire, doc.Metadata.Wire);
        Assert.Equal(published, doc.Metadata.Published);
        Assert.StartsWith("The council voted on Tuesday", doc.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WireCredits => new()
    {
        { "OSLO (AFP) - The council voted on Tuesday to close the old swimming baths at the end of the summer.", "AFP" },
        { "OSLO, April 2 (Reuters) - The council voted on Tuesday to close the old swimming baths at the end of the summer.", "Reuters" },
        { "OSLO (AP) — The council voted on Tuesday to close the old swimming baths at the end of the summer.", "AP" },
        { "The council voted on Tuesday to close the old swimming baths at the end of the summer, officials said today.\n\n© 2019 AFP", "AFP" },
        { "The council voted on Tuesday to close the old swimming baths at the end of the summer, officials said today.\n\nAll rights reserved. © (2019) Agence France-Presse", "AFP" },
        { "OSLO (Xinhua) -- The council voted on Tuesday to close the old swimming baths at the end of the summer.", "Xinhua" },
    };

    [Theory]
    [MemberData(nameof(WireCredits))]
    public void Agency_credits_name_the_wire(string text, string wire)
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + text);

        Assert.Equal(wire, doc.Metadata.Wire);
    }

    [Fact]
    public void A_news_agency_quoted_in_the_story_is_not_the_wire()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\nThe mayor told Reuters on Tuesday that the baths would close at the end of the summer, after engineers found the roof unsafe.\n\nA photo of the roof was taken on April 1, 2019. Photo: Ana Ruiz/AFP");

        Assert.Null(doc.Metadata.Wire);
    }

    [Fact]
    public void A_trailing_url_line_is_the_canonical_url_and_dates_the_article()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + Body + "\n\nhttps://valleygazette.example/2019/04/02/baths-to-close/");

        Assert.Equal("https://valleygazette.example/2019/04/02/baths-to-close/", doc.Metadata.Url);
        Assert.Equal("2019-04-02", doc.Metadata.Published);
        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "url" && s.Value == "2019-04-02");
    }

    [Fact]
    public void A_copyright_holder_is_the_outlet_when_nothing_else_names_one()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + Body + "\n\n© 2019 Fjordpost Online Ltd. All rights reserved.");

        Assert.Equal("Fjordpost Online", doc.Metadata.Outlet);
    }

    [Fact]
    public void Reporting_credit_trailer_gives_the_byline_but_not_editors_or_helpers()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + Body + "\n\n(Reporting by Jonas Berg; Additional reporting by Ama Owusu in Bergen; Editing by Tom Weir)");

        Assert.Equal(["Jonas Berg"], doc.Metadata.Bylines.ToArray());
    }

    [Fact]
    public void Wire_copy_with_no_outlet_named_is_credited_to_the_agency()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\nOSLO (AFP) - " + Body);

        Assert.Equal("AFP", doc.Metadata.Outlet);
        Assert.DoesNotContain(doc.Metadata.Flags, f => f.Code == "republished");
    }

    [Fact]
    public void Every_date_signal_is_kept_even_when_it_loses()
    {
        var doc = Cleaner.Clean("• 12/30/2021\n\nBaths to close after roof found unsafe\n\n" + Body + "\n\nhttps://valleygazette.example/2019/04/02/baths-to-close/");

        Assert.Equal("2019-04-02", doc.Metadata.Published);
        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "header" && s.Value == "2021-12-30");
        Assert.Contains(doc.Metadata.Flags, f => f.Code == "date-conflict");
    }

    [Fact]
    public void The_lead_day_name_supports_the_strong_date_it_fits()
    {
        // 2 April 2019 was a Tuesday; 30 December 2021 a Thursday. Header and URL weigh the same; the lead decides.
        var doc = Cleaner.Clean("• 12/30/2021\n\nBaths to close after roof found unsafe\n\n" + Body + "\n\nhttps://valleygazette.example/2019/04/02/baths-to-close/");

        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "text" && s.Value == "2019-04-02" && s.Text == "Tuesday");
        Assert.DoesNotContain(doc.Metadata.DateSignals, s => s.Source == "text" && s.Value == "2021-12-30");
        Assert.Equal("2019-04-02", doc.Metadata.Published);
    }

    [Fact]
    public void Dates_only_in_the_text_leave_the_publication_date_unknown()
    {
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + Body + "\n\nThe baths opened on April 1, 1931, and were listed on May 2, 1990.");

        Assert.Null(doc.Metadata.Published);
        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "text" && s.Value == "1931-04-01");
    }

    [Fact]
    public void Without_a_stated_date_the_lead_day_name_after_the_newest_photo_dates_the_story_and_is_flagged()
    {
        // 1 April 2019 was a Monday; the lead's "Tuesday" is the next day.
        var doc = Cleaner.Clean("Baths to close after roof found unsafe\n\n" + Body + "\n\nThe roof on April 1, 2019. Photo: Ana Ruiz/Gazette\n\nThe old pool on March 2, 2017. Photo: Ana Ruiz/Gazette");

        Assert.Equal("2019-04-02", doc.Metadata.Published);
        Assert.Contains(doc.Metadata.DateSignals, s => s.Source == "text" && s.Value == "2019-04-02" && s.Text == "Tuesday");
        var conflict = Assert.Single(doc.Metadata.Flags, f => f.Code == "date-conflict");
        Assert.Contains("2017-03-02", conflict.Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Languages => new()
    {
        { "The council said that the baths would close at the end of the summer and that a new pool was being planned for the town.", "en" },
        { "Der Stadtrat hat am Dienstag beschlossen, dass das alte Hallenbad im Sommer geschlossen wird, weil das Dach nicht mehr sicher ist und die Kosten zu hoch sind.", "de" },
        { "Le conseil a décidé mardi de fermer la vieille piscine à la fin de l'été, car le toit n'est plus sûr et les travaux sont trop chers pour la ville.", "fr" },
        { "El consejo decidió el martes cerrar la piscina antigua al final del verano, porque el techo no es seguro y las obras son muy caras para la ciudad.", "es" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Language_comes_from_the_body_text(string body, string language)
    {
        var doc = Cleaner.Clean("Headline for the language test\n\n" + body);

        Assert.Equal(language, doc.Metadata.Language);
    }

    [Fact]
    public void Html_meta_tags_json_ld_and_canonical_link_give_the_metadata()
    {
        var html = """
            <html lang="en"><head><title>Baths to close | Valley Gazette</title>
            <meta property="og:title" content="Baths to close">
            <meta property="og:site_name" content="Valley Gazette">
            <meta property="article:published_time" content="2019-04-02T23:30:00-05:00">
            <link rel="canonical" href="https://valleygazette.example/local/baths-to-close">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jonas Berg"},{"@type":"Person","name":"Ama Owusu"}]}</script>
            </head><body><article><h1>Baths to close</h1>
            <p>The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.</p>
            <p>Residents said they would petition for a new pool, and the mayor promised a decision on funding within the year.</p>
            </article></body></html>
            """;

        var doc = Cleaner.Clean(html, SourceKind.Html);

        Assert.Equal("Baths to close", doc.Metadata.Headline);
        Assert.Equal("Valley Gazette", doc.Metadata.Outlet);
        Assert.Equal(["Jonas Berg", "Ama Owusu"], doc.Metadata.Bylines.ToArray());
        Assert.Equal("https://valleygazette.example/local/baths-to-close", doc.Metadata.Url);
        // The local calendar day of the timestamp, not its UTC day.
        Assert.Equal("2019-04-02", doc.Metadata.Published);
        Assert.Equal("en", doc.Metadata.Language);
    }
}
