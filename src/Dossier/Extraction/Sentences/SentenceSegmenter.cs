using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Extraction.Sentences;

/// <summary>The "sentences" stage: tokens and sentences of the clean text.</summary>
public sealed class SentenceSegmenter : IDocStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("sentences", Layers.CleanText, Layers.Sentences | Layers.Tokens,
        "Tokens and sentences of the clean text (abbreviations, initials, quotes, datelines, lists).");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        var tokens = NewsTokenizer.Tokenize(doc.Text);
        var sentences = SentenceSplitter.Split(doc.Text, tokens);
        return doc with { Tokens = tokens, Sentences = sentences };
    }
}
