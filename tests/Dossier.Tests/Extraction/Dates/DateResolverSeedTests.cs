using Dossier.Documents;
using Dossier.Extraction.Dates;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Dates;

/// <summary>
/// The stage on the five real scraped reports, read at run time from <see cref="RepoPaths.Seeds"/> (their text is never
/// copied here). Each row names an expression, which occurrence of it, and the value worked out by hand on the calendar
/// from the report's publication date and what the report says happened when.
/// </summary>
public sealed class DateResolverSeedTests
{
    // Publication dates set by hand (the real ones), so that resolution is tested even where the cleaner finds no date
    // (001, 003) or infers a day late (004: 2024-04-24). `dossier eval dates --gold testdata/seeds-dates.json` scores the
    // seeds with the cleaner's dates instead.
    //   000 Thursday 2024-04-25 (Shanghai stop; its URL carries 2024/04/25; the "11/25/2024" line is a scrape date)
    //   001 Saturday 2024-04-27 (summary after the 24-26 April visit)
    //   002 Wednesday 2024-04-24 (arrival day in Shanghai)
    //   003 Friday 2023-06-16 (preview of the 18-19 June 2023 trip)
    //   004 Tuesday 2024-04-23 (preview: "expected in China on Wednesday")
    private static readonly Dictionary<string, string> Published = new()
    {
        ["000"] = "2024-04-25",
        ["001"] = "2024-04-27",
        ["002"] = "2024-04-24",
        ["003"] = "2023-06-16",
        ["004"] = "2024-04-23",
    };

    public static TheoryData<string, string, int, string> Annotated => new()
    {
        // 000, anchor Thu 2024-04-25
        { "000", "Thursday", 0, "2024-04-25" },          // "called Thursday": the day of the report
        { "000", "Wednesday evening", 0, "2024-04-24TEV" }, // opened his visit the evening before
        { "000", "this month", 0, "2024-04" },           // Lavrov's visit this month
        { "000", "June", 0, "2023-06" },                 // his previous visit, June 2023
        { "000", "November", 0, "2024-11" },             // re-election fight ahead
        { "000", "next month", 0, "2024-05" },           // Taiwan inauguration
        { "000", "14 years", 0, "P14Y" },
        { "000", "April 25, 2024", 0, "2024-04-25" },
        { "000", "11/25/2024", 0, "2024-11-25" },
        // 001, anchor Sat 2024-04-27
        { "001", "April 24 to 26, 2024", 0, "2024-04-24/2024-04-26" },
        // 002, anchor Wed 2024-04-24
        { "002", "Wednesday", 0, "2024-04-24" },          // arrived in Shanghai today
        { "002", "Friday", 0, "2024-04-26" },             // talks with Wang Yi ahead
        { "002", "Friday", 1, "2024-04-19" },             // an official briefing last Friday
        { "002", "Tuesday", 0, "2024-04-23" },            // Xinhua quote the day before
        { "002", "early last year", 0, "2023" },
        { "002", "November", 0, "2023-11" },              // Biden and Xi met in San Francisco
        { "002", "this weekend", 0, "2024-W16-WE" },      // Congress moved the bill on 20-21 April
        { "002", "earlier this month", 0, "2024-04" },
        { "002", "last week", 0, "2024-W16" },
        { "002", "April 11", 0, "2024-04-11" },
        { "002", "February 2022", 0, "2022-02" },
        // 003, anchor Fri 2023-06-16
        { "003", "this weekend", 0, "2023-W24-WE" },      // departs 17-18 June
        { "003", "June 18-19", 0, "2023-06-18/2023-06-19" },
        { "003", "January 2021", 0, "2021-01" },
        { "003", "five years", 0, "P5Y" },
        { "003", "Wednesday", 0, "2023-06-14" },          // pre-flight briefing
        { "003", "Tuesday night", 0, "2023-06-13TNI" },   // the tense phone call
        { "003", "Friday", 0, "2023-06-16" },             // press conference the day of the report
        { "003", "November", 0, "2022-11" },              // Biden-Xi in Bali
        { "003", "This week", 0, "2023-W24" },
        { "003", "later in the year", 0, "2023" },
        { "003", "Sunday", 0, "2023-06-11" },             // military exercises
        { "003", "earlier this month", 0, "2023-06" },
        { "003", "February", 0, "2023-02" },              // the balloon
        { "003", "September", 0, "2023-09" },             // G-20 in India
        { "003", "November", 1, "2023-11" },              // APEC in San Francisco
        { "003", "2017", 0, "2017" },
        { "003", "that month", 0, "2023-02" },            // the visit planned for the balloon month
        // 004, anchor Tue 2024-04-23
        { "004", "Wednesday", 0, "2024-04-24" },          // expected in China
        { "004", "Friday", 0, "2024-04-26" },             // talks in Beijing
        { "004", "June", 0, "2023-06" },                  // since his visit in June
        { "004", "November", 0, "2023-11" },              // San Francisco summit
        { "004", "Wednesday", 1, "2024-04-24" },          // begins his visit in Shanghai
        { "004", "November 15, 2023", 0, "2023-11-15" },
        { "004", "2010", 0, "2010" },
        { "004", "earlier this month", 0, "2024-04" },
        { "004", "a year ago", 0, "2023" },
        { "004", "February 2022", 0, "2022-02" },
        { "004", "Friday", 1, "2024-04-19" },             // said after the G7 meeting in Capri
        { "004", "November", 1, "2023-11" },              // since the November summit
        { "004", "Tuesday", 0, "2024-04-23" },            // law passed by Congress
        { "004", "this year", 0, "2024" },
    };

