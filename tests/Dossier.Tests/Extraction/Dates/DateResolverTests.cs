using Dossier.Documents;
using Dossier.Extraction.Dates;

namespace Dossier.Tests.Extraction.Dates;

/// <summary>The resolver on hand-written sentences: each row is text · anchor · expression · expected value.</summary>
/// <remarks>Anchors: Monday 2024-04-22 (ISO week 17) unless stated. Expected values were worked out on the calendar.</remarks>
public sealed class DateResolverTests
{
    private const string Monday = "2024-04-22";
    private static readonly DateResolver Resolver = new();

    public static TheoryData<string, string?, string, string?> AbsoluteDates => new()
    {
        { "The ministers first met on 3 March 2021 in Geneva.", Monday, "3 March 2021", "2021-03-03" },
        { "The accord was signed on March 3, 2021, after long talks.", Monday, "March 3, 2021", "2021-03-03" },
        { "The conference opens Tuesday, May 14, 2024, in Lima.", Monday, "Tuesday, May 14, 2024", "2024-05-14" },
        { "Filed Nov. 9, 1989 by the clerk.", Monday, "Nov. 9, 1989", "1989-11-09" },
        { "Fresh tallies are due on 11/25/2024 at the latest.", Monday, "11/25/2024", "2024-11-25" },
        { "Registration closed on 25/11/2023 for all teams.", Monday, "25/11/2023", "2023-11-25" },
        { "Posted 25/11/2024. Updated 05/12/2024 with new figures.", Monday, "05/12/2024", "2024-12-05" },
        { "The memo is dated 2023-09-14 in the archive.", Monday, "2023-09-14", "2023-09-14" },
        { "Talks resumed in September 2023 after a pause.", Monday, "September 2023", "2023-09" },
        { "The levy took effect in 2019 across the region.", Monday, "2019", "2019" },
        { "Prices doubled in the 1990s across the region.", Monday, "the 1990s", "199" },
        { "The trade fair ran from March 4 to 6, 2022 in Milan.", Monday, "March 4 to 6, 2022", "2022-03-04/2022-03-06" },
        { "Delegates gathered on 10-12 April 2024 in Oslo.", Monday, "10-12 April 2024", "2024-04-10/2024-04-12" },
        { "The pair met from April 30 to May 2 in Rome, aides said.", "2024-05-06", "April 30 to May 2", "2024-04-30/2024-05-02" },
        { "Revenue rose in the third quarter of 2023, the firm said.", Monday, "the third quarter of 2023", "2023-Q3" },
    };

    public static TheoryData<string, string?, string, string?> PartialDates => new()
    {
        { "The delegation arrived on April 11 and left two days later.", Monday, "April 11", "2024-04-11" },
        { "The general election will be held on November 5.", Monday, "November 5", "2024-11-05" },
        { "The spokeswoman said the vote took place on 2 December.", Monday, "2 December", "2023-12-02" },
        { "The talks were held on December 12 in a hotel.", Monday, "December 12", "2023-12-12" },
        { "Payments are scheduled for June 3.", Monday, "June 3", "2024-06-03" },
        { "The mill closed in February, workers said.", Monday, "February", "2024-02" },
        { "The new rules will start in June.", Monday, "June", "2024-06" },
        { "Ties have improved since his previous trip in June.", Monday, "June", "2023-06" },
        { "The forum runs June 18-19 in Vienna.", Monday, "June 18-19", "2024-06-18/2024-06-19" },
        { "The leaders met in November in Lima.", Monday, "November", "2023-11" },
        { "She faces a hard campaign before the vote in November.", Monday, "November", "2024-11" },
        { "The cabinet fell last November after a vote.", Monday, "last November", "2023-11" },
    };

