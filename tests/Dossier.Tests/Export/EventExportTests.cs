using System.Xml.Linq;
using Dossier.Export.Csv;
using Dossier.Export.GraphMl;
using Dossier.Testing;
using Dossier.Tests.Briefing;

namespace Dossier.Tests.Export;

public sealed class EventExportTests
{
    private static readonly Dossier.Corpus.CorpusSnapshot Corpus = BriefFixture.Build();

    [Fact]
    public void CsvHasOneRowPerEventInDateOrderAndReadsBack()
    {
        var rows = Csv.Read(EventCsvExporter.Write(Corpus));
        Assert.Equal(EventCsvExporter.Columns, rows[0]);
        Assert.Equal(Corpus.Events.Length, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(EventCsvExporter.Columns.Count, row.Count));
        var first = rows[1];
        Assert.Equal("2024-03-04", first[0]);
        Assert.Equal("Ana Kovac", first[1]);
        Assert.Equal("Freedonia", first[2]);
        Assert.Equal("Piotr Lenz", first[3]);
        Assert.Equal("CONSULT", first[5]);
        Assert.Equal("Capitol City", first[8]);
        Assert.Contains("met her Sylvanian counterpart", first[12]);
        Assert.Contains(",", first[12]);
    }

    [Fact]
    public void GraphMlIsWellFormedAndEveryEdgeJoinsKnownNodes()
    {
        var document = XDocument.Parse(GraphMlExporter.Write(Corpus));
        XNamespace ns = GraphMlExporter.Namespace;
        Assert.Equal(ns + "graphml", document.Root!.Name);
        var graph = document.Root.Element(ns + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(ns + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        var edges = graph.Elements(ns + "edge").ToList();
        Assert.Equal(3, edges.Count);
        Assert.All(edges, edge =>
        {
            Assert.Contains(edge.Attribute("source")!.Value, nodes);
            Assert.Contains(edge.Attribute("target")!.Value, nodes);
            Assert.Single(edge.Elements(ns + "data"), d => d.Attribute("key")!.Value == "weight");
        });
        var keys = document.Root.Elements(ns + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(document.Descendants(ns + "data"), d => Assert.Contains(d.Attribute("key")!.Value, keys));
    }
}
