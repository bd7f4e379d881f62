using Dossier.Corpus;
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
    public void DifferentEventsStayApart()
    {
        var corpus = Merge("Lopez met Li in Hanoi.", "Lopez accused Freedonia of spying.");
        Assert.Equal(2, corpus.Events.Length);
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
