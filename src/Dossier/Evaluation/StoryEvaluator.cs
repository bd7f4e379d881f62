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
public sealed record StoryEvaluation(ClusterScores Clustering, PrfScore? Copies, int CopyKindsRight, CorpusSnapshot Corpus);

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
        return new StoryEvaluation(clustering, new PrfScore(tp, found.Count - tp, expected.Count - tp), kindsRight, corpus);
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
