using Dossier.Documents;
using Dossier.Extraction.Dates;

namespace Dossier.Tests.Extraction.Dates;

public sealed class TimeMlDocumentTests
{
    [Fact]
    public void TagsAreRemovedAndEachTimexKeepsItsWordsTypeAndValue()
    {
        const string xml = """
            <TimeML><DOCID> D1 </DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>Stocks <EVENT eid="e1">fell</EVENT> &amp; rose for <TIMEX3 tid="t1" type="DURATION" value="P5Y">five years</TIMEX3> until <TIMEX3 tid="t2" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
            </TimeML>
            """;

        var doc = TimeMlDocument.Parse(xml, "fallback");

        Assert.Equal("D1", doc.Id);
        Assert.Equal("1998-01-08", doc.CreationTime);
        Assert.Equal("Stocks fell & rose for five years until yesterday.", doc.Text);
        Assert.Equal(2, doc.Timexes.Length);
        Assert.Equal(("five years", TimexType.Duration, "P5Y"), (doc.Timexes[0].Span.Of(doc.Text), doc.Timexes[0].Type, doc.Timexes[0].Value));
        Assert.Equal(("yesterday", TimexType.Date, "1998-01-07"), (doc.Timexes[1].Span.Of(doc.Text), doc.Timexes[1].Type, doc.Timexes[1].Value));
    }

    [Fact]
    public void ADocumentWithoutTextIsAFormatError()
    {
        Assert.Throws<FormatException>(() => TimeMlDocument.Parse("<html></html>", "x"));
    }

    [Fact]
    public void ScoringCountsStrictAndRelaxedMatchesApart()
    {
        // Gold marks "Friday" alone; the resolver's "Friday night" overlaps it (relaxed) without matching exactly (strict).
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>They said <TIMEX3 tid="t1" type="DATE" value="2024-04-19">Friday</TIMEX3> night was calm.</TEXT></TimeML>
            """;

        var score = DateEvaluation.Score(new DateResolver(), TimeMlDocument.Parse(xml, "x"));

        Assert.Equal(0, score.Strict.TruePositives);
        Assert.Equal(1, score.Relaxed.TruePositives);
        Assert.Equal(0, score.ValueCorrect);
        Assert.Equal("2024-04-19TNI", Assert.Single(score.Errors).Found);
    }
}
