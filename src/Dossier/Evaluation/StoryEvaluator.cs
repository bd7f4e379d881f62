using System.Collections.Immutable;
using Dossier.Copies;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Stories;

namespace Dossier.Evaluation;

/// <summary>What <c>dossier eval stories</c> measured.</summary>
/// <param name="Clustering">Story clustering against the gold labels.</param>
/// <param name="Copies">Copy pairs found against gold copy pairs (unordered), or null when the set has none.</param>
/// <param name="CopyKindsRight">Gold copy pairs found with the right kind (a gold <c>summary</c> counts as <c>rewrite</c>).</param>
/// <param name="Corpus">The processed corpus, for inspection.</param>
public sealed record StoryEvaluation(ClusterScores Clustering, PrfScore? Copies, int CopyKindsRight, CorpusSnapshot Corpus)
{
    /// <summary>Per gold kind (<c>duplicate</c>, <c>syndicated</c>, <c>rewrite</c>, <c>summary</c>): gold pairs, pairs found, found with the right kind.</summary>
    public ImmutableArray<(string Kind, int Gold, int Found, int KindRight)> ByKind { get; init; } = [];

    /// <summary>Gold copy pairs whose two articles end up in the same copy group (linked through other members: a copy
    /// is linked to its group's original, which may be another copy of its source).</summary>
    public int GoldInSameGroup { get; init; }

    /// <summary>Copy pairs found between two articles of the set itself (none generated): real copies in the data, or errors.</summary>
    public int FoundBetweenOriginals { get; init; }

    /// <summary>Predicted kinds of pairs found with a wrong kind, as "gold → predicted" with counts.</summary>
    public ImmutableArray<(string Confusion, int Count)> WrongKinds { get; init; } = [];
}

/// <summary>Runs ingest, cleaning, copy detection and story clustering on a gold set and scores the result.</summary>
public static class StoryEvaluator
{
    /// <summary>Evaluates the default pipeline, or the given options of the two corpus stages, on <paramref name="set"/>.</summary>
    public static StoryEvaluation Evaluate(StoryGoldSet set, StoryOptions? stories = null, CopyOptions? copies = null, CancellationToken cancellationToken = default)
    {
        var pipeline = DossierPipeline.CreateDefault();
        var processed = pipeline.ProcessMany([.. set.Articles.Select(a => a.Raw)], cancellationToken: cancellationToken);
        var docs = processed.Select((doc, i) => WithGoldMetadata(doc, set.Articles[i])).ToList();
        var keyOf = new Dictionary<ArticleId, string>();
        for (var i = 0; i < docs.Count; i++)
            keyOf[docs[i].Id] = set.Articles[i].Key;
        var corpus = CorpusSnapshot.Empty with { Articles = [.. docs.DistinctBy(d => d.Id).OrderBy(d => d.Id)] };
        if (stories is null && copies is null)
            corpus = pipeline.RunCorpus(corpus, cancellationToken);
        else
        {
            var context = new StageContext("eval", TimeProvider.System, cancellationToken);
            corpus = new CopyDetector(copies).Run(corpus, context);
            corpus = new StoryClusterer(stories).Run(corpus, context);
        }

        var gold = set.Articles.ToDictionary(a => a.Key, a => a.Story, StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in corpus.Stories)
        {
            foreach (var article in story.Articles)
                predicted[keyOf[article]] = story.Id;
        }
        var clustering = ClusterScores.Score(gold, predicted);
        if (set.Copies.IsEmpty)
            return new StoryEvaluation(clustering, null, 0, corpus);

        var expected = set.Copies.ToDictionary(c => Pair(c.Copy, c.Of), c => c.Kind == "summary" ? CopyKinds.Rewrite : c.Kind);
        var found = corpus.Copies.ToDictionary(c => Pair(keyOf[c.Article], keyOf[c.Of]), c => c.Kind);
        var tp = found.Keys.Count(expected.ContainsKey);
        var kindsRight = found.Count(f => expected.TryGetValue(f.Key, out var kind) && kind == f.Value);
        var byKind = set.Copies.GroupBy(c => c.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(c => found.ContainsKey(Pair(c.Copy, c.Of))),
                g.Count(c => found.TryGetValue(Pair(c.Copy, c.Of), out var k) && k == expected[Pair(c.Copy, c.Of)])))
            .ToImmutableArray();
        var synthetic = set.Articles.Where(a => a.Synthetic).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var wrong = set.Copies
            .Where(c => found.TryGetValue(Pair(c.Copy, c.Of), out var k) && k != expected[Pair(c.Copy, c.Of)])
            .GroupBy(c => $"{c.Kind} → {found[Pair(c.Copy, c.Of)]}")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToImmutableArray();
        return new StoryEvaluation(clustering, new PrfScore(tp, found.Count - tp, expected.Count - tp), kindsRight, corpus)
        {
            ByKind = byKind,
            FoundBetweenOriginals = found.Keys.Count(k => !expected.ContainsKey(k) && !synthetic.Contains(k.Item1) && !synthetic.Contains(k.Item2)),
            WrongKinds = wrong,
            GoldInSameGroup = GoldInSameGroup(set, corpus, keyOf),
        };
    }

    private static int GoldInSameGroup(StoryGoldSet set, CorpusSnapshot corpus, Dictionary<ArticleId, string> keyOf)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
                x = p;
            return x;
        }
        foreach (var link in corpus.Copies)
        {
            var (a, b) = (Find(keyOf[link.Article]), Find(keyOf[link.Of]));
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            if (a != b)
                parent[a] = b;
        }
        return set.Copies.Count(c => parent.ContainsKey(c.Copy) && Find(c.Copy) == Find(c.Of));
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    // The set's own publication date and headline stand in for what a news-please reader would put in the metadata.
    private static Doc WithGoldMetadata(Doc doc, GoldArticle article) => doc with
    {
        Metadata = doc.Metadata with
        {
            Published = doc.Metadata.Published ?? article.Published,
            Headline = article.Headline ?? doc.Metadata.Headline,
        },
    };
}
