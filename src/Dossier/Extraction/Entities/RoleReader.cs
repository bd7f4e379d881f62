using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Entities;

/// <summary>A role stated next to a person's name, with the words that state it.</summary>
/// <param name="Title">The office: "Secretary of State".</param>
/// <param name="Of">Where it is held: "United States", "Shanghai Municipal Committee of the Communist Party of China", or null.</param>
/// <param name="Span">From the first word of the role to the end of the name (or of the apposition).</param>
internal sealed record StatedRole(string Title, string? Of, TextSpan Span);

/// <summary>Reads the roles a text states for a person mention, before the name or in an apposition after it.</summary>
/// <remarks>
/// Before the name: the longest capitalised title ending just before it ("Foreign Minister Wang Yi"), and what stands
/// before the title — a country, a demonym, a place or an organisation mention, or "X's" — as whose office it is
/// ("US Secretary of State …" → of United States; "China's Defence Minister …" → of China). After the name:
/// ", Secretary of the Shanghai Municipal Committee …," → the title, and the words after "of"/"for" up to the next comma
/// as whose office. Honorifics (Mr., Dr.) are not roles.
/// </remarks>
internal static class RoleReader
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Lord", "Prof.", "Professor" };

    public static List<StatedRole> Read(Doc doc, Mention mention, EntityLexicon lexicon)
    {
        var roles = new List<StatedRole>();
        var tokens = doc.Tokens;
        var first = FirstTokenAt(tokens, mention.Span.Start);
        var last = FirstTokenAt(tokens, mention.Span.End) - 1;
        if (first < 0 || first >= tokens.Length || last < first)
            return roles;
        var sentence = doc.Sentences.FirstOrDefault(s => s.Span.Contains(mention.Span));
        if (sentence is null)
            return roles;
        string Word(int i) => tokens[i].Span.Of(doc.Text);
        bool InSentence(int i) => i >= 0 && i < tokens.Length && sentence.Span.Contains(tokens[i].Span);

        // Before the name.
        for (var length = lexicon.MaxTitleWords; length >= 1; length--)
        {
            var start = first - length;
            if (!InSentence(start))
                continue;
            var phrase = string.Join(' ', Enumerable.Range(start, length).Select(Word));
            if (!lexicon.Titles.Contains(phrase) || Honorifics.Contains(phrase) || !char.IsUpper(phrase[0]))
                continue;
            var of = OwnerBefore(doc, start, lexicon, InSentence, Word);
            var from = of.Start ?? start;
            roles.Add(new StatedRole(phrase, of.Name, new TextSpan(tokens[from].Span.Start, mention.Span.End)));
            break;
        }

        // In an apposition after the name.
        var comma = last + 1;
        if (InSentence(comma) && Word(comma) == ",")
        {
            var titleStart = comma + 1;
            if (InSentence(titleStart) && Word(titleStart) is "the" or "a")
                titleStart++;
            for (var length = lexicon.MaxTitleWords; length >= 1; length--)
            {
                var end = titleStart + length;
                if (!InSentence(end - 1))
                    continue;
                var phrase = string.Join(' ', Enumerable.Range(titleStart, length).Select(Word));
                if (!lexicon.Titles.Contains(phrase) || Honorifics.Contains(phrase) || !char.IsLetter(phrase[0]))
                    continue;
                string? of = null;
                var stop = end;
                if (InSentence(end) && Word(end) is "of" or "for" or "at")
                {
                    var ofStart = end + 1;
                    if (InSentence(ofStart) && Word(ofStart) == "the")
                        ofStart++;
                    stop = ofStart;
                    while (InSentence(stop) && stop - ofStart < 14 && Word(stop) is not ("," or ";" or "." or "said" or "—" or "–" or "(" or ")"))
                        stop++;
                    if (stop > ofStart)
                        of = doc.Text[tokens[ofStart].Span.Start..tokens[stop - 1].Span.End];
                }
                else if (InSentence(end) && Word(end) is not ("," or "." or ";" or "said"))
                {
                    break; // "Chen, Secretary-designate who …": not a plain apposition
                }
                roles.Add(new StatedRole(char.ToUpperInvariant(phrase[0]) + phrase[1..], of, new TextSpan(mention.Span.Start, tokens[stop - 1].Span.End)));
                break;
            }
        }
        return roles;
    }

    // "US", "Chinese", "Shanghai", "China's", "the State Department's" just before a title: whose office it is.
    private static (string? Name, int? Start) OwnerBefore(Doc doc, int titleStart, EntityLexicon lexicon, Func<int, bool> inSentence, Func<int, string> word)
    {
        var end = titleStart;
        if (inSentence(end - 1) && word(end - 1) is "'s" or "’s")
            end--;
        if (!inSentence(end - 1))
            return (null, null);
        var previous = doc.Tokens[end - 1].Span;
        var owner = doc.Mentions.LastOrDefault(m => m.Span.End == previous.End && m.Kind is not EntityKind.Person);
        if (owner is not null)
        {
            var surface = doc[owner.Span];
            var start = FirstTokenAt(doc.Tokens, owner.Span.Start);
            return (lexicon.Countries.TryGetValue(surface, out var country) ? country : surface, start);
        }
        var single = word(end - 1);
        return lexicon.Countries.TryGetValue(single, out var named) ? (named, end - 1) : (null, null);
    }

    private static int FirstTokenAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
