using Dossier.Documents;
using Dossier.Stories;
using Dossier.Text;

namespace Dossier.Copies;

/// <summary>What copy detection needs of one article: its shingles, MinHash signature, anchors and provenance.</summary>
internal sealed class CopyProfile
{
    private List<HashSet<ulong>>? _sentences;

    private CopyProfile(Doc doc, ulong[] shingles, ulong[] anchors, ReferenceDate? date, WireCredit wire, int wordCount)
    {
        Doc = doc;
        Shingles = shingles;
        Anchors = anchors;
        Date = date;
        Wire = wire;
        WordCount = wordCount;
    }

    public Doc Doc { get; }

    /// <summary>Distinct hashes of the word shingles, sorted (so two profiles intersect by merging).</summary>
    public ulong[] Shingles { get; }

    /// <summary>Capitalised words (outside function words) and numbers, each once, in order of first use: names, places, figures.</summary>
    public ulong[] Anchors { get; }

    public ulong[] Signature { get; set; } = [];

    public ReferenceDate? Date { get; }

    public WireCredit Wire { get; }

    public int WordCount { get; }

    /// <summary>Content-word hash sets, one per sentence with at least four content words (built on first use).</summary>
    public List<HashSet<ulong>> Sentences => _sentences ??= BuildSentences(Doc.Text);

    public static CopyProfile Build(Doc doc, int shingleSize)
    {
        var text = doc.Text;
        var words = WordScanner.Words(text);
        var hashes = new ulong[words.Count];
        var anchors = new List<ulong>();
        for (var i = 0; i < words.Count; i++)
        {
            hashes[i] = WordScanner.Hash(text, words[i]);
            var span = text.AsSpan(words[i].Start, words[i].Length);
            if ((WordScanner.IsCapitalised(text, words[i]) && !EnglishStopwords.Contains(span) && span.Length > 1)
                || (WordScanner.IsNumber(text, words[i]) && span.Length > 1))
                anchors.Add(hashes[i]);
        }
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + shingleSize <= hashes.Length; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < shingleSize; k++)
                h = MinHasher.Mix(h ^ hashes[i + k]) + (ulong)k;
            shingles.Add(h);
        }
        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        return new CopyProfile(doc, sorted, [.. anchors.Distinct()], ArticleDater.Date(doc), WireCredit.Of(doc), words.Count);
    }

    /// <summary>Size of the intersection of two sorted distinct arrays.</summary>
    public static int Intersect(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                count++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
                i++;
            else
                j++;
        }
        return count;
    }

    private static List<HashSet<ulong>> BuildSentences(string text)
    {
        var result = new List<HashSet<ulong>>();
        foreach (var sentence in RoughSentences.Split(text))
        {
            var set = new HashSet<ulong>();
            foreach (var word in WordScanner.Words(sentence.Of(text)))
            {
                var piece = sentence.Of(text);
                var span = piece.AsSpan(word.Start, word.Length);
                if (span.Length > 2 && !EnglishStopwords.Contains(span))
                    set.Add(WordScanner.Hash(piece, word));
            }
            if (set.Count >= 4)
                result.Add(set);
        }
        return result;
    }
}