    public static TheoryData<string, string?, string, string?> Weekdays => new()
    {
        { "The spokesman said on Friday that the plan was ready.", Monday, "Friday", "2024-04-19" },
        { "The two ministers will meet on Friday in Cairo.", Monday, "Friday", "2024-04-26" },
        { "The envoy is expected in Cairo on Wednesday.", Monday, "Wednesday", "2024-04-24" },
        { "Prices fell sharply Thursday on the exchange.", Monday, "Thursday", "2024-04-18" },
        { "The board met Monday and approved the budget.", Monday, "Monday", "2024-04-22" },
        { "Officials spoke last Tuesday by telephone.", Monday, "last Tuesday", "2024-04-16" },
        { "They meet again next Tuesday in Lagos.", Monday, "next Tuesday", "2024-04-23" },
        { "The final vote is this Thursday.", Monday, "this Thursday", "2024-04-25" },
        { "The storm hit on Sunday night near the coast.", Monday, "Sunday night", "2024-04-21TNI" },
        { "The shelling began late on Saturday evening.", Monday, "Saturday evening", "2024-04-20TEV" },
        { "Rescue teams are due to return on Sunday.", "2024-04-26", "Sunday", "2024-04-28" },
        { "The minister, who arrived on Thursday, will leave on Tuesday.", "2024-04-26", "Tuesday", "2024-04-30" },
        { "The minister, who arrived on Thursday, will leave on Tuesday.", "2024-04-26", "Thursday", "2024-04-25" },
    };

    public static TheoryData<string, string?, string, string?> RelativeDays => new()
    {
        { "The rally went ahead yesterday despite the rain.", Monday, "yesterday", "2024-04-21" },
        { "The mayor speaks today at noon.", Monday, "today", "2024-04-22" },
        { "Voting closes tomorrow in the north.", Monday, "tomorrow", "2024-04-23" },
        { "The results come out tonight.", Monday, "tonight", "2024-04-22TNI" },
        { "Gunfire was heard last night in the capital.", Monday, "last night", "2024-04-21TNI" },
        { "Crews resumed work this morning after a pause.", Monday, "this morning", "2024-04-22TMO" },
        { "The deal was struck yesterday afternoon.", Monday, "yesterday afternoon", "2024-04-21TAF" },
    };

    public static TheoryData<string, string?, string, string?> RelativeUnits => new()
    {
        { "The two sides talked last week by video.", Monday, "last week", "2024-W16" },
        { "The ministers meet again next week.", Monday, "next week", "2024-W18" },
        { "Inflation figures are out this week.", Monday, "this week", "2024-W17" },
        { "Exports fell last month by a tenth.", Monday, "last month", "2024-03" },
        { "The treaty comes into force next month.", Monday, "next month", "2024-05" },
        { "The mill reopened earlier this month.", Monday, "earlier this month", "2024-04" },
        { "A decision is expected later this month.", Monday, "later this month", "2024-04" },
        { "Growth slowed last year to two percent.", Monday, "last year", "2023" },
        { "Elections are due next year.", Monday, "next year", "2025" },
        { "A second round follows later this year.", Monday, "later this year", "2024" },
        { "The team flies to Madrid this weekend for the final.", Monday, "this weekend", "2024-W17-WE" },
        { "Protesters marched last weekend in the centre.", Monday, "last weekend", "2024-W16-WE" },
        { "The vessel docked on March 3, 2021. The day before, it had lost power.", Monday, "The day before", "2021-03-02" },
        { "The vessel docked on March 3, 2021. The next day it sailed on.", Monday, "The next day", "2021-03-04" },
        { "A strike hit the port in February 2023, and a visit planned for that month was called off.", Monday, "that month", "2023-02" },
        { "The plant opened three years ago near the river.", Monday, "three years ago", "2021" },
        { "The bridge was closed two weeks ago for repairs.", Monday, "two weeks ago", "2024-04-08" },
        { "The scheme began six months ago.", Monday, "six months ago", "2023-10" },
        { "The first load left 10 days ago.", Monday, "10 days ago", "2024-04-12" },
        { "It is the first such visit since 2018.", Monday, "2018", "2018" },
        { "Farm prices are the main worry in this election year.", Monday, "this election year", "2024" },
        { "Enrolment fell in the last school year.", Monday, "the last school year", "2023" },
    };

