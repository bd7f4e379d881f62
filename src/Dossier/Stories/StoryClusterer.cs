using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Stories;

/// <summary>Groups articles that report the same events into stories, time-aware and incrementally.</summary>
/// <remarks>
/// <para>Each article becomes a TF-IDF vector of its words (headline words count more) plus a vector of the names it
/// uses, and a date: its publication date, or the month its own explicit dates point to. Candidate pairs come from an
/// inverted index over each article's heaviest words (no all-pairs comparison); a pair links when its score
/// (words and names cosine) reaches <see cref="StoryOptions.LinkThreshold"/> and both dates fit one
/// <see cref="StoryOptions.MaxSpanDays"/> window. Links are taken strongest first; two groups merge only if the merged
/// story still spans at most that window and the groups' centroids are similar, which stops chains of look-alike events
/// (the same cast a month later is another story).</para>
/// <para>Incremental and stable: stories already in the corpus keep their id and their articles; new articles join
/// them or form new stories, and two stored stories are never merged. A new story's id is <c>s-</c> plus the hex of
/// its lowest article id at creation, and it keeps that id when later articles join.</para>
/// </remarks>
public sealed class StoryClusterer(StoryOptions? options = null) : ICorpusStage
{
    private readonly StoryOptions _options = options ?? new StoryOptions();

    /// <inheritdoc />
    public StageInfo Info { get; } = new("stories", Layers.CleanText | Layers.Metadata, Layers.Stories,
        "Story clusters (TF-IDF words, names and dates; incremental, stable ids) with title, date span, cited summary and reasons.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context) =>
        corpus with { Stories = Cluster(corpus.Articles, corpus.Stories, corpus.Copies, context.CancellationToken) };

    /// <summary>Clusters <paramref name="articles"/>, keeping the <paramref name="existing"/> stories.</summary>
    public ImmutableArray<Story> Cluster(IReadOnlyList<Doc> articles, ImmutableArray<Story> existing = default,
        ImmutableArray<CopyLink> copies = default, CancellationToken cancellationToken = default)
    {
        var docs = articles.Where(d => (d.Layers & Layers.CleanText) != 0 && d.Text.Length > 0).OrderBy(d => d.Id).ToList();
        if (docs.Count == 0)
            return [];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var profiles = Profiles(docs, parallel);

        var edges = FindEdges(profiles, parallel);
        var (clusters, via) = Merge(profiles, edges, existing.IsDefault ? [] : existing);
        var originals = copies.IsDefault ? new HashSet<ArticleId>() : copies.Select(c => c.Article).ToHashSet();
        var describer = new StoryDescriber(_options);
        var stories = new Story[clusters.Count];
        Parallel.For(0, clusters.Count, parallel, k => stories[k] = describer.Describe(clusters[k], profiles, via, originals));
        return [.. stories.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    internal StoryProfile[] Profiles(List<Doc> docs, ParallelOptions parallel)
    {
        var profiles = new StoryProfile[docs.Count];
        Parallel.For(0, docs.Count, parallel, i => profiles[i] = StoryProfile.Build(docs[i], _options));
        Weigh(profiles, parallel);
        return profiles;
    }

    // TF-IDF with sublinear tf, truncated to the heaviest terms; names weighted by IDF alone.
    private void Weigh(StoryProfile[] profiles, ParallelOptions parallel)
    {
        var df = new Dictionary<ulong, int>();
        var nameDf = new Dictionary<ulong, int>();
        foreach (var profile in profiles)
        {
            foreach (var term in profile.Counts.Keys)
                df[term] = df.GetValueOrDefault(term) + 1;
            foreach (var name in profile.Names)
                nameDf[name] = nameDf.GetValueOrDefault(name) + 1;
        }
        double n = profiles.Length;
        Parallel.For(0, profiles.Length, parallel, i =>
        {
            var profile = profiles[i];
            // Words of this article alone link it to nothing; they are left out so shared words are not drowned.
            var top = profile.Counts
                .Where(c => df[c.Key] >= 2)
                .Select(c => (Term: c.Key, Weight: (1 + Math.Log(c.Value)) * Math.Log((n + 1) / (df[c.Key] + 0.5))))
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Term)
                .Take(_options.VectorTerms)
                .OrderBy(t => t.Term)
                .ToArray();
            var norm = Math.Sqrt(top.Sum(t => t.Weight * t.Weight));
            // A word no other article has cannot retrieve anything; one in too many articles retrieves noise.
            profile.Retrieval = [.. top.Where(t => df[t.Term] <= _options.MaxPosting)
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Term).Take(_options.QueryTerms).Select(t => t.Term)];
            profile.Terms = [.. top.Select(t => t.Term)];
            profile.Weights = [.. top.Select(t => norm == 0 ? 0f : (float)(t.Weight / norm))];
            var names = profile.Names.Select(h => (Term: h, Weight: Math.Log((n + 1) / (nameDf[h] + 0.5)))).OrderBy(t => t.Term).ToArray();
            var nameNorm = Math.Sqrt(names.Sum(t => t.Weight * t.Weight));
            profile.NameTerms = [.. names.Select(t => t.Term)];
            profile.NameWeights = [.. names.Select(t => nameNorm == 0 ? 0f : (float)(t.Weight / nameNorm))];
        });
    }

    internal double Score(StoryProfile a, StoryProfile b)
    {
        if (a.Date is not null && b.Date is not null && a.Date.MinimumGap(b.Date) > _options.MaxSpanDays)
            return 0;
        var words = StoryProfile.Dot(a.Terms, a.Weights, b.Terms, b.Weights);
        var names = StoryProfile.Dot(a.NameTerms, a.NameWeights, b.NameTerms, b.NameWeights);
        return (1 - _options.NameWeight) * words + _options.NameWeight * names;
    }

    private List<(int A, int B, double Score)> FindEdges(StoryProfile[] profiles, ParallelOptions parallel)
    {
        var postings = new Dictionary<ulong, List<int>>();
        var retrieval = new ulong[profiles.Length][];
        for (var i = 0; i < profiles.Length; i++)
        {
            retrieval[i] = profiles[i].Retrieval;
            // Indexed under its heaviest few terms, queried with more: two articles meet when one's key terms are
            // among the other's terms, which keeps postings short without missing pairs whose top terms differ.
            foreach (var term in retrieval[i].Take(_options.RetrievalTerms))
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add(i);
            }
        }
        var found = new List<(int, int, double)>[profiles.Length];
        Parallel.For(0, profiles.Length, parallel, () => new Dictionary<int, double>(), (i, _, partial) =>
        {
            partial.Clear();
            var p = profiles[i];
            foreach (var term in retrieval[i])
            {
                if (!postings.TryGetValue(term, out var list) || list.Count > _options.MaxPosting)
                    continue;
                var weight = p.Weights[Array.BinarySearch(p.Terms, term)];
                foreach (var j in list)
                {
                    if (j == i)
                        continue;
                    var q = profiles[j];
                    partial[j] = partial.GetValueOrDefault(j) + weight * q.Weights[Array.BinarySearch(q.Terms, term)];
                }
            }
            var local = new List<(int, int, double)>();
            foreach (var (j, _) in partial.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(_options.Candidates))
            {
                var score = Score(p, profiles[j]);
                if (score >= _options.LinkThreshold)
                    local.Add((Math.Min(i, j), Math.Max(i, j), score));
            }
            found[i] = local;
            return partial;
        }, _ => { });
        return [.. found.SelectMany(f => f).Distinct().OrderByDescending(e => e.Item3).ThenBy(e => e.Item1).ThenBy(e => e.Item2)];
    }

