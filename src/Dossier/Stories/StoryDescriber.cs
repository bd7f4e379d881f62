using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Stories;

/// <summary>Gives a clustered story its id, title, date span, extractive summary and the reasons for each member.</summary>
/// <remarks>
/// The title is the headline of the most central article (closest to the story's centroid), copies excluded so that
/// a spun headline never names the story. The summary only quotes sentences of the story's own articles, each kept
/// with its evidence: first the central article's lead, then the sentences closest to the centroid that do not repeat
/// one already chosen.
/// </remarks>
internal sealed class StoryDescriber(StoryOptions options)
{
    public Story Describe(StoryCluster cluster, StoryProfile[] profiles, (int Via, double Score)[] via, HashSet<ArticleId> copies)
    {
        var members = cluster.Members.Order().ToList();
        var id = cluster.FixedId ?? "s-" + profiles[members[0]].Doc.Id.Value[ArticleId.Prefix.Length..];
        var norm = Math.Sqrt(cluster.NormSquared);
        double Centrality(int m) => norm == 0 ? 0 : Sum(profiles[m], cluster.Centroid) / norm;
        var own = members.Where(m => !copies.Contains(profiles[m].Doc.Id)).ToList();
        if (own.Count == 0)
            own = members;
        // A reader's title comes from a real report: one with a headline and no sign of being a machine summary or spin.
        static bool Trustworthy(Doc doc) => doc.Metadata.Headline is { Length: > 0 }
            && !doc.Metadata.Flags.Any(f => f.Code is "ai-summary" or "machine-translation");
        var central = own.OrderByDescending(m => Trustworthy(profiles[m].Doc)).ThenByDescending(Centrality).ThenBy(m => m).First();
        var centralDoc = profiles[central].Doc;

        var (summary, evidence) = Summarise(cluster, profiles, own, central);
        var title = centralDoc.Metadata.Headline is { Length: > 0 } headline ? headline
            : evidence.Length > 0 ? Shorten(evidence[0].Text) : centralDoc.Id.Value;
        // The span shows only dates read as such (publication, signals, the date layer, full dates in the text); a
        // month voted from background dates still separates stories but is too weak to state as the story's date.
        var dates = members.Select(m => profiles[m].Date).OfType<ReferenceDate>()
            .Where(d => d.Source != "text" || d.Precision == DatePrecision.Day).OrderBy(d => d.Date).ToList();

        var nameCounts = new Dictionary<ulong, int>();
        foreach (var m in members)
        {
            foreach (var name in profiles[m].NameTerms)
                nameCounts[name] = nameCounts.GetValueOrDefault(name) + 1;
        }
        var explanation = members.Select(m => Explain(m, members.Count, cluster, profiles, via, nameCounts)).ToImmutableArray();
        return new Story(id, title, [.. members.Select(m => profiles[m].Doc.Id)], dates.FirstOrDefault()?.Iso, dates.LastOrDefault()?.Iso, summary)
        {
            SummaryEvidence = evidence,
            Explanation = explanation,
        };
    }

    private static double Sum(StoryProfile profile, Dictionary<ulong, double> centroid)
    {
        var sum = 0.0;
        for (var i = 0; i < profile.Terms.Length; i++)
            sum += profile.Weights[i] * centroid.GetValueOrDefault(profile.Terms[i]);
        return sum;
    }