    public static TheoryData<string, string?, string, string?> Durations => new()
    {
        { "It was the first visit by a foreign minister in 14 years.", Monday, "14 years", "P14Y" },
        { "The talks lasted more than five hours.", Monday, "more than five hours", "PT5H" },
        { "She began a three-day visit to Peru.", Monday, "three-day", "P3D" },
        { "The border stayed shut for two weeks.", Monday, "two weeks", "P2W" },
        { "The loan runs for 18 months.", Monday, "18 months", "P18M" },
        { "Rents have risen for a decade.", Monday, "a decade", "P10Y" },
        { "A day before meeting the board, the envoy toured the port.", Monday, "A day", "P1D" },
        { "After years of drought the lake has filled.", Monday, "years", "PXY" },
        { "The pact collapsed just days after the vote.", Monday, "days", "PXD" },
        { "Repairs could take weeks or months.", Monday, "weeks", "PXW" },
        { "The bulletin is published daily.", Monday, "daily", "P1D" },
        { "The council meets every Thursday.", Monday, "every Thursday", "XXXX-WXX-4" },
    };

    /// <summary>Habits of results reporting and broadcast transcripts, as TimeBank writes them.</summary>
    public static TheoryData<string, string?, string, string?> ReportingAndTranscripts => new()
    {
        { "Sales rose 4% for the year, the brewer said.", "1989-10-26", "the year", "1989" },
        { "It earned $5 million in the year ended June 30.", "1989-10-26", "the year", "P1Y" },
        { "Profit fell in the latest fiscal year as costs rose.", "1989-10-26", "the latest fiscal year", "1988" },
        { "Output will double by the end of the year.", "1989-10-26", "the end of the year", "1989" },
        { "Complaints rose sharply over the past year.", "1998-03-03", "the past year", "1997" },
        { "Rates should stay low for the next year or so.", "1998-03-03", "the next year", "1999" },
        { "The index closed at 612 on Oct. 13, 1989, down from the previous Friday.", "1989-10-30", "the previous Friday", "1989-10-06" },
        { "The shop was sold on June 2, 1998, and reopened the following Monday.", "1998-07-01", "the following Monday", "1998-06-08" },
        { "Margins should widen in this year's fourth quarter.", "1989-10-26", "this year's fourth quarter", "1989-Q4" },
        { "Orders will pick up in next year's first half.", "1989-10-26", "next year's first half", "1990-H1" },
        { "Net income rose 8% from last year's quarter.", "1989-10-26", "last year's quarter", "1988-Q3" },
        { "Sales were $40 million, up from $31 million in the 1988 period.", "1989-10-26", "the 1988 period", "1988-Q3" },
        { "Sales were $40 million, up from $31 million in the 1988 period.", "1990-02-10", "the 1988 period", "1988-Q4" },
        { "Orchards in the valley bloom each April.", Monday, "each April", "XXXX-04" },
        { "The floods of January nineteen ninety-seven ruined the crop.", "1998-02-27", "January nineteen ninety-seven", "1997-01" },
        { "It was the coldest since the winter of nineteen ninety-four.", "1998-02-27", "the winter of nineteen ninety-four", "1994-WI" },
    };

