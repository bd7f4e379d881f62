using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Stories;

/// <summary>What story clustering knows of one article: weighted words, names and the date it is about.</summary>
internal sealed class StoryProfile
{
    public required Doc Doc { get; init; }

    /// <summary>Word hashes and their counts (headline words counted <see cref="StoryOptions.HeadlineWeight"/> times).</summary>
    public required Dictionary<ulong, int> Counts { get; init; }

    /// <summary>Hashes of the capitalised names the article uses (named entities when that layer exists).</summary>
    public required HashSet<ulong> Names { get; init; }

    public ReferenceDate? Date { get; init; }

    /// <summary>The TF-IDF vector: term hashes sorted ascending, with unit-length weights.</summary>
    public ulong[] Terms { get; set; } = [];

    public float[] Weights { get; set; } = [];

    /// <summary>The heaviest terms that other articles share (and not too many of them): the keys for candidate retrieval.</summary>
    public ulong[] Retrieval { get; set; } = [];

    /// <summary>Name hashes sorted ascending with unit-length IDF weights.</summary>
    public ulong[] NameTerms { get; set; } = [];

    public float[] NameWeights { get; set; } = [];

    public static StoryProfile Build(Doc doc, StoryOptions options)
    {
        var counts = new Dictionary<ulong, int>();
        var names = new HashSet<ulong>();
        Count(doc.Text, counts, names, 1, useCapitals: (doc.Layers & Layers.Mentions) == 0);
        if (doc.Metadata.Headline is { Length: > 0 } headline)
            Count(headline, counts, names, options.HeadlineWeight, useCapitals: false);
        if ((doc.Layers & Layers.Mentions) != 0)
        {
            foreach (var mention in doc.Mentions)
            {
                foreach (var word in WordScanner.Words(doc[mention.Span]))
                    names.Add(WordScanner.Hash(doc[mention.Span], word));
            }
        }
        return new StoryProfile { Doc = doc, Counts = counts, Names = names, Date = ArticleDater.Date(doc) };
    }

    private static void Count(string text, Dictionary<ulong, int> counts, HashSet<ulong> names, int weight, bool useCapitals)
    {
        var words = WordScanner.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var span = text.AsSpan(words[i].Start, words[i].Length);
            if (span.Length < 3 || EnglishStopwords.Contains(span) || WordScanner.IsNumber(text, words[i]))
                continue;
            var hash = WordScanner.Hash(text, words[i]);
            counts[hash] = counts.GetValueOrDefault(hash) + weight;
            // A capital after a sentence end proves nothing; elsewhere it marks a name.
            if (useCapitals && char.IsUpper(span[0]) && i > 0 && !EndsSentence(text, words[i - 1].End, words[i].Start))
                names.Add(hash);
        }
    }

    private static bool EndsSentence(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' or ':' or '"' or '“')
                return true;
        }
        return false;
    }

    /// <summary>Dot product of two sparse vectors with sorted keys.</summary>
    public static double Dot(ulong[] keysA, float[] weightsA, ulong[] keysB, float[] weightsB)
    {
        int i = 0, j = 0;
        var sum = 0.0;
        while (i < keysA.Length && j < keysB.Length)
        {
            if (keysA[i] == keysB[j])
                sum += weightsA[i++] * weightsB[j++];
            else if (keysA[i] < keysB[j])
                i++;
            else
                j++;
        }
        return sum;
    }
}
