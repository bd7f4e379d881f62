using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Export.Json;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Events;

public sealed class EventMergerTests
{
    private static CorpusSnapshot Merge(params string[] texts)
    {
        var pipeline = DossierPipeline.CreateDefault();
        var docs = texts.Select((text, i) => QuoteEvaluation.Annotate(pipeline, text, $"r{i}.txt")).ToArray();
        var corpus = CorpusSnapshot.Empty with { Articles = [.. docs] };
        return new EventMerger().Run(corpus, new StageContext("event-merge", TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public void TheSameEventInTwoReportsIsOneEventAndALaterReportThatItHappenedBeatsThePlan()
    {
        var corpus = Merge(
            "Foreign Minister Ana Lopez will meet Premier Li Wei in Hanoi.",
            "Lopez met Li in Hanoi on Friday, officials in both capitals confirmed.");
        var merged = Assert.Single(corpus.Events, e => e.Category == "CONSULT");
        Assert.Equal("happened", merged.Status);
        Assert.Equal(2, merged.Evidence.Length);
        Assert.Contains("Lopez", Assert.Single(merged.Actors), StringComparison.Ordinal);
        Assert.Contains("Li", Assert.Single(merged.Targets), StringComparison.Ordinal);
        Assert.StartsWith("v-", merged.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void ACallLastWeekAndTheSameCallOnItsDayAreOneDatedEvent()
    {
        // Two reports of one call: a later one dates it "last week", the other names the day. With its days known
        // from the Dates layer, the merged event carries the precise date and evidence from both.
        var pipeline = DossierPipeline.CreateDefault();
        const string week = "Defence Minister Ana Lopez held a video call with her counterpart Li Wei last week.";
        const string day = "Lopez spoke with Li Wei by video on Tuesday.";
        var a = QuoteEvaluation.Annotate(pipeline, week, "a.txt");
        var b = QuoteEvaluation.Annotate(pipeline, day, "b.txt");
        a = a with
        {
            Layers = a.Layers | global::Dossier.Pipeline.Layers.Dates,
            Dates = [new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(week.IndexOf("last week", StringComparison.Ordinal), week.IndexOf("last week", StringComparison.Ordinal) + 9), "2024-W16")],
        };
        b = b with
        {
            Layers = b.Layers | global::Dossier.Pipeline.Layers.Dates,
            Dates = [new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(day.IndexOf("Tuesday", StringComparison.Ordinal), day.IndexOf("Tuesday", StringComparison.Ordinal) + 7), "2024-04-16")],
        };
        a = a with { Events = EventExtractor.Extract(a) };
        b = b with { Events = EventExtractor.Extract(b) };
        Assert.Equal("2024-04-15/2024-04-21", Assert.Single(a.Events).Date);

        var corpus = new EventMerger().Run(CorpusSnapshot.Empty with { Articles = [a, b] }, new StageContext("event-merge", TimeProvider.System, CancellationToken.None));
        var merged = Assert.Single(corpus.Events);
        Assert.Equal("2024-04-16", merged.Date);
        Assert.Equal("phone", merged.Mode);
        Assert.Equal(2, merged.Evidence.Length);
    }

    [Fact]
    public void APronounActorMergesWithTheNamedReportOfTheSameMeeting()
    {
        var corpus = Merge(
            "Foreign Minister Ana Lopez landed in Hanoi on Thursday. On Friday she met Premier Li Wei.",
            "Lopez met Li in Hanoi, officials said.");
        var merged = Assert.Single(corpus.Events, e => e.Category == "CONSULT" && e.Mode == "");
        Assert.Equal(2, merged.Evidence.Length);
    }

    [Fact]
    public void DifferentEventsStayApart()
    {
        var corpus = Merge("Lopez met Li in Hanoi.", "Lopez accused Freedonia of spying.");
        Assert.Equal(2, corpus.Events.Length);
    }

    [Fact]
    public void AVisitAndAMeetingDuringItStayApart()
    {
        var corpus = Merge("Lopez visited Hanoi.", "Lopez met students in Hanoi.", "Lopez travelled to Hanoi.");
        Assert.Single(corpus.Events, e => e.Mode == "visit" && e.Evidence.Length == 2);
        Assert.Single(corpus.Events, e => e.Mode == "" && e.Evidence.Length == 1);
    }

    [Fact]
    public void VisitsToDifferentPlacesStayApart()
    {
        var corpus = Merge("Lopez visited Hanoi.", "Lopez visited Tarsis.");
        Assert.Equal(2, corpus.Events.Length);
    }

    [Fact]
    public void ANamelessPartyIsNoActorAndNoTarget()
    {
        // "The two sides" and "another source" name no one: the record keeps no such party.
        var corpus = Merge("The two sides met in Hanoi.", "Another source accused Freedonia of spying.");
        Assert.DoesNotContain(corpus.Events, e => e.Actors.Any(a => a.Contains("two sides", StringComparison.OrdinalIgnoreCase) || a.Contains("Another", StringComparison.Ordinal)));
    }

    [Fact]
    public void OneReportTellingTwoDatesTellsTwoOccasions()
    {
        var pipeline = DossierPipeline.CreateDefault();
        const string text = "Lopez spoke with Li early in the month. Lopez will hold talks on Friday with Li.";
        var doc = QuoteEvaluation.Annotate(pipeline, text, "a.txt");
        var month = text.IndexOf("early in the month", StringComparison.Ordinal);
        var friday = text.IndexOf("on Friday", StringComparison.Ordinal);
        doc = doc with
        {
            Layers = doc.Layers | global::Dossier.Pipeline.Layers.Dates,
            Dates =
            [
                new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(month, month + 18), "2024-04"),
                new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(friday, friday + 9), "2024-04-26"),
            ],
        };
        doc = doc with { Events = EventExtractor.Extract(doc) };
        var corpus = new EventMerger().Run(CorpusSnapshot.Empty with { Articles = [doc] }, new StageContext("event-merge", TimeProvider.System, CancellationToken.None));
        Assert.Equal(2, corpus.Events.Count(e => e.Category == "CONSULT"));
    }

    // The whole corpus pipeline, entities included, so that parties key to entities and their stated roles.
    private static CorpusSnapshot MergeWithEntities(params string[] texts)
    {
        var pipeline = DossierPipeline.CreateDefault();
        var docs = texts.Select((text, i) => QuoteEvaluation.Annotate(pipeline, text, $"r{i}.txt")).ToArray();
        return pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs] });
    }

    private static string NameOf(CorpusSnapshot corpus, string id) => corpus.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    [Fact]
    public void AMeetingIsOneWhicheverSideTheSentenceMakesItsSubject()
    {
        var corpus = Merge("Premier Li Wei held discussions with Foreign Minister Ana Lopez in Hanoi.", "Lopez met Li in Hanoi.");
        Assert.Equal(2, Assert.Single(corpus.Events, e => e.Category == "CONSULT").Evidence.Length);
    }

    [Fact]
    public void OneReportTellingACallDoneAndTalksToComeTellsTwoOccasions()
    {
        var corpus = Merge("Lopez spoke with Li. Lopez will hold talks with Li.");
        Assert.Equal(2, corpus.Events.Count(e => e.Category == "CONSULT"));
    }

    [Fact]
    public void UndatedWarningsInTwoReportsStayApartButUndatedMeetingsMerge()
    {
        // Warnings are made again and again: two undated ones may be two statements; a meeting is an occasion.
        var corpus = Merge("Ruritania warned Freedonia against new tariffs.", "Ruritania warned Freedonia again.");
        Assert.Equal(2, corpus.Events.Count(e => e.Category == "THREATEN"));
        Assert.Single(Merge("Lopez met Li in Hanoi.", "Lopez met Li.").Events);
    }

    [Fact]
    public void ACapitalsLeadersAndTheCountrysLeadersAreOneSide()
    {
        var corpus = MergeWithEntities("Foreign Minister Ana Lopez will meet Hanoi's top brass on Friday.", "Lopez will hold talks with Vietnam's leaders.");
        var merged = Assert.Single(corpus.Events, e => e.Category == "CONSULT");
        Assert.Equal(2, merged.Evidence.Length);
    }

    [Fact]
    public void ADescriptionOfAnOfficeIsThePersonTheReportSaysHoldsIt()
    {
        // "the local Green Party leader" names no one; the report states Haddad's office in that party.
        var corpus = MergeWithEntities(
            "Lopez, visiting the local Green Party leader in a hall overlooking the harbour, said ties were strong.\n\n"
            + "Omar Haddad, Secretary of the Tarsis Committee of the Green Party, welcomed Lopez warmly.");
        var visit = Assert.Single(corpus.Events, e => e.Triggers.Any(t => t.Text == "visiting"));
        Assert.Equal("Omar Haddad", NameOf(corpus, Assert.Single(visit.Targets)));
    }

    [Fact]
    public void ALeadersAdministrationActsForTheLeader()
    {
        var corpus = MergeWithEntities("President Ana Lopez spoke on Monday. The Lopez administration accused Freedonia of spying.");
        var accusation = Assert.Single(corpus.Events, e => e.Category == "ACCUSE");
        Assert.Equal("Ana Lopez", NameOf(corpus, Assert.Single(accusation.Actors)));
    }

    [Fact]
    public void ARecentSummitToldAsDoneJoinsTheSummitOfMonthsBefore()
    {
        var pipeline = DossierPipeline.CreateDefault();
        const string dated = "Lopez met Li in Hanoi in November.";
        const string recent = "Following the recent summit between Lopez and Li, tensions eased.";
        const string plan = "Lopez will meet Li.";
        var a = QuoteEvaluation.Annotate(pipeline, dated, "a.txt");
        a = a with
        {
            Layers = a.Layers | global::Dossier.Pipeline.Layers.Dates,
            Dates = [new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(dated.IndexOf("in November", StringComparison.Ordinal), dated.Length - 1), "2023-11")],
        };
        a = a with { Events = EventExtractor.Extract(a) };
        var b = QuoteEvaluation.Annotate(pipeline, recent, "b.txt");
        b = b with { Metadata = b.Metadata with { Published = "2024-04-24" } };
        var c = QuoteEvaluation.Annotate(pipeline, plan, "c.txt");
        c = c with { Metadata = c.Metadata with { Published = "2024-04-24" } };
        var context = new StageContext("event-merge", TimeProvider.System, CancellationToken.None);
        var done = new EventMerger().Run(CorpusSnapshot.Empty with { Articles = [a, b] }, context);
        Assert.Equal("2023-11", Assert.Single(done.Events).Date);
        // A plan is not an occasion months gone.
        var planned = new EventMerger().Run(CorpusSnapshot.Empty with { Articles = [a, c] }, context);
        Assert.Equal(2, planned.Events.Length);
    }

    [Fact]
    public void AnAttackNoSentenceAttributesJoinsTheAttackOnItsDayThatAnotherReportAttributes()
    {
        var pipeline = DossierPipeline.CreateDefault();
        Doc Dated(string text, string name, string words, string value)
        {
            var doc = QuoteEvaluation.Annotate(pipeline, text, name);
            var at = text.IndexOf(words, StringComparison.Ordinal);
            doc = doc with
            {
                Layers = doc.Layers | global::Dossier.Pipeline.Layers.Dates,
                Dates = [new global::Dossier.Documents.DateMention(new global::Dossier.Text.TextSpan(at, at + words.Length), value)],
            };
            return doc with { Events = EventExtractor.Extract(doc) };
        }
        var context = new StageContext("event-merge", TimeProvider.System, CancellationToken.None);
        var named = Dated("Ruritania invaded Tarsis in May 2022.", "a.txt", "in May 2022", "2022-05");
        var unnamed = Dated("Trade fell after the invasion of Tarsis in May 2022.", "b.txt", "in May 2022", "2022-05");
        var other = Dated("Trade fell after the invasion of Tarsis in June 2023.", "c.txt", "in June 2023", "2023-06");
        var merged = new EventMerger().Run(CorpusSnapshot.Empty with { Articles = [named, unnamed, other] }, context);
        var invasion = Assert.Single(merged.Events);
        Assert.Equal(2, invasion.Evidence.Length);
        Assert.Equal("Ruritania", Assert.Single(invasion.Actors));
    }

    [Fact]
    public void EachMergedEventListsTheTriggerOfEveryMention()
    {
        var corpus = Merge("Lopez met Li in Hanoi.", "Lopez will meet Li in Hanoi.");
        var merged = Assert.Single(corpus.Events);
        Assert.Equal(["met", "meet"], merged.Triggers.Select(t => t.Text).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void TheExportListsMergedEventsAndIsStable()
    {
        var texts = new[] { "Lopez met Li in Hanoi.", "Lopez will meet Li in Hanoi." };
        var first = JsonExporter.ToJson(Merge(texts));
        Assert.Contains("\"category\": \"CONSULT\"", first, StringComparison.Ordinal);
        Assert.Equal(first, JsonExporter.ToJson(Merge(texts)));
    }
}