    public static TheoryData<string, string?, string, string?> UnknownOrPartialAnchor => new()
    {
        { "The spokesman said on Friday that the plan was ready.", null, "Friday", null },
        { "The treaty comes into force next month.", null, "next month", null },
        { "The accord was signed on March 3, 2021.", null, "March 3, 2021", "2021-03-03" },
        { "Growth slowed last year to two percent.", "2024", "last year", "2023" },
        { "The spokesman said on Friday that the plan was ready.", "2024-04", "Friday", null },
        { "The treaty comes into force next month.", "2024-04", "next month", "2024-05" },
        { "The delegation arrived on April 11.", "2024", "April 11", null },
        // A month anchor (a report dated from other reports): a month-day in that month is in its year, another month
        // goes the way the tense points; a weekday still needs the day.
        { "The envoy will hold talks in Hanoi on June 18-19.", "2023-06", "June 18-19", "2023-06-18/2023-06-19" },
        { "The envoy will arrive on June 18.", "2023-06", "June 18", "2023-06-18" },
        { "The two leaders agreed on it at a summit on November 14.", "2023-06", "November 14", "2022-11-14" },
        { "The two leaders will meet again on November 14.", "2023-06", "November 14", "2023-11-14" },
        { "The envoy spoke to reporters on Friday.", "2023-06", "Friday", null },
        // The month "that month" points back to has no known year, so neither has it (not the earlier dated year).
        { "The port was built in 1998. A strike hit it in March, and a visit planned for that month was dropped.", null, "that month", null },
        { "The port was built in 1998. A strike hit it in March, and a visit planned for that month was dropped.", "2024", "that month", null },
    };

    [Theory]
    [MemberData(nameof(AbsoluteDates))]
    [MemberData(nameof(PartialDates))]
    [MemberData(nameof(Weekdays))]
    [MemberData(nameof(RelativeDays))]
    [MemberData(nameof(RelativeUnits))]
    [MemberData(nameof(Durations))]
    [MemberData(nameof(UnknownOrPartialAnchor))]
    [MemberData(nameof(ReportingAndTranscripts))]
    public void EachExpressionIsFoundAndResolvedAgainstTheAnchor(string text, string? anchor, string expression, string? value)
    {
        var mentions = Resolver.Resolve(text, anchor);

        var mention = Assert.Single(mentions, m => m.Span.Of(text) == expression);
        Assert.Equal(value, mention.Value);
    }

    [Fact]
    public void TheFirstInFourteenYearsImpliesTheYearOfTheLastTime()
    {
        const string text = "It was the first visit by a foreign minister in 14 years.";
        var mention = Assert.Single(Resolver.Resolve(text, "2024-04-22"), m => m.Span.Of(text) == "14 years");

        Assert.Equal(TimexType.Duration, mention.Type);
        Assert.Equal("2010", mention.Implied);
        Assert.Equal("in", mention.Cue?.Of(text));
    }

    [Fact]
    public void TheCueWordIsKeptAsEvidenceOfTheExpression()
    {
        const string text = "The two ministers will meet on Friday in Cairo.";
        var mention = Assert.Single(Resolver.Resolve(text, Monday));

        Assert.Equal("on Friday", mention.Evidence.Of(text));
        Assert.Contains("future", mention.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials may meet again soon.")]
    [InlineData("Supporters march through the centre.")]
    [InlineData("A 14-year-old student won the prize.")]
    [InlineData("About 2000 people joined the protest.")]
    [InlineData("The fall of the old regime surprised many.")]
    [InlineData("Those were the glory days of the club.")]
    public void WordsThatOnlyLookLikeDatesAreLeftAlone(string text)
    {
        Assert.Empty(Resolver.Resolve(text, Monday));
    }

    [Fact]
    public void TheStageReadsTheAnchorFromThePublicationDate()
    {
        const string text = "The ministers will meet on Friday.";
        var doc = Doc.From(new Dossier.Ingest.RawArticle("x.txt", "", Dossier.Ingest.SourceKind.Text, text, ArticleId.Hash([1]), "utf-8"))
            with { Text = text, Metadata = new ArticleMetadata { Published = "2024-04-22" } };

        var result = new DateResolver().Run(doc, new Dossier.Pipeline.StageContext("dates", TimeProvider.System, default));

        Assert.Equal("2024-04-26", Assert.Single(result.Dates).Value);
    }

    [Fact]
    public void TheSameTextGivesTheSameMentionsEveryTime()
    {
        const string text = "The two ministers will meet on Friday, three years after talks in June 2021.";
        Assert.Equal(Resolver.Resolve(text, Monday).ToArray(), new DateResolver().Resolve(text, Monday).ToArray());
    }
}