    private (string Summary, ImmutableArray<Evidence> Evidence) Summarise(StoryCluster cluster, StoryProfile[] profiles, List<int> own, int central)
    {
        var candidates = new List<(int Member, TextSpan Span, HashSet<ulong> Words, double Score, int Position)>();
        foreach (var m in own)
        {
            var doc = profiles[m].Doc;
            var spans = (doc.Layers & Layers.Sentences) != 0 && doc.Sentences.Length > 0 ? [.. doc.Sentences.Select(s => s.Span)] : RoughSentences.Split(doc.Text);
            var position = 0;
            foreach (var span in spans)
            {
                var text = span.Of(doc.Text);
                var words = WordScanner.Words(text);
                if (words.Count is < 8 or > 50 || !char.IsUpper(text[0]) || text[^1] is not ('.' or '"' or '”' or '!' or '?') || SummaryRules.LooksSpliced(text))
                    continue;
                var set = new HashSet<ulong>();
                foreach (var word in words)
                {
                    var piece = text.AsSpan(word.Start, word.Length);
                    if (piece.Length > 2 && !EnglishStopwords.Contains(piece))
                        set.Add(WordScanner.Hash(text, word));
                }
                if (set.Count < 4)
                    continue;
                var score = set.Sum(w => cluster.Centroid.GetValueOrDefault(w)) / Math.Sqrt(set.Count);
                candidates.Add((m, span, set, score, position++));
            }
        }
        var chosen = new List<(int Member, TextSpan Span, HashSet<ulong> Words, double Score, int Position)>();
        var lead = candidates.Where(c => c.Member == central).OrderBy(c => c.Position).FirstOrDefault();
        if (lead.Words is not null)
            chosen.Add(lead);
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Member).ThenBy(c => c.Position))
        {
            if (chosen.Count >= options.SummarySentences)
                break;
            if (chosen.Any(c => Overlap(c.Words, candidate.Words) >= 0.4))
                continue;
            chosen.Add(candidate);
        }
        var evidence = chosen.Select(c => Evidence.Of(profiles[c.Member].Doc, c.Span)).ToImmutableArray();
        return (string.Join(" ", evidence.Select(e => e.Text)), evidence);
    }

    private static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
    {
        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    private static StoryAssignment Explain(int m, int size, StoryCluster cluster, StoryProfile[] profiles, (int Via, double Score)[] via,
        Dictionary<ulong, int> nameCounts)
    {
        var profile = profiles[m];
        var date = profile.Date is null ? null : $"{profile.Date.Iso} ({profile.Date.Source})";
        var link = via[m].Via >= 0 ? profiles[via[m].Via].Doc.Id : (ArticleId?)null;
        if (size == 1)
            return new StoryAssignment(profile.Doc.Id, null, 0, [], [], date);
        var terms = Enumerable.Range(0, profile.Terms.Length)
            .Select(i => (Term: profile.Terms[i], Shared: profile.Weights[i] * (cluster.Centroid.GetValueOrDefault(profile.Terms[i]) - profile.Weights[i])))
            .Where(t => t.Shared > 1e-9)
            .OrderByDescending(t => t.Shared).ThenBy(t => t.Term)
            .Take(6).Select(t => t.Term).ToList();
        var names = Enumerable.Range(0, profile.NameTerms.Length)
            .Where(i => nameCounts.GetValueOrDefault(profile.NameTerms[i]) > 1)
            .OrderByDescending(i => nameCounts[profile.NameTerms[i]] * profile.NameWeights[i]).ThenBy(i => profile.NameTerms[i])
            .Take(6).Select(i => profile.NameTerms[i]).ToList();
        var surfaces = Surfaces(profile.Doc, [.. terms, .. names]);
        return new StoryAssignment(profile.Doc.Id, link, Math.Round(via[m].Score, 3),
            [.. terms.Select(t => surfaces.GetValueOrDefault(t)?.ToLowerInvariant()).OfType<string>()],
            [.. names.Select(t => surfaces.GetValueOrDefault(t)).OfType<string>()],
            date);
    }

    // The words of the article (and its headline) whose hashes are wanted, as first written.
    private static Dictionary<ulong, string> Surfaces(Doc doc, HashSet<ulong> wanted)
    {
        var found = new Dictionary<ulong, string>();
        foreach (var text in new[] { doc.Metadata.Headline ?? "", doc.Text })
        {
            foreach (var word in WordScanner.Words(text))
            {
                var hash = WordScanner.Hash(text, word);
                if (wanted.Contains(hash) && (!found.TryGetValue(hash, out var seen) || (char.IsLower(seen[0]) && char.IsUpper(text[word.Start]))))
                    found[hash] = word.Of(text);
            }
        }
        return found;
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "…";
}
