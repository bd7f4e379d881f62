using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Pipeline;

public sealed class DossierPipelineTests
{
    private static RawArticle Raw(string text) => new("test.txt", "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");

    [Fact]
    public void BuildRejectsAStageWhoseRequirementsNoEarlierStageProduces()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("quotes", Layers.Sentences, Layers.Quotes));
        var exception = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("quotes", exception.Message);
        Assert.Contains("Sentences", exception.Message);
    }

    [Fact]
    public void BuildRejectsTwoStagesWithTheSameName()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("a", Layers.None, Layers.CleanText)).Add(new FakeStage("a", Layers.None, Layers.Metadata));
        Assert.Throws<PipelineConfigurationException>(() => builder.Build());
    }

    [Fact]
    public void AStageThatThrowsIsRecordedAndTheRunContinues()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("first", Layers.None, Layers.CleanText, doc => doc with { Text = "kept" }))
            .Add(new FakeStage("broken", Layers.CleanText, Layers.Sentences, _ => throw new InvalidOperationException("boom")))
            .Add(new FakeStage("needs-sentences", Layers.Sentences, Layers.Quotes, _ => throw new InvalidOperationException("must not run")))
            .Add(new FakeStage("independent", Layers.CleanText, Layers.Dates, doc => doc with { Dates = [new DateMention(new TextSpan(0, 4), "2024")] }))
            .Build();

        var doc = pipeline.Process(Raw("input"));

        Assert.Equal("kept", doc.Text);
        var failure = Assert.Single(doc.Diagnostics);
        Assert.Equal(DiagnosticCatalog.StageFailed.Code, failure.Code);
        Assert.Equal("broken", failure.Stage);
        Assert.Equal(Layers.CleanText | Layers.Dates, doc.Layers);
        Assert.Single(doc.Dates);
    }

    [Fact]
    public void StrictModeRethrowsAStageFailure()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("broken", Layers.None, Layers.CleanText, _ => throw new InvalidOperationException("boom")))
            .WithOptions(new PipelineOptions { Strict = true })
            .Build();
        Assert.Throws<InvalidOperationException>(() => pipeline.Process(Raw("input")));
    }

    [Fact]
    public void ProcessManyKeepsInputOrder()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("copy", Layers.None, Layers.CleanText, doc => doc with { Text = doc.Raw.Content })).Build();
        var raws = Enumerable.Range(0, 200).Select(i => Raw($"article {i}")).ToList();
        var docs = pipeline.ProcessMany(raws);
        Assert.Equal(raws.Select(r => r.Content), docs.Select(d => d.Text));
    }

    [Fact]
    public void DescribeListsStagesInRunOrderWithTheirLayers()
    {
        var description = DossierPipeline.CreateDefault().Describe();
        Assert.Equal("clean", description[0].Info.Name);
        Assert.Equal(Layers.CleanText | Layers.Metadata, description[0].Info.Produces);
        Assert.Equal(Enumerable.Range(1, description.Length), description.Select(d => d.Order));
    }

    private sealed class FakeStage(string name, Layers requires, Layers produces, Func<Doc, Doc>? run = null) : IDocStage
    {
        public StageInfo Info { get; } = new(name, requires, produces, "test stage");

        public Doc Run(Doc doc, StageContext context) => run is null ? doc : run(doc);
    }
}
