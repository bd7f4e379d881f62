using Dossier.Cleaning.Boilerplate;

namespace Dossier.Tests.Cleaning.Boilerplate;

public sealed class BoilerplateRemoverTests
{
    // One line per rule family, written for these tests: each must leave the body and appear verbatim in Removed.
    public static TheoryData<string, string> FurnitureLines => new()
    {
        { "read-also", "Read also: Night market returns to the old railway yard" },
        { "read-also", "Read more: Council approves new cycle lanes" },
        { "read-also", "See also  Ten gadgets for a tidier kitchen" },
        { "read-also", "Read: Teachers vote on new pay offer" },
        { "read-also", "Related: Ferry timetable changes explained" },
        { "share", "Spread the love" },
        { "share", "Share this article" },
        { "comments", "Leave a Reply" },
        { "comments", "Your email address will not be published. Required fields are marked *" },
        { "comments", "Comment *" },
        { "comments", "Post Comment" },
        { "comments", "Comments are moderated and appear after review." },
        { "comments", "Replying to X" },
        { "donation", "Support independent journalism in the valley by becoming a member today." },
        { "donation", "Become a Gazette Patron from 5 dollars a month." },
        { "donation", "Help us keep local journalism free for every reader by donating today" },
        { "copyright", "© 2023 Portville Gazette. All rights reserved." },
        { "copyright", "(c) Valley Media Ltd. Reproduction without permission is prohibited." },
        { "standards", "Our standards: The Trust Principles." },
        { "navigation", "Home » News » Transport" },
        { "navigation", "About us | Contact | Careers | Advertise" },
        { "navigation", "Advertisement" },
        { "url", "https://gazette.example/2023/03/03/ferry-fares/" },
        { "credit-trailer", "(Reporting by Mirela Kostova; Editing by Tom Weir)" },
        { "teaser", "Harbour crane tender reopened after legal challenge. Full Story" },
        { "teaser", "Night buses to run later over the holidays [more]" },
        { "teaser", "Search our archive for older stories on the ferry. Click here" },
        { "teaser", "Also In The News" },
        { "teaser", "Sponsored Links" },
        { "timestamp", "POSTED: 2:35 pm PST December 30, 2007" },
        { "timestamp", "Last updated at 11:25am on 07.01.08" },
        { "timestamp", "Jan 09 2008 07:48 PM PST" },
        { "copyright", "Redistribution, republication or broadcast is expressly prohibited without written consent." },
        { "disclaimer", "The opinions expressed in this release do not necessarily reflect the views of this site." },
        { "disclaimer", "(This news article provided by a syndication partner)" },
        { "share", "When news happens: send us your photos and videos." },
        { "share", "Send this article to a friend by e-mail" },
        { "share", "Poll: Who was the player of the year?" },
        { "donation", "Keep up to date with the news. Receive our free E-Newsletter" },
    };

    [Theory]
    [MemberData(nameof(FurnitureLines))]
    public void Furniture_line_leaves_the_body_and_is_listed_verbatim(string rule, string line)
    {
        var doc = Cleaner.Clean(Cleaner.Article(line));

        Assert.DoesNotContain(line.Trim(), doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Metadata.Removed, removed => removed == Dossier.Cleaning.Paragraphs.Fold(line));
        Assert.Contains("Commuter groups said", doc.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(rule));
    }

    public static TheoryData<string> StoryLines => new()
    {
        "Fares will rise again in 2025",
        "– A fleet past its prime –",
        "Officials said readers could see also the plans published on the council website, which include new routes.",
        "Support for the plan was strongest among retired residents, a council survey found.",
        "Officials posted the new timetable on March 3, 2008, and said more changes would follow.",
    };

