using Dossier.Documents;
using Dossier.Evaluation;

namespace Dossier.Extraction.Entities;

/// <summary>Scores a <see cref="NerModel"/> on annotated sentences with the CoNLL convention: an entity counts only when
/// its span and type both match exactly.</summary>
/// <remarks>
/// Dossier's kinds are folded into the CoNLL types first (GPE, LOC and FACILITY are LOC; EVENT and OTHER are MISC), on
/// both sides. Only the types the gold data uses are scored: a corpus without MISC does not count Dossier's MISC
/// predictions as errors, since it never said whether those words are entities.
/// </remarks>
public static class NerEvaluator
{
    private static readonly string[] CoreTypes = ["PER", "LOC", "ORG"];

    /// <summary>The CoNLL type a kind is scored as.</summary>
    public static string CoarseType(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Org => "ORG",
        EntityKind.Gpe or EntityKind.Loc or EntityKind.Facility => "LOC",
        _ => "MISC",
    };

    /// <summary>Tags every sentence (the sentences of a marked document together, see <see cref="NerModel.TagDocument"/>) and compares; writes <c>token gold predicted</c> lines to <paramref name="predictions"/> if given.</summary>
    public static NerEvaluation Evaluate(NerModel model, IReadOnlyList<NerSentence> sentences, TextWriter? predictions = null)
    {
        var goldTypes = sentences.SelectMany(s => s.Entities).Select(e => CoarseType(e.Kind)).ToHashSet(StringComparer.Ordinal);
        var counts = goldTypes.ToDictionary(t => t, _ => new PrfScore(), StringComparer.Ordinal);
        var core = new PrfScore();
        var tokens = 0;
        for (var first = 0; first < sentences.Count;)
        {
            // Sentences of one marked document are tagged together (names made consistent across it), others alone.
            var last = first + 1;
            while (last < sentences.Count && sentences[first].Document.Length > 0 && sentences[last].Document == sentences[first].Document)
                last++;
            var group = new string[last - first][];
            for (var s = first; s < last; s++)
                group[s - first] = [.. sentences[s].Tokens];
            var tagged = model.TagDocument(group);
            // A marked document starts with a CoNLL document line, so the predictions can be read back as documents.
            if (predictions is not null && sentences[first].Document.Length > 0)
                predictions.WriteLine("-DOCSTART- O O\n");
            for (var s = first; s < last; s++)
            {
                var sentence = sentences[s];
                tokens += sentence.Tokens.Length;
                var predicted = tagged[s - first]
                    .Select(p => (p.Start, p.End, Type: CoarseType(p.Kind)))
                    .ToHashSet();
                var gold = sentence.Entities.Select(e => (e.Start, e.End, Type: CoarseType(e.Kind))).ToHashSet();
                // PER/LOC/ORG are scored whether or not the gold file happens to use each of them.
                var coreGold = gold.Where(g => CoreTypes.Contains(g.Type)).ToHashSet();
                var corePredicted = predicted.Where(p => CoreTypes.Contains(p.Type)).ToHashSet();
                core += new PrfScore(coreGold.Count(corePredicted.Contains), corePredicted.Count(p => !coreGold.Contains(p)), coreGold.Count(g => !corePredicted.Contains(g)));
                predicted.RemoveWhere(p => !goldTypes.Contains(p.Type));
                foreach (var type in goldTypes)
                {
                    var tp = gold.Count(g => g.Type == type && predicted.Contains(g));
                    var fp = predicted.Count(p => p.Type == type && !gold.Contains(p));
                    var fn = gold.Count(g => g.Type == type && !predicted.Contains(g));
                    counts[type] += new PrfScore(tp, fp, fn);
                }
                if (predictions is not null)
                    WritePredictions(predictions, sentence, gold, predicted);
            }
            first = last;
        }
        var overall = counts.Values.Aggregate(new PrfScore(), (a, b) => a + b);
        return new NerEvaluation(counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(), overall, sentences.Count, tokens, core);
    }

    private static void WritePredictions(TextWriter writer, NerSentence sentence,
        HashSet<(int Start, int End, string Type)> gold, HashSet<(int Start, int End, string Type)> predicted)
    {
        var goldTags = Iob2(sentence.Tokens.Length, gold);
        var predictedTags = Iob2(sentence.Tokens.Length, predicted);
        for (var i = 0; i < sentence.Tokens.Length; i++)
            writer.WriteLine($"{sentence.Tokens[i]} {goldTags[i]} {predictedTags[i]}");
        writer.WriteLine();
    }

    private static string[] Iob2(int length, IEnumerable<(int Start, int End, string Type)> spans)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var (start, end, type) in spans)
        {
            tags[start] = "B-" + type;
            for (var i = start + 1; i < end; i++)
                tags[i] = "I-" + type;
        }
        return tags;
    }
}
