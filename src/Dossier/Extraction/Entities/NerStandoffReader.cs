using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Extraction.Dates;
using Dossier.Extraction.Sentences;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>Reads a stand-off NER annotation: entities given by character offset into documents kept elsewhere, turned
/// into <see cref="NerSentence"/>s with Dossier's own tokenizer and sentence splitter.</summary>
/// <remarks>
/// Used for our annotation of newswire whose text we may read but not ship (TimeBank/AQUAINT, `eval/ner/`): the gold
/// file holds only offsets, types and the names as written, and the text is read from the data folder at run time.
/// The file is <c>{"documents": [{"path": "…", "split": "dev", "entities": [[start, "LOC", "Nairobi"], …]}]}</c>; a
/// path ending in <c>.tml</c> is read as TimeML (its TITLE, a blank line, then its TEXT with the markup removed), any
/// other as plain text. Each entity's name is checked against the text at its offset, so a changed source file is an
/// error rather than a silently shifted score. Unlike a CoNLL file, the tokens are ours: an entity boundary inside a
/// token widens the entity to that token (counted in <see cref="NerStandoffSet.Widened"/>), and an entity a sentence
/// boundary cuts stays in the sentence it starts in.
/// </remarks>
public static partial class NerStandoffReader
{
    /// <summary>Reads the gold file at <paramref name="goldPath"/> over the documents under <paramref name="root"/>,
    /// keeping only documents of <paramref name="split"/> when given.</summary>
    /// <exception cref="FormatException">The gold file is malformed, a document is missing, or a name is not at its offset.</exception>
    public static NerStandoffSet Read(string goldPath, string root, string? split = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        if (!json.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
            throw new FormatException("no \"documents\" array");
        var sentences = new List<NerSentence>();
        var entities = 0;
        var widened = 0;
        var cut = 0;
        var documentCount = 0;
        foreach (var document in documents.EnumerateArray())
        {
            var path = document.GetProperty("path").GetString() ?? throw new FormatException("a document without \"path\"");
            var documentSplit = document.TryGetProperty("split", out var s) ? s.GetString() : null;
            if (split is not null && !string.Equals(split, documentSplit, StringComparison.Ordinal))
                continue;
            var file = Path.Combine(root, path);
            if (!File.Exists(file))
                throw new FormatException($"{path}: not found under {root}");
            var text = DocumentText(file);
            var spans = new List<(TextSpan Span, string Label)>();
            foreach (var entity in document.GetProperty("entities").EnumerateArray())
            {
                var start = entity[0].GetInt32();
                var label = entity[1].GetString() ?? "";
                var name = entity[2].GetString() ?? "";
                if (start < 0 || start + name.Length > text.Length || string.CompareOrdinal(text, start, name, 0, name.Length) != 0)
                    throw new FormatException($"{path}: \"{name}\" is not at offset {start}");
                spans.Add((new TextSpan(start, start + name.Length), label));
            }
            documentCount++;
            entities += spans.Count;
            var (documentSentences, documentWidened, documentCut) = Sentences(text, spans, path);
            sentences.AddRange(documentSentences);
            widened += documentWidened;
            cut += documentCut;
        }
        return new NerStandoffSet(sentences, documentCount, entities, widened, cut);
    }

    /// <summary>The text the offsets count in: a TimeML file's title, a blank line and its text; any other file as it is
    /// (line ends as <c>\n</c> in both, as an XML reader gives them).</summary>
    public static string DocumentText(string file)
    {
        var raw = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!file.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
            return raw;
        var body = TimeMlDocument.Parse(raw, Path.GetFileName(file)).Text.Trim();
        var title = Title().Match(raw) is { Success: true } m ? TimeMlDocument.Parse("<TEXT>" + m.Groups[1].Value + "</TEXT>", "").Text.Trim() : "";
        return (title.Length > 0 ? title + "\n\n" : "") + body + "\n";
    }

    private static (List<NerSentence> Sentences, int Widened, int Cut) Sentences(string text, List<(TextSpan Span, string Label)> entities, string source)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var result = new List<NerSentence>();
        var widened = 0;
        var cut = 0;
        var next = 0;
        foreach (var (first, words) in EntityRecognizer.SentenceWords(text, SentenceSplitter.Split(text, tokens), tokens))
        {
            var t = first + words.Length;
            var spans = ImmutableArray.CreateBuilder<EntitySpan>();
            for (; next < entities.Count && entities[next].Span.Start < tokens[t - 1].Span.End; next++)
            {
                var (span, label) = entities[next];
                var startToken = first;
                while (startToken < t - 1 && tokens[startToken].Span.End <= span.Start)
                    startToken++;
                var endToken = startToken;
                while (endToken < t && tokens[endToken].Span.Start < span.End)
                    endToken++;
                if (tokens[startToken].Span.Start != span.Start || tokens[endToken - 1].Span.End != span.End)
                    widened++;
                if (span.End > tokens[t - 1].Span.End)
                    cut++;
                var entityWords = words.AsSpan(startToken - first, endToken - startToken);
                if (NerLabelRules.Map(label, entityWords) is { } kind)
                    spans.Add(new EntitySpan(startToken - first, endToken - first, kind, label));
            }
            result.Add(new NerSentence([.. words], spans.ToImmutable(), source) { Document = source });
        }
        return (result, widened, cut);
    }

    [GeneratedRegex(@"<TITLE>(.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex Title();
}

/// <summary>Sentences read from a stand-off annotation, with what the reading had to adjust.</summary>
/// <param name="Sentences">The documents' sentences, in order, each marked with its document.</param>
/// <param name="Documents">How many documents were read.</param>
/// <param name="Entities">How many gold entities they hold.</param>
/// <param name="Widened">Entities whose boundary fell inside one of our tokens, widened to it.</param>
/// <param name="Cut">Entities a sentence boundary cut, kept in the sentence they start in.</param>
public sealed record NerStandoffSet(IReadOnlyList<NerSentence> Sentences, int Documents, int Entities, int Widened, int Cut);
