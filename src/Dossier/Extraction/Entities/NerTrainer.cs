using System.Collections.Frozen;
using System.Globalization;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Trains a <see cref="NerModel"/>: a structured averaged perceptron over hashed features, BILOU tags, decoded
/// with Viterbi over tag bigrams.</summary>
/// <remarks>
/// Each training sentence is decoded whole, exactly as the tagger decodes it, and the features of the gold sequence go up
/// and those of the predicted one down where the two differ (Collins 2002). The greedy left-to-right perceptron this
/// replaces (previous two predicted tags as features) could not fit its own training data (5.3% of tokens still wrong
/// after 12 epochs, against 1% here) and scored 6 points of F1 lower on every held-back set (docs/entities.md).
/// Averaging the weights over every step makes the perceptron as good as a CRF at a fraction of the training time.
/// </remarks>
public static class NerTrainer
{
    /// <summary>Trains on <paramref name="sentences"/> with the features of <paramref name="gazetteer"/>.</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, Gazetteer gazetteer, NerTrainingOptions options, Action<string>? log = null)
    {
        const int T = BilouTags.Count;
        var commonWords = CommonWords(sentences);
        sentences = WithTableRows(WithHeadlineCopies(sentences, options.UpperCaseEvery), options.TableRowEvery, options.Seed);
        var features = new NerFeatures(gazetteer, commonWords);
        var scratch = new NerFeatures.Sentence();
        const int D = NerFeatures.DynamicCount;
        const int P = ViterbiDecoder.Previous;
        const int S = ViterbiDecoder.Stride;
        Span<uint> buffer = stackalloc uint[NerFeatures.MaxStatic];
        Span<uint> bases = stackalloc uint[D];

        // Pass 1: static features of every token, the bases of its previous-tag features, and counts of every feature
        // (previous-tag ones from the gold history).
        var staticFeatures = new List<uint[]>(sentences.Count);
        var dynamicBases = new List<uint[]>(sentences.Count);
        var offsets = new List<int[]>(sentences.Count);
        var gold = new List<int[]>(sentences.Count);
        var counts = new Dictionary<uint, int>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Tokens.AsSpan();
            var tags = BilouTags.Encode(words.Length, sentence.Entities);
            features.Prepare(words, scratch);
            // Every n-th sentence (staticFeatures.Count is this sentence's number) is learnt without its gazetteer matches.
            var every = options.GazetteerDropEvery;
            if (every > 0 && staticFeatures.Count % every == every - 1)
                scratch.Gazetteer.AsSpan().Clear();
            var all = new List<uint>(words.Length * 24);
            var starts = new int[words.Length + 1];
            var own = new uint[words.Length * D];
            for (var i = 0; i < words.Length; i++)
            {
                starts[i] = all.Count;
                var n = NerFeatures.Static(scratch, i, buffer);
                for (var f = 0; f < n; f++)
                {
                    all.Add(buffer[f]);
                    counts[buffer[f]] = counts.GetValueOrDefault(buffer[f]) + 1;
                }
                NerFeatures.DynamicBases(scratch, i, bases);
                bases.CopyTo(own.AsSpan(i * D));
                for (var d = 0; d < D; d++)
                {
                    if (bases[d] == 0)
                        continue;
                    var key = NerFeatures.WithPrevious(bases[d], i > 0 ? tags[i - 1] : -1);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
            starts[words.Length] = all.Count;
            staticFeatures.Add([.. all]);
            dynamicBases.Add(own);
            offsets.Add(starts);
            gold.Add(tags);
        }
        var index = new Dictionary<uint, int>();
        foreach (var (key, count) in counts.OrderBy(c => c.Key))
        {
            if (count >= options.MinFeatureCount)
                index[key] = index.Count;
        }
        log?.Invoke($"{sentences.Count} sentences, {gold.Sum(g => g.Length)} tokens, {index.Count} features (of {counts.Count})");
        counts = null;

        var staticRows = staticFeatures.Select(fs => fs.Select(f => index.GetValueOrDefault(f, -1)).ToArray()).ToList();
        staticFeatures.Clear();
        // The rows of every token's previous-tag features for every previous tag, looked up once.
        var table = new FeatureTable(index);
        var dynamicRows = dynamicBases.Select(own =>
        {
            var n = own.Length / D;
            var rows = new int[n * P * D];
            for (var i = 0; i < n; i++)
            {
                for (var p = 0; p < P; p++)
                {
                    for (var d = 0; d < D; d++)
                    {
                        var basis = own[i * D + d];
                        rows[(i * P + p) * D + d] = basis == 0 ? -1 : table.Find(NerFeatures.WithPrevious(basis, p - 1));
                    }
                }
            }
            return rows;
        }).ToList();
        dynamicBases.Clear();

        // Several runs over differently shuffled data, their averaged weights averaged again: a model less tied to one
        // ordering of the data (one run's held-back F1 moves by a point or two with the seed).
        var mean = new double[index.Count * T];
        for (var run = 0; run < options.Runs; run++)
        {
            var weights = new float[index.Count * S];
            var totals = new double[index.Count * S];
            var stamps = new int[index.Count * S];
            var step = 1;
            var order = Enumerable.Range(0, sentences.Count).ToArray();
            var random = new Random(options.Seed + run);
            var emissions = new float[256 * S];
            var predicted = new int[256];

            void Update(int row, int tag, float delta)
            {
                var at = row * S + tag;
                totals[at] += (double)(step - stamps[at]) * weights[at];
                stamps[at] = step;
                weights[at] += delta;
            }

            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order);
                var errors = 0;
                var decisions = 0;
                foreach (var s in order)
                {
                    var tags = gold[s];
                    var starts = offsets[s];
                    var own = staticRows[s];
                    var rows = dynamicRows[s];
                    var n = tags.Length;
                    if (emissions.Length < n * S)
                    {
                        emissions = new float[n * 2 * S];
                        predicted = new int[n * 2];
                    }
                    var emission = emissions.AsSpan(0, n * S);
                    emission.Clear();
                    for (var i = 0; i < n; i++)
                    {
                        var scores = emission.Slice(i * S, S);
                        for (var f = starts[i]; f < starts[i + 1]; f++)
                        {
                            if (own[f] < 0)
                                continue;
                            var w = weights.AsSpan(own[f] * S, S);
                            for (var t = 0; t < T; t++)
                                scores[t] += w[t];
                        }
                    }
                    var guess = predicted.AsSpan(0, n);
                    ViterbiDecoder.Decode(emission, weights, rows, D, guess);
                    // Collins's update: the gold sequence's features up, the predicted one's down, where they differ.
                    for (var i = 0; i < n; i++)
                    {
                        var goldPrevious = i > 0 ? tags[i - 1] : -1;
                        var guessPrevious = i > 0 ? guess[i - 1] : -1;
                        if (tags[i] != guess[i])
                        {
                            errors++;
                            for (var f = starts[i]; f < starts[i + 1]; f++)
                            {
                                if (own[f] < 0)
                                    continue;
                                Update(own[f], tags[i], 1f);
                                Update(own[f], guess[i], -1f);
                            }
                        }
                        if (tags[i] != guess[i] || goldPrevious != guessPrevious)
                        {
                            for (var d = 0; d < D; d++)
                            {
                                var up = rows[(i * P + goldPrevious + 1) * D + d];
                                if (up >= 0)
                                    Update(up, tags[i], 1f);
                                var down = rows[(i * P + guessPrevious + 1) * D + d];
                                if (down >= 0)
                                    Update(down, guess[i], -1f);
                            }
                        }
                    }
                    decisions += n;
                    step++;
                }
                log?.Invoke($"run {run + 1}, epoch {epoch}: {errors} tag errors in {decisions} decisions ({100.0 * errors / Math.Max(1, decisions):0.00}%)");
            }

            // This run's weights averaged over all its steps, added to the mean over runs.
            for (var row = 0; row < index.Count; row++)
            {
                for (var t = 0; t < T; t++)
                {
                    var at = row * S + t;
                    mean[row * T + t] += (totals[at] + (double)(step - stamps[at]) * weights[at]) / step / options.Runs;
                }
            }
        }

