using System.Globalization;
using System.Text;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Benchmarks.Stories;

/// <summary>A deterministic synthetic corpus: stories of several reports each, sharing a cast, places and topic words,
/// dated within a few days, over a background of common words; stories of one topic recur in other months with
/// another cast, as real news does.</summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa", "ro", "li", "ha", "zu", "me", "ta", "no", "ve", "si", "gu"];

    public static List<Doc> Create(int articles, int perStory = 8, int seed = 20240426)
    {
        var random = new Random(seed);
        var common = Enumerable.Range(0, 3000).Select(i => Word(random, 2, 3)).ToArray();
        var topics = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, 25).Select(_ => Word(random, 3, 4)).ToArray()).ToArray();
        var docs = new List<Doc>(articles);
        var start = new DateOnly(2021, 1, 1);
        for (var story = 0; docs.Count < articles; story++)
        {
            var topic = topics[random.Next(topics.Length)];
            var cast = Enumerable.Range(0, 4).Select(_ => Capital(Word(random, 2, 3)) + " " + Capital(Word(random, 3, 4))).ToArray();
            var places = Enumerable.Range(0, 2).Select(_ => Capital(Word(random, 3, 4))).ToArray();
            var day = start.AddDays(random.Next(0, 3 * 365));
            for (var k = 0; k < perStory && docs.Count < articles; k++)
            {
                var text = new StringBuilder();
                var sentences = random.Next(8, 14);
                for (var s = 0; s < sentences; s++)
                {
                    var words = random.Next(10, 20);
                    for (var w = 0; w < words; w++)
                    {
                        var roll = random.NextDouble();
                        var word = roll < 0.62 ? common[random.Next(common.Length)]
                            : roll < 0.82 ? topic[random.Next(topic.Length)]
                            : roll < 0.94 ? cast[random.Next(cast.Length)]
                            : places[random.Next(places.Length)];
                        text.Append(w == 0 ? Capital(word) : word).Append(w + 1 < words ? ' ' : '.');
                    }
                    text.Append(s % 3 == 2 ? "\n\n" : " ");
                }
                var body = text.ToString();
                var headline = $"{cast[0]} in {places[0]}: {topic[0]} {topic[1]} {topic[2]}";
                var hash = ArticleId.Hash(Encoding.UTF8.GetBytes(story.ToString(CultureInfo.InvariantCulture) + "/" + k + body));
                var raw = new RawArticle($"gen/{story}/{k}.txt", "", SourceKind.Text, body, hash, "utf-8");
                docs.Add(new Doc
                {
                    Id = raw.Id,
                    Raw = raw,
                    Text = body,
                    Layers = Layers.CleanText | Layers.Metadata,
                    Metadata = new ArticleMetadata
                    {
                        Headline = headline,
                        Published = day.AddDays(random.Next(0, 4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    },
                });
            }
        }
        return docs;
    }

    private static string Word(Random random, int min, int max)
    {
        var length = random.Next(min, max + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        return builder.ToString();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