    [Theory]
    [MemberData(nameof(Annotated))]
    public void EachAnnotatedExpressionInTheSeedsResolvesToTheHandWorkedValue(string seed, string expression, int occurrence, string expected)
    {
        var doc = Resolve(seed);

        var matches = doc.Dates.Where(d => doc[d.Span] == expression).ToList();
        Assert.True(matches.Count > occurrence, $"{seed}: only {matches.Count} mention(s) of \"{expression}\"; found: {string.Join(" | ", doc.Dates.Select(d => doc[d.Span]))}");
        Assert.Equal(expected, matches[occurrence].Value);
    }

    [Fact]
    public void AtLeastNineteenInTwentyAnnotatedExpressionsAreRight()
    {
        var rows = Annotated.Select(row => ((string)row[0], (string)row[1], (int)row[2], (string)row[3])).ToList();
        var right = rows.Count(row =>
        {
            var doc = Resolve(row.Item1);
            var matches = doc.Dates.Where(d => doc[d.Span] == row.Item2).ToList();
            return matches.Count > row.Item3 && matches[row.Item3].Value == row.Item4;
        });
        Assert.True(right >= 0.95 * rows.Count, $"{right}/{rows.Count} right");
    }

    [Fact]
    public void WithoutAPublicationDateTheRelativeExpressionsStayUnresolved()
    {
        var doc = Resolve("002", published: null);

        Assert.All(doc.Dates.Where(d => doc[d.Span] is "Wednesday" or "Friday" or "last week" or "earlier this month"),
            d => Assert.Null(d.Value));
        Assert.Contains(doc.Dates, d => doc[d.Span] == "February 2022" && d.Value == "2022-02");
    }

    private static Doc Resolve(string seed) => Resolve(seed, Published[seed]);

    private static Doc Resolve(string seed, string? published)
    {
        var path = Directory.EnumerateFiles(RepoPaths.Seeds, seed + "_*.txt").Single();
        var text = File.ReadAllText(path);
        var raw = new RawArticle(path, "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
        var doc = Doc.From(raw) with { Text = text, Metadata = new ArticleMetadata { Published = published } };
        return new DateResolver().Run(doc, new StageContext("dates", TimeProvider.System, CancellationToken.None));
    }
}