        // Keep the features whose mean weights are not all near zero.
        var kept = new Dictionary<uint, int>();
        var averaged = new List<float>();
        var values = new float[T];
        foreach (var (key, row) in index)
        {
            var any = false;
            for (var t = 0; t < T; t++)
            {
                var value = (float)mean[row * T + t];
                values[t] = Math.Abs(value) < options.PruneBelow ? 0 : value;
                any |= values[t] != 0;
            }
            if (!any)
                continue;
            kept[key] = kept.Count;
            foreach (var v in values)
                averaged.Add(v);
        }
        log?.Invoke($"kept {kept.Count} features after pruning weights below {options.PruneBelow}");
        return new NerModel(gazetteer, commonWords, kept, [.. averaged]);
    }

    // Every n-th sentence again in capitals, labels unchanged: headline text has no case to tell names from words.
    private static List<NerSentence> WithHeadlineCopies(IReadOnlyList<NerSentence> sentences, int every)
    {
        var all = new List<NerSentence>(sentences);
        if (every <= 0)
            return all;
        for (var s = every - 1; s < sentences.Count; s += every)
        {
            var sentence = sentences[s];
            all.Add(sentence with { Tokens = [.. sentence.Tokens.Select(t => t.ToUpperInvariant())] });
        }
        return all;
    }

    // Every n-th sentence that names a person, place or organisation lends one of its names (chosen with the seeded
    // random) to a one-line "sentence": a results-table row ("Germany 3 2 1 0 7", "4. Ann Lee 71.20") or, for a country
    // or city one time in three, a dateline ("LONDON 1996-08-30"). News tables and datelines write names with no words
    // around them; without such lines a capitalised word followed by numbers was often left untagged.
    internal static List<NerSentence> WithTableRows(List<NerSentence> sentences, int every, int seed)
    {
        if (every <= 0)
            return sentences;
        var random = new Random(seed);
        var count = sentences.Count;
        for (var s = every - 1; s < count; s += every)
        {
            var names = sentences[s].Entities.Where(e => e.End - e.Start <= 4 && e.Kind is EntityKind.Person or EntityKind.Org or EntityKind.Gpe or EntityKind.Loc).ToList();
            if (names.Count == 0)
                continue;
            var name = names[random.Next(names.Count)];
            var words = sentences[s].Tokens[name.Start..name.End].ToList();
            var tokens = new List<string>();
            var start = 0;
            if (name.Kind is EntityKind.Gpe && random.Next(3) == 0)
            {
                tokens.AddRange(words.Select(w => w.ToUpperInvariant()));
                tokens.Add(string.Create(CultureInfo.InvariantCulture, $"{random.Next(1990, 2025)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}"));
            }
            else
            {
                if (random.Next(3) == 0)
                {
                    tokens.Add(string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 20)}."));
                    start = 1;
                }
                tokens.AddRange(words);
                var numbers = random.Next(1, 7);
                for (var n = 0; n < numbers; n++)
                {
                    tokens.Add(random.Next(4) switch
                    {
                        0 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 6)}-{random.Next(0, 6)}"),
                        1 => string.Create(CultureInfo.InvariantCulture, $"{random.Next(10, 99)}.{random.Next(0, 99):00}"),
                        _ => random.Next(0, 40).ToString(CultureInfo.InvariantCulture),
                    });
                }
            }
            sentences.Add(new NerSentence([.. tokens], [new EntitySpan(start, start + words.Count, name.Kind, name.Label)], "table"));
        }
        return sentences;
    }

    // Words written in lower case at least twice and at least four times as often as capitalised inside a sentence.
    private static FrozenSet<string> CommonWords(IReadOnlyList<NerSentence> sentences)
    {
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var word = sentence.Tokens[i];
                if (word.Length < 2 || !char.IsLetter(word[0]))
                    continue;
                if (char.IsLower(word[0]))
                    lower[word] = lower.GetValueOrDefault(word) + 1;
                else if (i > 0 && char.IsUpper(word[0]))
                    capitalised[word.ToLowerInvariant()] = capitalised.GetValueOrDefault(word.ToLowerInvariant()) + 1;
            }
        }
        return lower.Where(w => w.Value >= 2 && w.Value >= 4 * capitalised.GetValueOrDefault(w.Key))
            .Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal);
    }
}
