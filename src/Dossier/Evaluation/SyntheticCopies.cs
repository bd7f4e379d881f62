using System.Collections.Immutable;
using System.Text;
using Dossier.Copies;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Text;

namespace Dossier.Evaluation;

/// <summary>Adds generated copies of some articles of a gold set, with gold copy relations, so copy detection can be
/// measured on more than the hand-made samples: a <c>duplicate</c> (the same text under another footer), a
/// <c>syndicated</c> copy (new headline, a credit line, the last paragraph and a few sentences dropped), a spun
/// <c>rewrite</c> (synonym swaps from <see cref="SpinRules"/>, neighbouring sentences swapped, sentences dropped, spam
/// lines around it) and a <c>summary</c> (the lead of each paragraph, lightly spun, as bullets).</summary>
/// <remarks>Deterministic: the same set and seed give the same variants. The variants are synthetic — real syndication
/// and spinning are messier — so figures on them say how the thresholds behave on clean cases at scale, not how they
/// do on real copies. Each variant keeps its source's story label.</remarks>
public static class SyntheticCopies
{
    /// <summary>The kinds generated, in turn.</summary>
    public static readonly ImmutableArray<string> Kinds = [CopyKinds.Duplicate, CopyKinds.Syndicated, CopyKinds.Rewrite, "summary"];

