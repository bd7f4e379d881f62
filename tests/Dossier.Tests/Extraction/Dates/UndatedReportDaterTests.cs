using System.Text;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Dates;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Dates;

/// <summary>An undated report dated from what other reports tell of the same events (invented reports).</summary>
public sealed class UndatedReportDaterTests
{
    private static readonly DossierPipeline Pipeline = DossierPipeline.CreateDefault();

    // Written on 12 March 2024: "her previous visit in June" and the June meeting are June 2023.
    private const string DatedReport = """
        Lopez ends Hanoi trip with pledge of further talks

        By Mara Quist

        March 12, 2024

        Foreign Minister Ana Lopez met Prime Minister Li Wei in Hanoi on Monday to discuss river shipping.
        Lopez had met Li Wei in Hanoi during her previous visit in June.
        """;

    // States no date of its own: "June 18-19" and "in November" have no year, "on Friday" no week.
    private const string UndatedReport = """
        Lopez heads to Hanoi for talks on shipping

        Foreign Minister Ana Lopez will meet Prime Minister Li Wei in Hanoi on June 18-19, officials said.
        Lopez told reporters on Friday that she expected frank talks. The two leaders last spoke at a summit in November.
        Deputy Trade Minister Omar Haddad will travel with her.
        """;

    private static Doc Read(string text, string name) =>
        Pipeline.Process(new RawArticle(name, "", SourceKind.Text, text, ArticleId.Hash(Encoding.UTF8.GetBytes(text)), "utf-8"));

