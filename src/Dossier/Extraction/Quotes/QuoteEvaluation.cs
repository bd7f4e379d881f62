using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Evaluation;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>Scores of the quote extractor on brat attribution annotation (PolNeAR), on three subsets of the gold
/// attributions: all of them, those whose cue is a verb of saying, and those whose content is in quotation marks.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Attributions">Gold attributions seen.</param>
/// <param name="All">Every gold attribution (PolNeAR also annotates beliefs, intentions and hearsay).</param>
/// <param name="Speech">Gold attributions whose cue holds a word of the extractor's speech-cue lexicon or "according".</param>
/// <param name="Direct">Gold attributions whose content opens with a quotation mark (“, ", ‘, « or '').</param>
/// <remarks>
/// Units are content fragments: a gold content broken by its attribution ("…," he said, "…") counts as two, as the
/// extractor reports two quotations. For a subset, found items that match only gold items outside it are left out of
/// its precision rather than counted wrong.
/// </remarks>
public sealed record QuoteEvaluation(int Documents, int Attributions, QuoteScore All, QuoteScore Speech, QuoteScore Direct)
{
    private const string Trimmed = " \t\r\n“”\"‘’«»,.;:—–-'";

    /// <summary>Nothing scored.</summary>
    public static QuoteEvaluation Empty { get; } = new(0, 0, QuoteScore.Empty, QuoteScore.Empty, QuoteScore.Empty);

    /// <summary>The sum of two evaluations.</summary>
    public static QuoteEvaluation operator +(QuoteEvaluation a, QuoteEvaluation b) =>
        new(a.Documents + b.Documents, a.Attributions + b.Attributions, a.All + b.All, a.Speech + b.Speech, a.Direct + b.Direct);

    /// <summary>Runs <paramref name="pipeline"/>'s article stages on <paramref name="text"/> taken as an already clean
    /// body: the cleaner is skipped (its layer is there), every stage after it runs as in a real run.</summary>
    public static Doc Annotate(DossierPipeline pipeline, string text, string name)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(text);
        var raw = new RawArticle(name, "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
        var doc = Doc.From(raw) with { Text = text, Layers = Layers.CleanText };
        foreach (var stage in pipeline.DocStages)
        {
            var info = stage.Info;
            if ((doc.Layers & info.Requires) != info.Requires || (doc.Layers & info.Produces) != 0)
                continue;
            var context = new StageContext(info.Name, pipeline.Options.Clock, CancellationToken.None);
            doc = stage.Run(doc, context) with { Layers = doc.Layers | info.Produces };
        }
        return doc;
    }

    /// <summary>Scores the quotations found in <paramref name="text"/> against <paramref name="gold"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="gold">Its gold attributions.</param>
    /// <param name="found">The quotations the extractor found.</param>
    /// <param name="errors">When given, receives the matched quotations (direct or not) whose speaker is wrong or missing.</param>
    public static QuoteEvaluation Score(string text, ImmutableArray<BratAttribution> gold, IReadOnlyList<Quote> found, ICollection<QuoteSpeakerError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        var speech = gold.Select(a => IsSpeech(text, a)).ToArray();
        var direct = gold.Select(a => IsDirect(text, a)).ToArray();
        return new QuoteEvaluation(1, gold.Length,
            ScoreSubset(text, gold, found, _ => true, errors, direct),
            ScoreSubset(text, gold, found, i => speech[i], null, direct),
            ScoreSubset(text, gold, found, i => direct[i], null, direct));
    }

