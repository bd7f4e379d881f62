using Dossier.Documents;

namespace Dossier.Tests.Cleaning.Flags;

public sealed class QualityFlaggerTests
{
    private static QualityFlag? Flag(Doc doc, string code) => doc.Metadata.Flags.SingleOrDefault(f => f.Code == code);

    private static void AssertEvidenceInBody(Doc doc, QualityFlag flag)
    {
        foreach (var evidence in flag.Evidence)
            Assert.Equal(evidence.Text, doc.Text.Substring(evidence.Span.Start, evidence.Span.Length));
    }

    [Fact]
    public void Spun_synonyms_and_garbled_idioms_raise_machine_translation_with_spans_into_the_body()
    {
        var doc = Cleaner.Clean("Mayor closes baths\n\nThe mayor has actually been clear, the foreign priest said, and the ball is now in the yard of the council.\n\n" +
                                "Critics said the plan was raining cats on the town, and the video clip phone call with engineers lasted greater than 3 hours.");

        var flag = Flag(doc, "machine-translation");

        Assert.NotNull(flag);
        Assert.True(flag.Evidence.Length >= 4);
        AssertEvidenceInBody(doc, flag);
    }

    [Fact]
    public void Unbalanced_curly_quotes_in_two_paragraphs_raise_machine_translation()
    {
        var doc = Cleaner.Clean("Mayor closes baths\n\n“The roof is a danger to the “public,” the mayor said on Tuesday at the town hall meeting.\n\n“We will build a new “pool,” she added, without giving a date for the work to begin.");

        Assert.NotNull(Flag(doc, "machine-translation"));
    }

    [Fact]
    public void Ordinary_reporting_raises_no_flags()
    {
        var doc = Cleaner.Clean(Cleaner.Article("“We had no choice,” the operator’s chief executive said, adding that fares had been frozen since 2013."));

        Assert.Empty(doc.Metadata.Flags);
    }

    [Fact]
    public void A_lifestyle_bio_on_wire_copy_raises_implausible_byline()
    {
        var text = "Mayor closes baths\n\nOSLO (AFP) - The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.\n\n" +
                   "Residents said they would petition for a new pool.\n\n© 2019 AFP\n\nBy Dana Wilde\n\n" +
                   "Dana Wilde has been writing about parenting, sourdough baking and home decor since 2016. Before joining the site she ran a lifestyle blog.";

        var doc = Cleaner.Clean(text);

        var flag = Flag(doc, "implausible-byline");
        Assert.NotNull(flag);
        Assert.Contains("Dana Wilde", flag.Detail, StringComparison.Ordinal);
        Assert.Equal(["Dana Wilde"], doc.Metadata.Bylines.ToArray());
    }

    [Fact]
    public void A_bio_that_fits_the_beat_and_the_agency_raises_nothing()
    {
        var text = "Mayor closes baths\n\nOSLO (Reuters) - The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.\n\n" +
                   "Residents said they would petition for a new pool.\n\n(Reporting by Jonas Berg)\n\n" +
                   "Jonas Berg is a Reuters correspondent based in Oslo who has covered Nordic politics since 2012.";

        var doc = Cleaner.Clean(text);

        Assert.Null(Flag(doc, "implausible-byline"));
    }

    [Fact]
    public void A_numbered_breakdown_without_sources_raises_ai_summary()
    {
        var text = "The Baths Closure Explained\n\nThe council decided to close the old baths in April 2019. Here's a breakdown of the key points:\n\n" +
                   "1. Background and Context:\nAging Roof: Engineers found the roof unsafe in March 2019.\nBudget Limits: Repairs would cost more than a new building.\n\n" +
                   "2. Public Reaction:\nKey Points:\nPetition Drive: Residents began collecting signatures for a new pool.\nMayor's Pledge: The mayor promised a funding decision within the year.\n\n" +
                   "3. What Comes Next:\nTimeline: A decision on a new pool is expected by the end of the year, and construction could start the following spring.\n" +
                   "Open Questions: The location and the cost of the new building remain undecided, as does the fate of the old site.\n\n" +
                   "Conclusion:\nThe closure marks the end of an era for the town and underscores the importance of maintaining public buildings in good repair for future generations of swimmers and families.";

        var doc = Cleaner.Clean(text);

        var flag = Flag(doc, "ai-summary");
        Assert.NotNull(flag);
        AssertEvidenceInBody(doc, flag);
    }

    [Fact]
    public void Wire_copy_on_an_outlet_raises_republished()
    {
        var doc = Cleaner.Clean("THE VALLEY GAZETTE | World\n\nMayor closes baths\n\nOSLO (AFP) - The council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.\n\nResidents said they would petition for a new pool.");

        var flag = Flag(doc, "republished");
        Assert.NotNull(flag);
        Assert.Equal("OSLO (AFP) -", Assert.Single(flag.Evidence).Text);
        AssertEvidenceInBody(doc, flag);
    }

    [Fact]
    public void Conflicting_header_and_url_dates_raise_date_conflict()
    {
        var doc = Cleaner.Clean("• 12/30/2021\n\nMayor closes baths\n\nThe council voted on Tuesday to close the old swimming baths at the end of the summer, after engineers found the roof unsafe.\n\nhttps://gazette.example/2019/04/02/baths/");

        var flag = Flag(doc, "date-conflict");
        Assert.NotNull(flag);
        Assert.Contains("2021-12-30", flag.Detail, StringComparison.Ordinal);
    }
}
