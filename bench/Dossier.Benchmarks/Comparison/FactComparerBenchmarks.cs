using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dossier.Comparison;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Benchmarks.Comparison;

/// <summary>Fact comparison over one story of N reports: each report states counts, durations, two quotes and a title
/// for people of a 200-person cast, with values that sometimes differ.</summary>
/// <remarks>The comparison works within a story, so one large story is the costly case. Generated once, deterministically.</remarks>
[MemoryDiagnoser]
public class FactComparerBenchmarks
{
    private CorpusSnapshot _corpus = CorpusSnapshot.Empty;
    private readonly FactComparer _comparer = new();

    [Params(100, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var docs = new List<Doc>();
        var quotes = new List<CorpusQuote>();
        var roles = new Dictionary<int, List<Role>>();
        for (var i = 0; i < Articles; i++)
        {
            var text = new StringBuilder();
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            var dates = ImmutableArray.CreateBuilder<DateMention>();
            var pending = new List<(int Person, TextSpan Span)>();
            for (var s = 0; s < 20; s++)
            {
                if (s > 0)
                    text.Append(s % 4 == 0 ? "\n\n" : " ");
                var start = text.Length;
                var person = random.Next(200);
                switch (s % 5)
                {
                    case 0:
                        text.Append(CultureInfo.InvariantCulture, $"The storm in district {s} killed {10 + random.Next(3)} people and damaged {random.Next(40)} houses near river {s}.");
                        break;
                    case 1:
                        text.Append(CultureInfo.InvariantCulture, $"\"We will rebuild district {s} before the {(random.Next(2) == 0 ? "winter" : "cold")} season,\" Official {person} said.");
                        var q = text.ToString(start + 1, text.Length - start - 1).Split('"')[0].TrimEnd(',');
                        quotes.Add(new CorpusQuote($"q-{i:0000}-{s:00}", $"e-{person:000}", $"Official {person}", q, true, default, start + 1, start + 1 + q.Length));
                        break;
                    case 2:
                        var title = random.Next(4) == 0 ? "Vice Premier" : "Foreign Minister";
                        text.Append(CultureInfo.InvariantCulture, $"{title} Official {person} visited district {s} on day {s}.");
                        pending.Add((person, new TextSpan(start, text.Length)));
                        break;
                    case 3:
                        text.Append(CultureInfo.InvariantCulture, $"It was the first flood in district {s} in {14 + random.Next(2)} years, officials in the valley said.");
                        var at = text.ToString().LastIndexOf(" in 1", StringComparison.Ordinal);
                        dates.Add(new DateMention(new TextSpan(at + 4, at + 12), "P14Y", TimexType.Duration) { Cue = new TextSpan(at + 1, at + 3), Implied = "2010" });
                        break;
                    default:
                        text.Append(CultureInfo.InvariantCulture, $"Aid worth ${1 + random.Next(2)} billion was pledged for district {s} by the ministry.");
                        break;
                }
                sentences.Add(new Sentence(new TextSpan(start, text.Length)));
            }
            var body = text.ToString();
            var raw = new RawArticle($"gen/{i}.txt", "", SourceKind.Text, body, ArticleId.Hash(Encoding.UTF8.GetBytes(body)), "utf-8");
            var doc = Doc.From(raw) with
            {
                Text = body,
                Sentences = sentences.ToImmutable(),
                Dates = dates.ToImmutable(),
                Metadata = new ArticleMetadata { Published = "2024-04-10" },
                Layers = Layers.CleanText | Layers.Metadata | Layers.Sentences | Layers.Dates,
            };
            docs.Add(doc);
            for (var k = quotes.Count - 1; k >= 0 && quotes[k].Article == default; k--)
                quotes[k] = quotes[k] with { Article = doc.Id };
            foreach (var (person, span) in pending)
            {
                var title = body[span.Start..span.End].StartsWith("Vice", StringComparison.Ordinal) ? "Vice Premier" : "Foreign Minister";
                if (!roles.TryGetValue(person, out var list))
                    roles[person] = list = [];
                list.Add(new Role(title, null, null, [Evidence.Of(doc, span)]));
            }
        }
        var people = Enumerable.Range(0, 200).Select(p => new Entity($"e-{p:000}", $"Official {p}", EntityKind.Person, [],
            [.. roles.GetValueOrDefault(p) ?? []], [])).ToImmutableArray();
        var story = new Story("s-1", "A long story", [.. docs.Select(d => d.Id)], "2024-04-01", "2024-04-28", "");
        _corpus = new CorpusSnapshot { Articles = [.. docs], Stories = [story], Entities = people, Quotes = [.. quotes] };
    }

    [Benchmark]
    public int CompareOneStory() => _comparer.Run(_corpus, new StageContext("facts", TimeProvider.System, default)).Contradictions.Length;
}
