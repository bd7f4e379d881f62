using Dossier.Corpus;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Events;

/// <summary>Events of the five real seed reports as the record shows them after merging: who met whom, when, and
/// with what status. The seeds are read at run time; the assertions name people and dates, not seed sentences.</summary>
public sealed class EventMergerSeedTests
{
    private static readonly Lazy<CorpusSnapshot> Corpus = new(() =>
    {
        var options = new IngestOptions();
        var files = SourceScanner.Expand([RepoPaths.Seeds], options, []);
        var reader = new SourceReader(options);
        var raws = files.SelectMany(file => reader.Read(file).Articles).ToList();
        var pipeline = DossierPipeline.CreateDefault(new PipelineOptions { Strict = true });
        return pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = pipeline.ProcessMany(raws) });
    });

    private static string Name(string key) =>
        Corpus.Value.Entities.FirstOrDefault(e => e.Id == key)?.Name ?? key;

    private static IEnumerable<CorpusEvent> Consult(string actor, string target) =>
        Corpus.Value.Events.Where(e => e.Category == "CONSULT"
                                       && e.Actors.Any(a => Name(a).Contains(actor, StringComparison.Ordinal))
                                       && e.Targets.Any(t => Name(t).Contains(target, StringComparison.Ordinal)));

    [Fact]
    public void TheTalksWithWangYiArePlannedInOneReportHappenedInAnotherAndAreOneEvent()
    {
        var talks = Assert.Single(Consult("Blinken", "Wang Yi"), e => e.Date == "2024-04-26");
        Assert.Equal("happened", talks.Status);
        Assert.True(talks.Evidence.Select(e => e.Article).Distinct().Count() >= 2, "evidence from more than one report");
    }

    [Fact]
    public void TheJune2023PhoneCallHasQinGangAsActorAndBlinkenAsTarget()
    {
        var call = Assert.Single(Consult("Qin Gang", "Blinken"));
        Assert.Equal("phone", call.Mode);
    }

    [Fact]
    public void AustinsCallLastWeekIsDatedToItsWeek()
    {
        var call = Assert.Single(Corpus.Value.Events, e => e.Category == "CONSULT" && e.Actors.Any(a => Name(a).Contains("Austin", StringComparison.Ordinal))
                                                          && e.Date is not null && e.Date.StartsWith("2024-04", StringComparison.Ordinal));
        Assert.Equal("2024-04-15/2024-04-21", call.Date);
    }

    [Fact]
    public void PronounActorsAreNamedInTheRecord()
    {
        // "He met …", "he will meet …": no merged event is left with a bare pronoun for an actor.
        foreach (var e in Corpus.Value.Events)
            Assert.DoesNotContain(e.Actors, a => a is "he" or "He" or "she" or "She");
    }
}