    /// <summary><paramref name="set"/> with a variant of every <paramref name="every"/>-th article (of those with at least six sentences) added.</summary>
    public static StoryGoldSet Add(StoryGoldSet set, int every = 3, ulong seed = 0x5EED)
    {
        var articles = set.Articles.ToBuilder();
        var copies = set.Copies.ToBuilder();
        var chosen = 0;
        foreach (var source in set.Articles.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var random = new SplitMix(seed ^ Fnv(source.Key));
            if (random.Next(every) != 0)
                continue;
            var paragraphs = Paragraphs(source.Raw.Content);
            if (paragraphs.Sum(p => p.Count) < 6)
                continue;
            var kind = Kinds[chosen++ % Kinds.Length];
            (string? Headline, string Body) variant = kind switch
            {
                CopyKinds.Duplicate => (source.Headline, source.Raw.Content + "\n\n" + SpinRules.CreditLines[2]),
                CopyKinds.Syndicated => Syndicate(source, paragraphs, random),
                CopyKinds.Rewrite => Spin(source, paragraphs, random),
                _ => Summarise(source, paragraphs, random),
            };
            var (headline, body) = variant;
            var key = $"{source.Key}#{kind}";
            var raw = new RawArticle(key, "", SourceKind.Text, body, ArticleId.Hash(Encoding.UTF8.GetBytes(key + "\n" + body)), "utf-8");
            // A copy appears on the day of its source or a little later.
            var published = source.Published is { } p && DateOnly.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var day)
                ? day.AddDays(kind == CopyKinds.Duplicate || kind == CopyKinds.Syndicated ? 0 : 1 + random.Next(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : null;
            articles.Add(new GoldArticle(key, raw, source.Story, published, headline) { Synthetic = true });
            copies.Add(new GoldCopy(key, source.Key, kind));
        }
        return set with { Format = set.Format + " + synthetic copies", Articles = articles.ToImmutable(), Copies = copies.ToImmutable() };
    }

    private static (string? Headline, string Body) Syndicate(GoldArticle source, List<List<string>> paragraphs, SplitMix random)
    {
        var kept = paragraphs.Count >= 4 ? paragraphs.Take(paragraphs.Count - 1) : paragraphs;
        var text = new StringBuilder();
        var headline = source.Headline is null ? null : "UPDATE 1-" + source.Headline;
        if (headline is not null)
            text.Append(headline).Append("\n\n");
        foreach (var paragraph in kept.Skip(source.Headline is null ? 0 : 1))
        {
            var sentences = paragraph.Where(_ => random.Next(10) != 0).ToList();
            if (sentences.Count > 0)
                text.Append(string.Join(' ', sentences.Select(s => Swap(s, random, 10)))).Append("\n\n");
        }
        text.Append(SpinRules.CreditLines[random.Next(2)]);
        return (headline, text.ToString());
    }

    private static (string? Headline, string Body) Spin(GoldArticle source, List<List<string>> paragraphs, SplitMix random)
    {
        var text = new StringBuilder();
        text.Append(SpinRules.SpamLines[0]).Append("\n\n");
        var headline = source.Headline is null ? null : Swap(source.Headline, random, 80);
        if (headline is not null)
            text.Append(headline).Append("\n\n");
        foreach (var paragraph in paragraphs.Skip(source.Headline is null ? 0 : 1))
        {
            var sentences = paragraph.Where(_ => random.Next(100) >= 15).Select(s => Pad(Reorder(Swap(s, random, 100), random), random)).ToList();
            for (var i = 0; i + 1 < sentences.Count; i += 2)
            {
                if (random.Next(4) == 0)
                    (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
            }
            if (sentences.Count > 0)
                text.Append(string.Join(' ', sentences)).Append("\n\n");
        }
        text.Append(SpinRules.SpamLines[1 + random.Next(SpinRules.SpamLines.Count - 1)]);
        return (headline, text.ToString());
    }

    private static (string? Headline, string Body) Summarise(GoldArticle source, List<List<string>> paragraphs, SplitMix random)
    {
        var headline = source.Headline is null ? null : "Key takeaways: " + source.Headline;
        var text = new StringBuilder();
        if (headline is not null)
            text.Append(headline).Append("\n\n");
        text.Append("Here is what you need to know:\n\n");
        foreach (var paragraph in paragraphs.Skip(source.Headline is null ? 0 : 1).Take(10))
            text.Append("- ").Append(Swap(paragraph[0], random, 40)).Append('\n');
        return (headline, text.ToString().TrimEnd());
    }

    // Swaps each word found in the synonym table with the given chance (percent), keeping its capitalisation.
    private static string Swap(string sentence, SplitMix random, int percent)
    {
        var result = new StringBuilder(sentence.Length + 16);
        var last = 0;
        foreach (var word in WordScanner.Words(sentence))
        {
            var text = word.Of(sentence);
            if (!SpinRules.Synonyms.TryGetValue(text.ToLowerInvariant(), out var swap) || random.Next(100) >= percent)
                continue;
            if (char.IsUpper(text[0]))
                swap = char.ToUpperInvariant(swap[0]) + swap[1..];
            result.Append(sentence, last, word.Start - last).Append(swap);
            last = word.End;
        }
        return result.Append(sentence, last, sentence.Length - last).ToString();
    }

    // Word-order spin: "A, B." becomes "B, A." when both halves are clauses of four words or more.
    private static string Reorder(string sentence, SplitMix random)
    {
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0 || random.Next(2) != 0 || sentence.Length < 2 || sentence[^1] is not ('.' or '!' or '?'))
            return sentence;
        var first = sentence[..comma];
        var second = sentence[(comma + 2)..^1];
        if (WordScanner.Words(first).Count < 4 || WordScanner.Words(second).Count < 4 || first.Contains('"', StringComparison.Ordinal) || second.Contains('"', StringComparison.Ordinal))
            return sentence;
        var lead = char.ToUpperInvariant(second[0]) + second[1..];
        var tail = char.IsUpper(first[0]) && first.Length > 1 && char.IsLower(first[1]) && !char.IsUpper(first.Split(' ')[0][^1]) ? char.ToLowerInvariant(first[0]) + first[1..] : first;
        return $"{lead}, {tail}{sentence[^1]}";
    }

    // Spinners pad auxiliaries with filler ("had actually", "would certainly").
    private static string Pad(string sentence, SplitMix random)
    {
        var result = new StringBuilder(sentence.Length + 16);
        var last = 0;
        foreach (var word in WordScanner.Words(sentence))
        {
            if (word.Of(sentence) is not ("had" or "has" or "have" or "would" or "will" or "was" or "were" or "is") || random.Next(2) != 0)
                continue;
            result.Append(sentence, last, word.End - last).Append(SpinRules.Fillers[random.Next(SpinRules.Fillers.Count)]);
            last = word.End;
        }
        return result.Append(sentence, last, sentence.Length - last).ToString();
    }

    private static List<List<string>> Paragraphs(string text) =>
        [.. text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => RoughSentences.Split(p).Select(s => s.Of(p)).ToList())
            .Where(p => p.Count > 0)];

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    // SplitMix64: a tiny seeded generator whose sequence is fixed on every runtime (System.Random's is not promised).
    private sealed class SplitMix(ulong state)
    {
        private ulong _state = state;

        public int Next(int bound) => (int)(MinHasher.SplitMix64(ref _state) % (ulong)bound);
    }
}