    private static CorpusSnapshot Corpus(params Doc[] docs) =>
        Pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id)] });

    private static string? ValueOf(Doc doc, string expression) =>
        Assert.Single(doc.Dates, d => doc[d.Span] == expression).Value;

    [Fact]
    public void AnUndatedReportTakesTheYearAndMonthAnotherReportGivesItsEventAndItsDatesResolve()
    {
        var undated = Read(UndatedReport, "undated.txt");
        Assert.Null(undated.Metadata.Published);
        Assert.Null(ValueOf(undated, "June 18-19"));

        var corpus = Corpus(Read(DatedReport, "dated.txt"), undated);
        var redated = Assert.Single(corpus.Articles, d => d.Id == undated.Id);

        Assert.Null(redated.Metadata.Published); // the report still states no date
        Assert.Equal("2023-06-18/2023-06-19", ValueOf(redated, "June 18-19"));
        Assert.Equal("2022-11", ValueOf(redated, "November")); // told as past, seen from June 2023
        Assert.Null(ValueOf(redated, "Friday")); // a month anchor places no weekday
        var meeting = Assert.Single(redated.Events, e => e.Category == "CONSULT" && redated[e.Trigger].StartsWith("meet", StringComparison.Ordinal));
        Assert.Equal("2023-06-18/2023-06-19", meeting.Date);
        var flag = Assert.Single(redated.Metadata.Flags, f => f.Code == UndatedReportDater.FlagCode);
        Assert.Contains("2023-06", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("June 18-19", Assert.Single(flag.Evidence).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoleOnlyTheUndatedReportStatesIsAsOfTheMonthItWasDatedTo()
    {
        var corpus = Corpus(Read(DatedReport, "dated.txt"), Read(UndatedReport, "undated.txt"));

        var haddad = Assert.Single(corpus.Entities, e => e.Name == "Omar Haddad");
        Assert.Equal("2023-06", Assert.Single(haddad.Roles).AsOf);
        var lopez = Assert.Single(corpus.Entities, e => e.Name == "Ana Lopez");
        Assert.All(lopez.Roles, role => Assert.Equal("2024-03-12", role.AsOf)); // stated by the dated report too
    }

    [Fact]
    public void TheMergedEventOfBothReportsIsDatedToTheMonthTheDatedReportGives()
    {
        var corpus = Corpus(Read(DatedReport, "dated.txt"), Read(UndatedReport, "undated.txt"));
        Assert.Contains(corpus.Events, e => e.Category == "CONSULT" && e.Date == "2023-06-18/2023-06-19");
    }

    [Fact]
    public void TwoReportsGivingTheEventDifferentYearsLeaveTheReportUndated()
    {
        var other = DatedReport.Replace("March 12, 2024", "March 12, 2023", StringComparison.Ordinal)
            .Replace("river shipping", "port fees", StringComparison.Ordinal);
        var undated = Read(UndatedReport, "undated.txt");
        var corpus = Corpus(Read(DatedReport, "dated.txt"), Read(other, "other.txt"), undated);
        var kept = Assert.Single(corpus.Articles, d => d.Id == undated.Id);

        Assert.Null(ValueOf(kept, "June 18-19"));
        Assert.DoesNotContain(kept.Metadata.Flags, f => f.Code == UndatedReportDater.FlagCode);
    }

    [Fact]
    public void AReportWithoutAnotherReportOfItsEventsStaysUndated()
    {
        var unrelated = DatedReport.Replace("Ana Lopez", "Omar Haddad", StringComparison.Ordinal).Replace("Lopez", "Haddad", StringComparison.Ordinal);
        var undated = Read(UndatedReport, "undated.txt");
        var corpus = Corpus(Read(unrelated, "unrelated.txt"), undated);

        Assert.Null(ValueOf(Assert.Single(corpus.Articles, d => d.Id == undated.Id), "June 18-19"));
    }

    [Fact]
    public void APastMeetingMatchedWithTheWrongYearDoesNotPullTheReportAway()
    {
        // The undated report previews a June meeting, recalls a past November meeting (the other report's November
        // is a year too late for it) and looks ahead to a November summit: written in June 2023, which both the June
        // meeting and the coming summit fit; November 2023 fits only the two November mentions of one report.
        var november = Read("Mekong summit ends\n\nDecember 2, 2023\n\nLopez and Li Wei met at the Mekong summit in November.", "november.txt");
        var undated = Read(
            "Lopez heads to Hanoi\n\nForeign Minister Ana Lopez will meet Prime Minister Li Wei in Hanoi on June 18-19.\n"
            + "Lopez and Li Wei last met at a summit in November.\nLopez and Li Wei will meet again at the Mekong summit in November.",
            "undated.txt");
        var corpus = Corpus(Read(DatedReport, "dated.txt"), november, undated);
        var redated = Assert.Single(corpus.Articles, d => d.Id == undated.Id);

        Assert.Equal("2023-06-18/2023-06-19", ValueOf(redated, "June 18-19"));
        Assert.Contains("2023-06", Assert.Single(redated.Metadata.Flags, f => f.Code == UndatedReportDater.FlagCode).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CountriesAloneDoNotVouchForAnOccasion()
    {
        // Governments meet in some June of every year: without a person in common the year stays unknown.
        var dated = Read("Vietnam and Laos review border trade\n\nMarch 12, 2024\n\nVietnam held talks with Laos in February on border trade.", "dated.txt");
        var undated = Read("Border trade talks ahead\n\nVietnam will hold talks with Laos on February 18-19 on border trade.", "undated.txt");
        Assert.Contains(dated.Events, e => e.Category == "CONSULT" && e.Date == "2024-02");
        var corpus = Corpus(dated, undated);

        Assert.Null(ValueOf(Assert.Single(corpus.Articles, d => d.Id == undated.Id), "February 18-19"));
    }

    [Fact]
    public void RunningTheStageAgainOnItsOwnOutputChangesNothing()
    {
        var first = Corpus(Read(DatedReport, "dated.txt"), Read(UndatedReport, "undated.txt"));
        var second = new UndatedReportDater().Run(first, new StageContext("report-dates", TimeProvider.System, CancellationToken.None));

        for (var i = 0; i < first.Articles.Length; i++)
        {
            Assert.Equal(first.Articles[i].Dates.Select(d => d.Value), second.Articles[i].Dates.Select(d => d.Value));
            Assert.Equal(first.Articles[i].Events.Select(e => e.Date), second.Articles[i].Events.Select(e => e.Date));
            Assert.Equal(first.Articles[i].Metadata.Flags.Select(f => f.Detail), second.Articles[i].Metadata.Flags.Select(f => f.Detail));
        }
    }
}
