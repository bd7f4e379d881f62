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
        var words = new List<string[]>(sentences.Length);
        var firsts = new List<int>(sentences.Length);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Span.Start)
                t++;
            var first = t;
            while (t < tokens.Length && tokens[t].Span.End <= sentence.Span.End)
                t++;
            if (t == first)
                continue;
            var sentenceWords = new string[t - first];
            for (var k = first; k < t; k++)
                sentenceWords[k - first] = tokens[k].Span.Of(text);
            words.Add(sentenceWords);
            firsts.Add(first);
        }
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var tagged = model.TagDocument(words);
        for (var s = 0; s < tagged.Count; s++)
        {
            foreach (var (start, end, kind) in tagged[s])
                mentions.Add(new Mention(new TextSpan(tokens[firsts[s] + start].Span.Start, tokens[firsts[s] + end - 1].Span.End), kind));
        }
        return mentions.ToImmutable();
    }
}
