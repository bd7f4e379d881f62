using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Sentences;

namespace Dossier.Tests.Extraction.Entities;

/// <summary>What the linker makes of "people" the tagger got wrong: given the tagger's spans, which stay people.</summary>
public sealed class MentionLinkerTests
{
    public static TheoryData<string, string, EntityKind?> TaggedAsPeople => new()
    {
        // A geographic feature's head word ends the name: a place, not a person.
        { "Coast guard ships shadowed the boats near Second Nerida Shoal on Monday.", "Nerida Shoal", EntityKind.Loc },
        // The last word of a heading before its colon is a label, not a name.
        { "Ship Movements:\nHarbour Law: Parliament passed the bill on Tuesday.", "Law", null },
        { "Harbour Talks: Officials met for five hours.", "Harbour Talks", null },
        // A name alone before a colon is a transcript's speaker.
        { "Reyes: We will keep flying there.", "Reyes", EntityKind.Person },
        // A name in running text before a colon stays a person.
        { "The minister met one man, Tom Reyes: a veteran of the talks.", "Tom Reyes", EntityKind.Person },
    };

    [Theory]
    [MemberData(nameof(TaggedAsPeople))]
    public void TaggedPeopleThatArePlacesOrLabelsAreRetypedOrDropped(string text, string words, EntityKind? expected)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        var tagged = ImmutableArray.Create(new Mention(new Dossier.Text.TextSpan(at, at + words.Length), EntityKind.Person, ""));
        var linked = MentionLinker.Link(text, tagged, NewsTokenizer.Tokenize(text), EntityLexicon.Default, NerModel.Default.Gazetteer);
        var kind = linked.Where(m => m.Span.Start <= at && m.Span.End >= at + words.Length).Select(m => (EntityKind?)m.Kind).FirstOrDefault();
        Assert.Equal(expected, kind);
    }
}
