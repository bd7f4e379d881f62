using Dossier.Documents;
using Dossier.Extraction.Sentences;

namespace Dossier.Extraction.Entities;

/// <summary>Text of an article outside its body, prepared like a body: tokens, sentences and linked mentions.</summary>
/// <param name="Field">The article field: <c>captions</c>.</param>
/// <param name="Index">Which entry of the field.</param>
/// <param name="View">The article with that entry as its text, so the role reader and the linker work on it unchanged.</param>
internal sealed record SideText(string Field, int Index, Doc View);

/// <summary>Tags photo captions with the NER model: captions name people the body does not ("greeted by Kong Fuan,
/// Director General of …"), and the cleaner keeps captions apart from the body.</summary>
internal static class SideTextTagger
{
    public static List<SideText> Tag(Doc doc, NerModel model, EntityLexicon lexicon)
    {
        var sides = new List<SideText>();
        for (var i = 0; i < doc.Metadata.Captions.Length; i++)
        {
            var caption = doc.Metadata.Captions[i];
            // The credit after the caption ("Photo: …/AFP") is read by CreditReader, not tagged.
            var text = caption[..CreditReader.CreditStart(caption)];
            if (text.Trim().Length == 0)
                continue;
            var tokens = NewsTokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            var tagged = EntityRecognizer.Recognise(model, text, sentences, tokens);
            var mentions = MentionLinker.Link(text, tagged, tokens, lexicon, model.Gazetteer);
            sides.Add(new SideText("captions", i, doc with { Text = text, Tokens = tokens, Sentences = sentences, Mentions = mentions }));
        }
        return sides;
    }
}