    private static bool IsSpeech(string text, BratAttribution a) => a.Cue.Any(c =>
        c.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Trim(Trimmed.ToCharArray()).ToLowerInvariant() is var word && (QuoteCues.Verbs.ContainsKey(word) || word == "according")));

    private static bool IsDirect(string text, BratAttribution a)
    {
        if (a.Content.Length == 0)
            return false;
        var content = text.AsSpan(a.Content[0].Start, a.Content[0].Length).TrimStart();
        return content.IndexOfAny("“\"‘«") == 0 || content.StartsWith("''", StringComparison.Ordinal);
    }

    private static QuoteScore ScoreSubset(string text, ImmutableArray<BratAttribution> gold, IReadOnlyList<Quote> found, Func<int, bool> inSubset, ICollection<QuoteSpeakerError>? errors, bool[] direct)
    {
        var contentIn = new List<(TextSpan Span, int Attribution)>();
        var contentOut = new List<TextSpan>();
        var sourcesIn = new List<TextSpan>();
        var sourcesOut = new List<TextSpan>();
        var cuesIn = new List<TextSpan>();
        var cuesOut = new List<TextSpan>();
        for (var i = 0; i < gold.Length; i++)
        {
            var a = gold[i];
            if (inSubset(i))
            {
                contentIn.AddRange(a.Content.Select(c => (c, i)));
                sourcesIn.AddRange(a.Source.Select(s => Normalize(text, s)));
                cuesIn.AddRange(a.Cue.Select(c => Normalize(text, c)));
            }
            else
            {
                contentOut.AddRange(a.Content);
                sourcesOut.AddRange(a.Source);
                cuesOut.AddRange(a.Cue);
            }
        }

        var quotes = found.Where(q => Relevant(q.Content, contentIn.Select(c => c.Span), contentOut)).ToList();
        var (contentExact, _) = Match(text, [.. contentIn.Select(c => c.Span)], [.. quotes.Select(q => q.Content)], exact: true);
        var (contentOverlap, pairs) = Match(text, [.. contentIn.Select(c => c.Span)], [.. quotes.Select(q => q.Content)], exact: false);

        var right = 0;
        var judged = 0;
        foreach (var (g, p) in pairs)
        {
            var attribution = gold[contentIn[g].Attribution];
            if (attribution.Source.IsEmpty)
                continue;
            judged++;
            if (quotes[p].Speaker is { } speaker && attribution.Source.Any(s => s.Overlaps(speaker)))
                right++;
            else
                errors?.Add(new QuoteSpeakerError(quotes[p].Content, string.Join(" … ", attribution.Source.Select(s => s.Of(text))), quotes[p].Speaker?.Of(text) ?? "", direct[contentIn[g].Attribution]));
        }

        var speakers = Distinct(quotes.Select(q => q.Speaker).OfType<TextSpan>().Select(s => Normalize(text, s)))
            .Where(s => Relevant(s, sourcesIn, sourcesOut)).ToList();
        var cues = Distinct(quotes.Select(q => q.Cue).OfType<TextSpan>().Select(c => Normalize(text, c)))
            .Where(c => Relevant(c, cuesIn, cuesOut)).ToList();
        var goldSources = Distinct(sourcesIn);
        var goldCues = Distinct(cuesIn);
        return new QuoteScore(
            contentExact, contentOverlap,
            Match(text, goldSources, speakers, exact: true).Score, Match(text, goldSources, speakers, exact: false).Score,
            Match(text, goldCues, cues, exact: true).Score, Match(text, goldCues, cues, exact: false).Score,
            right, judged);
    }

    // A found item that matches only gold outside the subset belongs to another subset's precision.
    private static bool Relevant(TextSpan found, IEnumerable<TextSpan> inside, List<TextSpan> outside) =>
        inside.Any(g => g.Overlaps(found)) || !outside.Any(g => g.Overlaps(found));

    private static List<TextSpan> Distinct(IEnumerable<TextSpan> spans) => [.. spans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)];

    private static (PrfScore Score, List<(int Gold, int Found)> Pairs) Match(string text, List<TextSpan> gold, List<TextSpan> found, bool exact)
    {
        var g = gold.Select(s => Normalize(text, s)).ToList();
        var f = found.Select(s => Normalize(text, s)).ToList();
        var candidates = new List<(int Gold, int Found, int Overlap)>();
        for (var i = 0; i < g.Count; i++)
        {
            for (var j = 0; j < f.Count; j++)
            {
                if (exact ? g[i] == f[j] : g[i].Overlaps(f[j]))
                    candidates.Add((i, j, Math.Min(g[i].End, f[j].End) - Math.Max(g[i].Start, f[j].Start)));
            }
        }
        var usedGold = new bool[g.Count];
        var usedFound = new bool[f.Count];
        var pairs = new List<(int, int)>();
        foreach (var (i, j, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Found))
        {
            if (usedGold[i] || usedFound[j])
                continue;
            usedGold[i] = usedFound[j] = true;
            pairs.Add((i, j));
        }
        return (new PrfScore(pairs.Count, f.Count - pairs.Count, g.Count - pairs.Count), pairs);
    }

    private static TextSpan Normalize(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && Trimmed.Contains(text[start], StringComparison.Ordinal))
            start++;
        while (end > start && Trimmed.Contains(text[end - 1], StringComparison.Ordinal))
            end--;
        return start == end ? span : new TextSpan(start, end);
    }
}

/// <summary>A matched quotation whose speaker phrase misses the gold source.</summary>
/// <param name="Content">The quote's content span.</param>
/// <param name="Gold">The gold source text.</param>
/// <param name="Found">The speaker phrase found (empty when none).</param>
/// <param name="Direct">Whether the gold content is in quotation marks.</param>
public sealed record QuoteSpeakerError(TextSpan Content, string Gold, string Found, bool Direct = true);
