using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Briefing;
using Dossier.Corpus;

namespace Dossier.Export.GraphMl;

/// <summary>Writes the actor network (who met, called, criticised whom) as GraphML, which Gephi and yEd open.</summary>
/// <remarks>Nodes carry <c>label</c> and <c>type</c>; edges are directed and carry <c>category</c> (PLOVER),
/// <c>modes</c>, <c>weight</c> (number of events) and <c>events</c> (their ids).</remarks>
public static class GraphMlExporter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The network of every event in <paramref name="corpus"/> as GraphML text.</summary>
    public static string Write(CorpusSnapshot corpus) =>
        Write(ActorNetwork.From(corpus.Events, corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal)));

    /// <summary><paramref name="network"/> as GraphML text.</summary>
    public static string Write(ActorNetwork network)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            Key(xml, "label", "node", "label", "string");
            Key(xml, "type", "node", "type", "string");
            Key(xml, "category", "edge", "category", "string");
            Key(xml, "modes", "edge", "modes", "string");
            Key(xml, "weight", "edge", "weight", "double");
            Key(xml, "events", "edge", "events", "string");
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "actors");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "label", node.Name);
                Data(xml, "type", node.Type);
                xml.WriteEndElement();
            }
            var index = 0;
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", "r" + (++index).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "category", edge.Category);
                Data(xml, "modes", string.Join(";", edge.Modes));
                Data(xml, "weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
                Data(xml, "events", string.Join(";", edge.Events));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Key(XmlWriter xml, string id, string scope, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