    private (List<StoryCluster> Clusters, (int Via, double Score)[] Via) Merge(StoryProfile[] profiles,
        List<(int A, int B, double Score)> edges, ImmutableArray<Story> existing)
    {
        var index = new Dictionary<ArticleId, int>();
        for (var i = 0; i < profiles.Length; i++)
            index[profiles[i].Doc.Id] = i;
        var owner = new StoryCluster?[profiles.Length];
        var via = Enumerable.Repeat((Via: -1, Score: 0.0), profiles.Length).ToArray();
        foreach (var story in existing.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            StoryCluster? cluster = null;
            foreach (var article in story.Articles.Order())
            {
                if (!index.TryGetValue(article, out var i) || owner[i] is not null)
                    continue;
                if (cluster is null)
                    cluster = new StoryCluster(i, profiles[i], story.Id);
                else
                {
                    cluster.AddMember(i, profiles[i]);
                    var old = story.Explanation.FirstOrDefault(e => e.Article == article);
                    if (old?.Via is { } v && index.TryGetValue(v, out var vi))
                        via[i] = (vi, old.Score);
                }
                owner[i] = cluster;
            }
        }
        for (var i = 0; i < profiles.Length; i++)
            owner[i] ??= new StoryCluster(i, profiles[i], null);

        foreach (var (a, b, score) in edges)
        {
            StoryCluster ca = owner[a]!, cb = owner[b]!;
            if (ca == cb || (ca.FixedId is not null && cb.FixedId is not null))
                continue;
            if (ca.SpanWith(cb) > _options.MaxSpanDays || ca.Cosine(cb) < _options.CentroidThreshold)
                continue;
            // The stored story survives; otherwise the larger one (ties: the one holding the lower article).
            var keepA = ca.FixedId is not null || (cb.FixedId is null && (ca.Members.Count > cb.Members.Count
                || (ca.Members.Count == cb.Members.Count && ca.Members.Min() < cb.Members.Min())));
            var (keep, gone, joiner, partner) = keepA ? (ca, cb, b, a) : (cb, ca, a, b);
            Reroot(via, joiner);
            via[joiner] = (partner, score);
            keep.Absorb(gone);
            foreach (var m in gone.Members)
                owner[m] = keep;
        }
        return ([.. owner.Distinct().Cast<StoryCluster>()], via);
    }

    // Makes `node` the root of its link tree by reversing the links on its path to the old root.
    private static void Reroot((int Via, double Score)[] via, int node)
    {
        var previous = -1;
        var previousScore = 0.0;
        var current = node;
        var guard = via.Length;
        while (current >= 0 && guard-- > 0)
        {
            var (next, score) = via[current];
            via[current] = (previous, previousScore);
            previous = current;
            previousScore = score;
            current = next;
        }
    }
}