    [Theory]
    [MemberData(nameof(StoryLines))]
    public void Subheads_and_story_sentences_that_resemble_furniture_stay_in_the_body(string line)
    {
        var doc = Cleaner.Clean(Cleaner.Article(line));

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_stays_at_the_head_of_the_first_paragraph()
    {
        var doc = Cleaner.Clean(Cleaner.Article());

        Assert.StartsWith("PORTVILLE (Reuters) - The city's ferry operator", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_alone_on_its_line_joins_the_paragraph_it_opens()
    {
        var text = "Lighthouse keepers return to Cape Morrow\n\nCAPE MORROW:\n\nThe lighthouse will be staffed again from next month, the maritime authority said, after storms knocked out its automatic beacon twice this winter.\n\nThe authority said two keepers would live on site.";

        var doc = Cleaner.Clean(text);

        Assert.StartsWith("CAPE MORROW: The lighthouse will be staffed again", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_caption_and_its_duplicate_move_to_captions()
    {
        var caption = "Passengers board the morning ferry at Portville pier on March 2, 2023.";
        var doc = Cleaner.Clean(Cleaner.Article(caption, caption + " Photo: Ana Ruiz/Gazette"));

        Assert.DoesNotContain("Passengers board", doc.Text, StringComparison.Ordinal);
        Assert.Equal([caption, caption + " Photo: Ana Ruiz/Gazette"], doc.Metadata.Captions.ToArray());
    }

    [Fact]
    public void The_headline_repeated_above_a_photo_is_a_caption_not_body()
    {
        var doc = Cleaner.Clean(Cleaner.Article("Harbour ferry fares to rise for the first time in a decade", "The Portville pier at dawn © AFP – Ana Ruiz"));

        Assert.Equal(2, doc.Metadata.Captions.Length);
        Assert.Equal("Harbour ferry fares to rise for the first time in a decade", doc.Metadata.Headline);
        Assert.DoesNotContain("Harbour ferry fares to rise", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_alt_text_line_above_a_credit_is_a_caption()
    {
        var doc = Cleaner.Clean(Cleaner.Article("ferry pier", "File photo: Ana Ruiz, via Flickr."));

        Assert.Equal(["ferry pier", "File photo: Ana Ruiz, via Flickr."], doc.Metadata.Captions.ToArray());
    }

    [Fact]
    public void An_author_bio_and_stray_footer_fragments_after_the_story_are_removed()
    {
        var text = Cleaner.Article() + "\n\n© 2023 Valley Media\n\nLemon tarts\n\nValley Media\n\nMirela Kostova is a transport reporter who has covered the port since 2015. Before joining the paper she was a freelancer for regional radio.\n\nLeave a Reply";

        var doc = Cleaner.Clean(text);

        Assert.EndsWith("following over two years.", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Lemon tarts", doc.Metadata.Removed);
        Assert.Contains(doc.Metadata.Removed, line => line.StartsWith("Mirela Kostova is a transport reporter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standfirst_under_the_headline_stays_in_the_body()
    {
        var text = "Harbour ferry fares to rise\n\nOperator blames fuel costs and an ageing fleet for the first increase in ten years\n\nBy Mirela Kostova\n\n" +
                   "The city's ferry operator said on Friday it would raise fares by a fifth from June, blaming fuel costs and an ageing fleet.";

        var doc = Cleaner.Clean(text);

        Assert.StartsWith("Operator blames fuel costs", doc.Text, StringComparison.Ordinal);
        Assert.Equal("Harbour ferry fares to rise", doc.Metadata.Headline);
    }

    [Fact]
    public void Every_input_line_ends_up_in_exactly_one_place()
    {
        var lines = new[] { "Spread the love", "Home » News", "Read also: Something else entirely", "ferry pier", "File photo: Ana Ruiz, via Flickr." };
        var doc = Cleaner.Clean(Cleaner.Article(lines));

        foreach (var line in lines)
        {
            var places = (doc.Text.Contains(line, StringComparison.Ordinal) ? 1 : 0) + doc.Metadata.Removed.Count(r => r == line) + doc.Metadata.Captions.Count(c => c == line);
            Assert.Equal(1, places);
        }
    }

    [Fact]
    public void A_multi_megabyte_single_line_text_is_cleaned_without_a_stage_failure()
    {
        var line = string.Concat(Enumerable.Repeat("The council met on April 2, 2019 and said “the roof is unsafe” again. ", 70_000));

        var (doc, context) = Cleaner.Run("Baths to close\n\n" + line);

        Assert.True(doc.Text.Length > 4_000_000);
        Assert.DoesNotContain(context.Reported, d => d.Severity == Dossier.Diagnostics.Severity.Error);
    }

    [Fact]
    public void Words_counts_letters_and_digits_runs()
    {
        Assert.Equal(6, BoilerplateRemover.Words("It's a 5-day trip, said Ana."));
    }
}
