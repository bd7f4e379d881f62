using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>The "entities" stage: tags each sentence with the NER model and records the named mentions.</summary>
public sealed class EntityRecognizer : IDocStage
{
    private readonly NerModel? _model;

    /// <summary>A recogniser using the shipped model (loaded on first use).</summary>
    public EntityRecognizer()
    {
    }

    /// <summary>A recogniser using <paramref name="model"/>.</summary>
    public EntityRecognizer(NerModel model) => _model = model;

    /// <inheritdoc />
    public StageInfo Info { get; } = new("entities", Layers.Sentences | Layers.Tokens, Layers.Mentions,
        "Named entities (person, organisation, GPE, location, facility, event, other) from Dossier's own NER model, linked within the article.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        var model = _model ?? NerModel.Default;
        var mentions = Recognise(model, doc.Text, doc.Sentences, doc.Tokens);
        return doc with { Mentions = MentionLinker.Link(doc.Text, mentions, doc.Tokens, EntityLexicon.Default, model.Gazetteer) };
    }

    /// <summary>The mentions in <paramref name="text"/>: each sentence tagged, then names made consistent across the article
    /// (<see cref="NerModel.TagDocument"/>).</summary>
    public static ImmutableArray<Mention> Recognise(NerModel model, string text, ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        var sentenceWords = SentenceWords(text, sentences, tokens);
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var tagged = model.TagDocument([.. sentenceWords.Select(s => s.Words)]);
        for (var s = 0; s < tagged.Count; s++)
        {
            var first = sentenceWords[s].FirstToken;
            foreach (var (start, end, kind) in tagged[s])
                mentions.Add(new Mention(new TextSpan(tokens[first + start].Span.Start, tokens[first + end - 1].Span.End), kind));
        }
        return mentions.ToImmutable();
    }

    /// <summary>The words of each sentence that has any, with the index of its first token.</summary>
    internal static List<(int FirstToken, string[] Words)> SentenceWords(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        var result = new List<(int FirstToken, string[] Words)>(sentences.Count);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start)
                t++;
            var first = t;
            while (t < tokens.Count && tokens[t].Span.End <= sentence.Span.End)
                t++;
            if (t == first)
                continue;
            var words = new string[t - first];
            for (var k = first; k < t; k++)
                words[k - first] = tokens[k].Span.Of(text);
            result.Add((first, words));
        }
        return result;
    }
}
