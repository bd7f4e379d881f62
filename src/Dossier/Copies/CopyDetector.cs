using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Copies;

/// <summary>Finds articles that copy one another (duplicates, syndicated wire copy, rewrites) and, for each group of
/// copies, the article closest to the original.</summary>
/// <remarks>
/// No all-pairs comparison: candidates come from MinHash LSH over word shingles (finds duplicates and syndicated copy)
/// and from an inverted index of rare names and numbers (finds rewrites and summaries, whose shingles MinHash misses).
/// Every candidate pair is then classified by <see cref="CopyClassifier"/>. In each connected group of copies the
/// original is the article with a wire dateline, else a wire credit, then the earliest, then the longest, then the
/// lowest id; every other member is linked to it.
/// </remarks>
public sealed class CopyDetector(CopyOptions? options = null) : ICorpusStage
{
    private readonly CopyOptions _options = options ?? new CopyOptions();

    /// <inheritdoc />
    public StageInfo Info { get; } = new("copies", Layers.CleanText | Layers.Metadata, Layers.Copies,
        "Duplicates, syndicated wire copy and rewrites (MinHash LSH + rare-name index), with the original of each group.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context) => corpus with { Copies = Detect(corpus.Articles, context.CancellationToken) };

    /// <summary>The copy links among <paramref name="articles"/>, ordered by article id.</summary>
    public ImmutableArray<CopyLink> Detect(IReadOnlyList<Doc> articles, CancellationToken cancellationToken = default)
    {
        var docs = articles.Where(d => (d.Layers & Layers.CleanText) != 0 && d.Text.Length > 0).OrderBy(d => d.Id).ToList();
        var profiles = new CopyProfile[docs.Count];
        var hasher = new MinHasher(_options.Bands * _options.Rows, _options.Seed);
        Parallel.For(0, docs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var profile = CopyProfile.Build(docs[i], _options.ShingleSize);
            profile.Signature = hasher.Sign(profile.Shingles);
            profiles[i] = profile;
        });

        var candidates = new HashSet<(int, int)>();
        var lsh = new LshIndex(_options.Bands, _options.Rows);
        for (var i = 0; i < profiles.Length; i++)
        {
            foreach (var j in lsh.Add(i, profiles[i].Signature))
                candidates.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        AddAnchorCandidates(profiles, candidates);

        var classifier = new CopyClassifier(_options);
        var pairs = candidates.Where(p => NearInTime(profiles[p.Item1], profiles[p.Item2])).OrderBy(p => p).ToArray();
        var verdicts = new CopyVerdict[pairs.Length];
        Parallel.For(0, pairs.Length, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            verdicts[k] = classifier.Classify(profiles[pairs[k].Item1], profiles[pairs[k].Item2]));

        var found = new Dictionary<(int, int), CopyVerdict>();
        var parent = Enumerable.Range(0, profiles.Length).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var k = 0; k < pairs.Length; k++)
        {
            if (verdicts[k].Kind is null)
                continue;
            found[pairs[k]] = verdicts[k];
            var (a, b) = (Find(pairs[k].Item1), Find(pairs[k].Item2));
            if (a != b)
                parent[Math.Max(a, b)] = Math.Min(a, b);
        }

        var links = new List<CopyLink>();
        var involved = found.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().Order();
        foreach (var group in involved.GroupBy(Find).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            var original = members.OrderBy(i => i, new OriginalFirst(profiles)).First();
            foreach (var member in members.Where(m => m != original))
            {
                var verdict = found.GetValueOrDefault((Math.Min(member, original), Math.Max(member, original)))
                    ?? classifier.Classify(profiles[member], profiles[original]);
                var of = original;
                if (verdict.Kind is null)
                {
                    // Copies the original only through another copy (a summary of a syndicated version): link to that one.
                    var best = found.Where(f => f.Key.Item1 == member || f.Key.Item2 == member)
                        .OrderByDescending(f => f.Value.Similarity).ThenBy(f => f.Key).First();
                    verdict = best.Value;
                    of = best.Key.Item1 == member ? best.Key.Item2 : best.Key.Item1;
                }
                links.Add(new CopyLink(profiles[member].Doc.Id, profiles[of].Doc.Id, verdict.Kind!, Math.Round(verdict.Similarity, 3))
                {
                    Wire = profiles[original].Wire.Agency,
                });
            }
        }
        return [.. links.OrderBy(l => l.Article)];
    }

    private bool NearInTime(CopyProfile a, CopyProfile b) =>
        a.Date is null || b.Date is null || a.Date.MinimumGap(b.Date) <= _options.MaxDaysApart;

    // Rare anchors (names and numbers few articles share) retrieve rewrite candidates; common ones are skipped so the
    // index stays linear in the corpus size.
    private void AddAnchorCandidates(CopyProfile[] profiles, HashSet<(int, int)> candidates)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < profiles.Length; i++)
        {
            foreach (var anchor in profiles[i].Anchors)
            {
                if (!postings.TryGetValue(anchor, out var list))
                    postings[anchor] = list = [];
                list.Add(i);
            }
        }
        // A name in more than 2 % of the articles (at most 100) is too common to point at a copy.
        var maxPosting = Math.Clamp(profiles.Length / 50, 8, 100);
        for (var i = 0; i < profiles.Length; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var anchor in profiles[i].Anchors)
            {
                var list = postings[anchor];
                if (list.Count > maxPosting)
                    continue;
                foreach (var j in list)
                {
                    if (j != i)
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }
            foreach (var (j, _) in shared.Where(s => s.Value >= _options.MinSharedAnchors)
                         .OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(_options.AnchorCandidates))
                candidates.Add((Math.Min(i, j), Math.Max(i, j)));
        }
    }

    // The original of a group: wire dateline, then wire credit, then earliest, then longest, then lowest id.
    private sealed class OriginalFirst(CopyProfile[] profiles) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            CopyProfile a = profiles[x], b = profiles[y];
            var byWire = b.Wire.Strength.CompareTo(a.Wire.Strength);
            if (byWire != 0)
                return byWire;
            var byDate = (a.Date?.Date ?? DateOnly.MaxValue).CompareTo(b.Date?.Date ?? DateOnly.MaxValue);
            if (byDate != 0)
                return byDate;
            var byLength = b.WordCount.CompareTo(a.WordCount);
            return byLength != 0 ? byLength : a.Doc.Id.CompareTo(b.Doc.Id);
        }
    }
}
