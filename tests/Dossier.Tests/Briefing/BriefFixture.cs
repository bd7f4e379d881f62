using System.Collections.Immutable;
using System.Text;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Briefing;

/// <summary>A small hand-built corpus: two reports of one story, with entities, events, quotes, an issue and a contradiction.</summary>
internal static class BriefFixture
{
    public const string WireText =
        "The foreign minister of Freedonia, Ana Kovac, met her Sylvanian counterpart Piotr Lenz in Capitol City on Monday.\n\n" +
        "\"We agreed to reopen the border crossings,\" Kovac said after the talks.\n\n" +
        "Lenz will visit Freedonia next month, officials said, and the two sides will hold talks on fishing rights.";

    public const string RewriteText =
        "Freedonian Foreign Minister Ana Kovac held talks with Piotr Lenz on Tuesday in Capitol City.\n\n" +
        "Kovac said the crossings would reopen, while Lenz warned that fishing quotas remained a sticking point.";

    public static Doc Doc(string text, string source, string outlet, string published)
    {
        var raw = new RawArticle(source, "", SourceKind.Text, text, ArticleId.Hash(Encoding.UTF8.GetBytes(text)), "utf-8");
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var offset = 0;
            foreach (var part in paragraph.Split(". "))
            {
                var length = part.Length + (offset + part.Length < paragraph.Length ? 1 : 0);
                sentences.Add(new Sentence(new TextSpan(start + offset, start + offset + length)));
                offset += part.Length + 2;
            }
            start += paragraph.Length + 2;
        }
        return global::Dossier.Documents.Doc.From(raw) with
        {
            Text = text,
            Metadata = new ArticleMetadata { Outlet = outlet, Headline = outlet + " headline", Published = published },
            Sentences = [.. sentences],
            Layers = Layers.CleanText | Layers.Metadata | Layers.Sentences,
        };
    }

    public static Evidence Cite(Doc doc, string words)
    {
        var start = doc.Text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
            throw new ArgumentException($"'{words}' is not in the text");
        return Evidence.Of(doc, new TextSpan(start, start + words.Length));
    }

    public static CorpusSnapshot Build()
    {
        var wire = Doc(WireText, "wire.txt", "Freedonia Wire", "2024-03-04");
        var rewrite = Doc(RewriteText, "rewrite.txt", "Spun Daily", "2024-03-06");
        var story = new Story("s-1", "Kovac and Lenz agree to reopen crossings", [wire.Id, rewrite.Id], "2024-03-04", "2024-03-05",
            "Kovac met Lenz in Capitol City on Monday.") { SummaryEvidence = [Cite(wire, "met her Sylvanian counterpart Piotr Lenz")] };
        var kovac = new Entity("e-kovac", "Ana Kovac", EntityKind.Person, ["Ana Kovac", "Kovac"],
            [new Role("Foreign Minister", "e-freedonia", "2024-03-04", [Cite(wire, "The foreign minister of Freedonia, Ana Kovac")])],
            [new EntityMention(wire.Id, 35, 44, "Ana Kovac"), new EntityMention(rewrite.Id, 28, 37, "Ana Kovac")]);
        var lenz = new Entity("e-lenz", "Piotr Lenz", EntityKind.Person, ["Piotr Lenz", "Lenz"], [],
            [new EntityMention(wire.Id, 76, 86, "Piotr Lenz")]);
        var freedonia = new Entity("e-freedonia", "Freedonia", EntityKind.Gpe, ["Freedonia"], [], []);
        var capitol = new Entity("e-capitol", "Capitol City", EntityKind.Gpe, ["Capitol City"], [], []);
        var meeting = new CorpusEvent("v-1", "CONSULT", "meet", "040", ["e-kovac"], ["e-lenz"], "e-capitol", "2024-03-04", "happened", "s-1",
            [Cite(wire, "met her Sylvanian counterpart"), Cite(rewrite, "held talks with Piotr Lenz")]);
        var visit = new CorpusEvent("v-2", "CONSULT", "visit", "042", ["e-lenz"], ["e-freedonia"], null, "2024-04", "planned", "s-1",
            [Cite(wire, "Lenz will visit Freedonia next month")]);
        var warning = new CorpusEvent("v-3", "THREATEN", "warn", "130", ["e-lenz"], ["e-freedonia"], null, null, "reported", "s-1",
            [Cite(rewrite, "Lenz warned that fishing quotas remained a sticking point")]);
        var quoteStart = wire.Text.IndexOf("\"We agreed", StringComparison.Ordinal);
        var quote = new CorpusQuote("q-1", "e-kovac", "Kovac", "We agreed to reopen the border crossings", true, wire.Id, quoteStart, quoteStart + 44);
        var issue = new IssueRecord("i-1", "Border crossings", ["s-1"],
            [new Position("e-kovac", "Freedonia wants the crossings reopened.", [Cite(wire, "We agreed to reopen the border crossings")])]);
        var contradiction = new Contradiction("The meeting was on Monday", [Cite(wire, "on Monday")], "The meeting was on Tuesday", [Cite(rewrite, "on Tuesday")], "the rewrite moves the day");
        return new CorpusSnapshot
        {
            Articles = [wire, rewrite],
            Stories = [story],
            Copies = [new CopyLink(rewrite.Id, wire.Id, "rewrite", 0.41)],
            Entities = [kovac, lenz, freedonia, capitol],
            Events = [warning, visit, meeting],
            Quotes = [quote],
            Issues = [issue],
            Contradictions = [contradiction],
        };
    }
}
