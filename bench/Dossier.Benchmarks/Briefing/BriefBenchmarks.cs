using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dossier.Briefing;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Benchmarks.Briefing;

/// <summary>The brief of one 1,000-article story (3,000 events, 2,000 quotes, 200 people): build, then write Markdown and HTML.</summary>
/// <remarks>Target (issue 8): under 2 seconds. The corpus is generated once, deterministically.</remarks>
[MemoryDiagnoser]
public class BriefBenchmarks
{
    private CorpusSnapshot _corpus = CorpusSnapshot.Empty;
    private Story _story = null!;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var docs = new List<Doc>();
        for (var i = 0; i < Articles; i++)
        {
            var text = new StringBuilder();
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            for (var s = 0; s < 30; s++)
            {
                if (s > 0)
                    text.Append(s % 3 == 0 ? "\n\n" : " ");
                var start = text.Length;
                text.Append(CultureInfo.InvariantCulture, $"Official {random.Next(200)} met official {random.Next(200)} in city {random.Next(50)} on day {s} of report {i}.");
                sentences.Add(new Sentence(new TextSpan(start, text.Length)));
            }
            var body = text.ToString();
            var raw = new RawArticle($"gen/{i}.txt", "", SourceKind.Text, body, ArticleId.Hash(Encoding.UTF8.GetBytes(body)), "utf-8");
            docs.Add(Doc.From(raw) with
            {
                Text = body,
                Sentences = sentences.ToImmutable(),
                Metadata = new ArticleMetadata { Outlet = $"Outlet {i % 40}", Headline = $"Report {i}", Published = $"2024-04-{1 + i % 28:00}" },
                Layers = Layers.CleanText | Layers.Metadata | Layers.Sentences,
            });
        }
        Evidence Cite(Doc doc, int sentence) => Evidence.Of(doc, doc.Sentences[sentence].Span);
        var people = Enumerable.Range(0, 200).Select(p => new Entity($"e-{p:000}", $"Official {p}", EntityKind.Person, [$"Official {p}"],
            [new Role("Minister", null, null, [Cite(docs[p % docs.Count], 0)])],
            [.. Enumerable.Range(0, 20).Select(k => { var doc = docs[(p * 7 + k) % docs.Count]; return new EntityMention(doc.Id, 0, 8, "Official"); })])).ToImmutableArray();
        var events = Enumerable.Range(0, 3 * Articles).Select(v => new CorpusEvent($"v-{v:00000}", v % 5 == 0 ? "ACCUSE" : "CONSULT", "meet", "040",
            [$"e-{v % 200:000}"], [$"e-{(v * 13 + 1) % 200:000}"], null, $"2024-04-{1 + v % 28:00}", "happened", "s-1",
            [Cite(docs[v % docs.Count], v % 30)])).ToImmutableArray();
        var quotes = Enumerable.Range(0, 2 * Articles).Select(q =>
        {
            var doc = docs[q % docs.Count];
            var span = doc.Sentences[q % 30].Span;
            return new CorpusQuote($"q-{q:00000}", $"e-{q % 200:000}", "he", doc[span], true, doc.Id, span.Start, span.End);
        }).ToImmutableArray();
        _story = new Story("s-1", "A long story", [.. docs.Select(d => d.Id)], "2024-04-01", "2024-04-28", "Summary.")
        {
            SummaryEvidence = [Cite(docs[0], 0), Cite(docs[1], 1)],
        };
        _corpus = new CorpusSnapshot { Articles = [.. docs], Stories = [_story], Entities = people, Events = events, Quotes = quotes };
    }

    [Benchmark]
    public int BuildAndWriteMarkdownAndHtml()
    {
        var brief = BriefBuilder.Build(_corpus, _story);
        return MarkdownBriefWriter.Write(brief).Length + HtmlBriefWriter.Write(brief).Length;
    }
}
