namespace Dossier.Extraction.Entities;

/// <summary>Which files of <c>shared/data/ner</c> train the shipped model and which are held back for evaluation.</summary>
/// <remarks>
/// Licences decide the GUM part: only genres whose texts allow commercial use are read (academic, bio, court, voyage,
/// news, interview, textbook, speech); essay, fiction, letter, podcast and wikiHow are CC BY-NC-SA, conversation and vlog
/// have unclear licences, GENTLE documents are licensed one by one. GUM's own dev and test documents are held back, as
/// are CrossNER's test files, the UNER English-EWT test file and every fifth Wikigold document. WikiANN (silver labels, no licence stated) is not used.
/// </remarks>
public static class NerTrainingSet
{
    /// <summary>GUM genres whose texts may be used in a model shipped commercially.</summary>
    public static readonly IReadOnlyList<string> PermissiveGumGenres = ["academic", "bio", "court", "voyage", "news", "interview", "textbook", "speech"];

    /// <summary>The training sentences under <paramref name="nerDirectory"/> (the <c>shared/data/ner</c> folder).</summary>
    public static List<NerSentence> Training(string nerDirectory)
    {
        var sentences = new List<NerSentence>();
        var heldOut = GumHeldOut(nerDirectory);
        foreach (var file in PermissiveGumFiles(nerDirectory))
        {
            if (!heldOut.Contains(Path.GetFileNameWithoutExtension(file)))
                sentences.AddRange(NerCorpusReader.Read(file));
        }
        foreach (var domain in Directory.GetDirectories(Path.Combine(nerDirectory, "crossner")).Order(StringComparer.Ordinal))
        {
            sentences.AddRange(NerCorpusReader.Read(Path.Combine(domain, "train.txt")));
            sentences.AddRange(NerCorpusReader.Read(Path.Combine(domain, "dev.txt")));
        }
        sentences.AddRange(NerCorpusReader.Read(Path.Combine(nerDirectory, "wikigold", "wikigold.conllu")).Where(s => !IsHeldBack(s)));
        sentences.AddRange(NerCorpusReader.Read(Path.Combine(nerDirectory, "uner-english-ewt", "en_ewt-ud-dev.iob2")));
        return sentences;
    }

    /// <summary>Whether a sentence read from a file the training also reads is held back for evaluation: Wikigold's every
    /// fifth document (29 of 145, the only CoNLL-scheme gold we have), read with <see cref="NerCorpusReader"/>.</summary>
    public static bool IsHeldBack(NerSentence sentence)
    {
        const string Wikigold = "wikigold.conllu#";
        return sentence.Document.StartsWith(Wikigold, StringComparison.Ordinal)
            && int.TryParse(sentence.Document.AsSpan(Wikigold.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var document)
            && document % 5 == 0;
    }

    /// <summary>GUM documents of the permissive genres that GUM's splits put in dev or test.</summary>
    public static IReadOnlyList<string> GumHeldOutFiles(string nerDirectory)
    {
        var heldOut = GumHeldOut(nerDirectory);
        return [.. PermissiveGumFiles(nerDirectory).Where(f => heldOut.Contains(Path.GetFileNameWithoutExtension(f)))];
    }

    private static IEnumerable<string> PermissiveGumFiles(string nerDirectory) =>
        Directory.GetFiles(Path.Combine(nerDirectory, "gum", "dep"), "GUM_*.conllu")
            .Where(f => PermissiveGumGenres.Contains(Path.GetFileName(f).Split('_')[1]))
            .Order(StringComparer.Ordinal);

    private static HashSet<string> GumHeldOut(string nerDirectory)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        foreach (var line in File.ReadLines(Path.Combine(nerDirectory, "gum", "splits.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
                section = line[3..].Trim();
            else if (section is "dev" or "test" && line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
                held.Add(line.Trim()[2..].Trim());
        }
        return held;
    }
}
