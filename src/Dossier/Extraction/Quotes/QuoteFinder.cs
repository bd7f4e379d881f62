using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>Finds direct, partial and reported quotations in one text and links each to its cue and speaker phrase.</summary>
/// <remarks>
/// Direct quotes come from the quotation marks (<see cref="QuoteMarks"/>); each is attributed by the patterns news
/// uses: the cue right after the closing mark (<c>"…," he said</c>, <c>"…," said Alfred Wu</c>), the cue right before
/// the opening one (<c>Chen told him: "…"</c>, <c>…he said, "…"</c>), the reported speech that contains it (a partial
/// quote), a neighbouring quote with the same speaker, or the quote that ends the paragraph before (a speaker's next
/// paragraph of quotation). Reported speech comes from cue verbs whose subject is a speaker phrase.
/// </remarks>
internal static class QuoteFinder
{
    private sealed class Found
    {
        public required QuoteSegment? Segment;
        public required TextSpan Content;
        public (int First, int End)? Speaker;
        public int Cue = -1;
        public int CueEnd = -1;
        public bool Direct;
        public bool Partial;
        public bool Consumed;
        public bool ObjectOnly;
        public TextSpan? Scope; // where a partial quote counts as part of this speech: "A "…", officials said, B"
    }

    public static List<Quote> Find(TokenView t)
    {
        var text = t.Text;
        var segments = QuoteMarks.Find(text);
        var used = new bool[t.Count];
        var direct = new List<Found>(segments.Count);
        foreach (var segment in segments)
        {
            var contentEnd = segment.ContentEnd;
            while (contentEnd > segment.ContentStart + 1 && text[contentEnd - 1] is ',' or ' ')
                contentEnd--;
            var found = new Found { Segment = segment, Content = new TextSpan(segment.ContentStart, contentEnd), Direct = true };
            AttributeAfter(t, segment, found, used);
            if (found.Cue < 0)
                AttributeBefore(t, segment, found, used);
            else if (IsPronoun(t, found.Speaker))
                PreferNamedIntro(t, segment, found);
            if (IsCommonWord(t, found.Speaker))
            {
                // "Hours later, X returned the compliment, telling Reuters, '…'": a common word that opens the
                // sentence is not who speaks; better no speaker than a wrong one.
                found.Speaker = null;
                found.Cue = -1;
                found.CueEnd = -1;
            }
            direct.Add(found);
        }

        var reported = FindReported(t, used, segments);

        // A quote inside reported speech is a partial quote of the same speaker.
        // A title in capitals ("hosts the show “Harbour Talk.”") is not a partial quote of the speech around it.
        foreach (var found in direct.Where(f => f.Cue < 0 && !IsNamedTitle(t, f)))
        {
            foreach (var r in reported)
            {
                if ((r.Scope ?? r.Content).Contains(found.Content))
                {
                    found.Speaker = r.Speaker;
                    found.Cue = r.Cue;
                    found.CueEnd = r.CueEnd;
                    found.Partial = true;
                    break;
                }
            }
        }
        // "The mayor called the vote "a turning point for the city"", "the minister criticised what she called a
        // "reckless and costly gamble"": a partial quote of four words or more speaks for the sentence's subject.
        foreach (var found in direct.Where(f => f.Cue < 0 && f.Speaker is null))
        {
            var first = t.TokenAtOrAfter(found.Segment!.Value.Open);
            if (first >= t.Count || StartsSentence(t, first) || WordCount(t.Text, found.Content) < 4)
                continue;
            if (SentenceSubject(t, t.SentenceFirst[t.SentenceOf[first]], first) is { } subject)
            {
                found.Speaker = subject;
                found.Partial = true;
            }
        }
        ShareSpeakers(t, direct);

        var result = new List<Quote>();
        foreach (var found in direct)
        {
            var segment = found.Segment!.Value;
            var first = t.TokenAtOrAfter(segment.Open);
            var partial = found.Partial || (!StartsSentence(t, first) && !(first > 0 && t.Words[first - 1] is ":" or ","));
            if (found.Speaker is null && (partial || WordCount(text, found.Content) < 4))
                continue; // scare quotes and titles: quoted words nobody is said to have said
            result.Add(ToQuote(t, found, partial, new TextSpan(segment.Open, segment.Close)));
        }
        foreach (var r in reported.Where(r => !r.Consumed && !Overlaps(r, direct)))
            result.Add(ToQuote(t, r, false, Cover(r.Content, r.Speaker is { } s ? t.Span(s.First, s.End) : r.Content, t.Span(r.Cue, r.CueEnd))));
        result.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        return result;
    }

    private static Quote ToQuote(TokenView t, Found found, bool partial, TextSpan span)
    {
        TextSpan? speaker = found.Speaker is { } s ? t.Span(s.First, s.End) : null;
        TextSpan? cue = found.Cue >= 0 ? t.Span(found.Cue, found.CueEnd) : null;
        var whole = span;
        if (speaker is { } sp)
            whole = Cover(whole, sp, sp);
        if (cue is { } c)
            whole = Cover(whole, c, c);
        return new Quote(whole, found.Content, speaker, cue, found.Direct) { Partial = partial && found.Direct, ObjectOnly = found.ObjectOnly };
    }

    // Reported speech that is mostly one direct quote has already been reported as that quote.
    private static bool Overlaps(Found reported, List<Found> direct) =>
        direct.Any(d => d.Speaker is not null && !d.Partial && d.Content.Overlaps(reported.Content)
                        && d.Content.Length * 2 > reported.Content.Length);

    private static TextSpan Cover(TextSpan a, TextSpan b, TextSpan c) =>
        new(Math.Min(a.Start, Math.Min(b.Start, c.Start)), Math.Max(a.End, Math.Max(b.End, c.End)));

    // "…," he said / "…," said Wang / "…" Chen told him / "…," the official added.
    private static void AttributeAfter(TokenView t, QuoteSegment segment, Found found, bool[] used)
    {
        AttributeAfterCore(t, segment, found, used);
        if (found.Cue < 0 || EndsWithHandOver(t.Text, segment) || !EndsSentence(t.Text, segment))
            return;
        // "'…' He added, '…'", "'…' He said he had not seen it": after a quote that closed its own sentence, a new
        // sentence whose cue goes on to more words introduces what follows, not what went before.
        var s = t.SentenceOf[found.Cue];
        var words = 0;
        for (var k = found.CueEnd; k < t.SentenceEnd[s]; k++)
        {
            if (t.Words[k] is "“" or "\"" or "‘" || t.Lower[k] == "that")
            {
                words = int.MaxValue;
                break;
            }
            if (char.IsLetterOrDigit(t.Words[k][0]))
                words++;
        }
        if (words < 3)
            return;
        for (var i = found.Cue; i < found.CueEnd; i++)
            used[i] = false;
        found.Speaker = null;
        found.Cue = -1;
        found.CueEnd = -1;
    }

    // One capitalised word that is only capitalised for opening its sentence, and is no quantifier or speaker noun
    // that can stand for people ("Another said", "Officials said").
    private static bool IsCommonWord(TokenView t, (int First, int End)? speaker) =>
        speaker is { } s && s.End - s.First == 1 && t.IsCapitalisedByPosition(s.First)
        && !QuoteCues.SpeakerModifiers.Contains(t.Lower[s.First]) && !QuoteCues.SpeakerNouns.Contains(t.Lower[s.First])
        && !QuoteCues.Pronouns.ContainsKey(t.Words[s.First]);

    private static bool IsPronoun(TokenView t, (int First, int End)? speaker) =>
        speaker is { } s && s.End - s.First == 1 && QuoteCues.Pronouns.ContainsKey(t.Words[s.First]);

    // "Fallon fired back: '…,' he wrote, '…'": the name that introduces the quote with a colon is its speaker; the
    // pronoun of the interrupt only refers back to it.
    private static void PreferNamedIntro(TokenView t, QuoteSegment segment, Found found)
    {
        var colon = t.TokenEndingBefore(segment.Open);
        if (colon < 0 || t.Words[colon] != ":")
            return;
        var intro = new Found { Segment = segment, Content = found.Content, Direct = true };
        if (TryAttributeBefore(t, segment, intro, new bool[t.Count]) && intro.Speaker is { } named && !IsPronoun(t, named))
            found.Speaker = named;
    }

    private static bool EndsSentence(string text, QuoteSegment segment)
    {
        var last = segment.ContentEnd - 1;
        while (last > segment.ContentStart && text[last] is ' ' or '\'' or '’')
            last--;
        return last > segment.ContentStart && text[last] == '.';
    }

    private static void AttributeAfterCore(TokenView t, QuoteSegment segment, Found found, bool[] used)
    {
        if (!segment.Closed)
            return;
        var k = t.TokenAtOrAfter(segment.Close);
        if (k >= t.Count || t.Text.AsSpan(segment.Close, t.Spans[k].Start - segment.Close).Contains('\n'))
            return;
        // "'…,' but he denied …": a conjunction after the mark starts a new clause, not this quote's attribution.
        if (t.Lower[k] is "but" or "and" or "yet")
            return;
        if (t.Words[k] is "," or "—" or "–")
            k++;
        if (k >= t.Count)
            return;
        var end = Math.Min(t.Count, k + 30); // long appositions: "…," Adam Green, co-founder of …, said
        // "…," / "…?" hand the quote over; so does a quote that stops without any punctuation ("… today" the editor
        // responded), which cannot have ended its sentence.
        var handedOver = EndsWithHandOver(t.Text, segment)
                         || (EndsOpen(t.Text, segment) && StartsSentence(t, t.TokenAtOrAfter(segment.Open)) && WordCount(t.Text, found.Content) >= 4);
        // "…," remembered Roy Verley, …: an inverted past-tense verb before a name.
        if (handedOver && Cue(t, k) is null && IsPastVerb(t, k) && k + 1 < end && t.IsCapitalised(k + 1)
            && SpeakerPhrase.RightOf(t, k, end) is { } inverted)
        {
            Link(found, inverted, k, k + 1, used);
            return;
        }
        if (Cue(t, k) is { } first)
        {
            // "…," warned Clinton.: a verb of telling inverted before its subject, with no addressee after it.
            if ((SpeakerPhrase.RightOf(t, first.End - 1, end) ?? LooseRight(t, first.End, end)) is { } right
                && (first.Kind != CueKind.SpeechToAddressee || (handedOver && right.End < t.Count && t.Words[right.End] is "." or "," or ";")))
            {
                Link(found, right, k, first.End, used);
                return;
            }
        }
        for (var j = k + 1; j < end; j++)
        {
            if ((t.Words[j] is "." && !(j + 1 < end && t.Words[j + 1] == ")") && !t.IsAbbreviationPoint(j)) || t.Words[j] is "“" or "”" or "\"" or "?" or "!" || t.LineBreakBetween(j - 1, j))
                return;
            var cueEnd = Cue(t, j) is { } cue ? cue.End
                : handedOver && j - k <= 8 && IsPastVerb(t, j) && EndsAttribution(t, j + 1, end) ? j + 1 // "…," Toomey fumed
                : handedOver && j - k <= 4 && IsPresentVerbWithParticle(t, j, end) ? j + 2 // "…," he points out
                : handedOver && j - k <= 4 && IsPresentVerb(t, j, end) ? j + 1 // "…," he mocks.
                : handedOver && j - k <= 3 && IsPluralVerb(t, k, j, end) ? j + 1 : -1; // "…," they conclude.
            if (cueEnd < 0)
                continue;
            if (SpeakerPhrase.LeftOf(t, j, k) is { } left && (left.First == k || LowerCaseLead(t, k, left.First)))
                Link(found, (k, left.End), j, cueEnd, used);
            else if (handedOver && BarePhrase(t, k, j))
                Link(found, (k, j), j, cueEnd, used); // "…," the gambling tycoon told / CBS co-Anchor DeMarco Morgan said
            else if (Cue(t, j) is null)
                continue;
            return;
        }
    }

    // The quote ends the way a quote handed to its attribution does: "…," / "…?" / "…!" / "…—".
    private static bool EndsWithHandOver(string text, QuoteSegment segment)
    {
        var close = segment.Close;
        if (close < text.Length && text[close] == ',')
            return true;
        var last = segment.ContentEnd - 1;
        while (last > segment.ContentStart && text[last] == ' ')
            last--;
        return last > segment.ContentStart && text[last] is ',' or '?' or '!' or '—' or '–';
    }

    // The quoted words stop on a letter or a digit, with no punctuation before the closing mark.
    private static bool EndsOpen(string text, QuoteSegment segment)
    {
        var last = segment.ContentEnd - 1;
        while (last > segment.ContentStart && text[last] == ' ')
            last--;
        return segment.Closed && last > segment.ContentStart && char.IsLetterOrDigit(text[last])
               && (segment.Close >= text.Length || text[segment.Close] is ' ');
    }

    // "…," they conclude. / "…," the two write.: a plain lower-case verb that closes the clause after a plural subject.
    private static bool IsPluralVerb(TokenView t, int k, int j, int end) =>
        !t.IsCapitalised(j) && t.Lower[j].Length > 2 && t.Words[j].All(char.IsLetter) && !QuoteCues.SpeakerNouns.Contains(t.Lower[j])
        && !QuoteCues.SpeakerModifiers.Contains(t.Lower[j]) && (j + 1 >= end || t.Words[j + 1] is "." or "," or ";")
        && (j - k == 1 ? t.Lower[k] is "they" or "we" : t.Lower[k] == "the" && t.Lower[j - 1] is "two" or "three" or "four" or "both" or "others" or "authors" or "researchers");

    // A lower-case past-tense form: "fumed", "elaborated", and the irregular ones news uses for a retort ("shot back").
    private static bool IsPastVerb(TokenView t, int i) =>
        !t.IsCapitalised(i) && t.Words[i].All(char.IsLetter) && !QuoteCues.SpeakerNouns.Contains(t.Lower[i])
        && ((t.Lower[i].Length > 3 && t.Lower[i].EndsWith("ed", StringComparison.Ordinal)) || QuoteCues.IrregularPastCues.Contains(t.Lower[i]));

    // "he mocks." / "the report says,": a present-tense form closing the attribution.
    private static bool IsPresentVerb(TokenView t, int i, int end) =>
        !t.IsCapitalised(i) && t.Lower[i].Length > 3 && t.Lower[i][^1] == 's' && !t.Lower[i].EndsWith("ss", StringComparison.Ordinal)
        && t.Words[i].All(char.IsLetter) && !QuoteCues.SpeakerNouns.Contains(t.Lower[i]) && (i + 1 >= end || t.Words[i + 1] is "." or "," or ";");

    // After a verb outside the cue lexicon, the attribution ends or goes on with a particle or an adjunct ("fumed.",
    // "shot back", "demanded, as …", "fumed on Tuesday"); a noun after it makes it an adjective ("the retired pilot").
    private static bool EndsAttribution(TokenView t, int next, int end) =>
        next >= end || t.Words[next] is "." or "," or ";" or "—" or "–" or ":" || t.IsCapitalised(next)
        || QuoteCues.AdjunctOpeners.Contains(t.Lower[next]) || t.Lower[next] is "back" or "out" or "up" or "in" or "again";

    // "points out", "goes on", "shoots back": a present-tense verb with its particle, then the end of the clause.
    private static bool IsPresentVerbWithParticle(TokenView t, int i, int end) =>
        !t.IsCapitalised(i) && t.Lower[i].Length > 3 && t.Lower[i][^1] == 's' && !t.Lower[i].EndsWith("ss", StringComparison.Ordinal)
        && t.Words[i].All(char.IsLetter) && i + 2 < end && t.Lower[i + 1] is "out" or "on" or "back" or "up"
        && t.Words[i + 2] is "." or "," or ";";

    // Between a handed-over quote and its cue: a short run of words that can only be the subject — no punctuation but
    // abbreviation points, hyphens, apostrophes and a party tag in parentheses, and a determiner or a capital first.
    private static bool BarePhrase(TokenView t, int from, int to)
    {
        if (to - from is < 1 or > 12)
            return false;
        if (!(t.IsCapitalised(from) || QuoteCues.Determiners.Contains(t.Words[from]) || QuoteCues.SpeakerModifiers.Contains(t.Lower[from])))
            return false; // "the gambling tycoon", "one plant employee", "CBS co-Anchor DeMarco Morgan"
        for (var i = from; i < to; i++)
        {
            var w = t.Words[i];
            if (w is "(" or ")" or "." or "’s" or "'s")
                continue;
            // "the Ohio senator and Democratic candidate told": "and" may join two descriptions of one speaker.
            if (t.Lower[i] == "and" && i > from && i + 1 < to && t.Words[i + 1] != ",")
                continue;
            if (!(char.IsLetter(w[0]) || (w.Contains('-', StringComparison.Ordinal) && w.Any(char.IsLetter))) || QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[i]) && !t.IsCapitalised(i) || t.Lower[i] is "and" or "who" or "which" or "that" or "but")
                return false;
        }
        return true;
    }

    // Chen told him: "…" / he said, "…" / he warned that "…".
    private static void AttributeBefore(TokenView t, QuoteSegment segment, Found found, bool[] used)
    {
        if (TryAttributeBefore(t, segment, found, used) || found.Cue >= 0)
            return;
        if (ShortAttributionBefore(t, segment) is { } brief)
        {
            // "Dianne Bystrom agreed. '…'", "He continued.\n\n'…'": a sentence that is only a speaker and a cue.
            Link(found, brief.Speaker, brief.Cue, brief.Cue + 1, used);
            return;
        }
        // "Trump issued the following statement: '…'", "He then listed the qualities …: '…'", "X issued a statement,
        // 'Last night …'": a sentence that hands over to a quotation speaks through its subject.
        var j = t.TokenEndingBefore(segment.Open);
        if (j < 0 || t.Words[j] is not (":" or ","))
            return;
        if (t.Words[j] == "," && (t.LineBreakBetween(j, j + 1) || !char.IsUpper(t.Text[segment.ContentStart]) || WordCount(t.Text, found.Content) < 4))
            return;
        var sentenceStart = t.SentenceFirst[t.SentenceOf[j]];
        if (SentenceSubject(t, sentenceStart, j) is { } subject)
            Link(found, subject, j, j + 1, used);
    }

    // The sentence right before the quote is SPEAKER (adverb) CUE "." and nothing else, in the same paragraph or
    // closing the paragraph before.
    private static ((int First, int End) Speaker, int Cue)? ShortAttributionBefore(TokenView t, QuoteSegment segment)
    {
        var stop = t.TokenEndingBefore(segment.Open);
        if (stop < 2 || t.Words[stop] != ".")
            return null;
        var cue = stop - 1;
        // "X said in a statement.", "X told CNN on Sunday.": a short adjunct may close the introducing sentence.
        for (var k = stop - 1; k >= Math.Max(0, stop - 6); k--)
        {
            if (Cue(t, k) is { } early && early.End < stop && (QuoteCues.AdjunctOpeners.Contains(t.Lower[early.End]) || (early.Kind == CueKind.SpeechToAddressee && t.IsCapitalised(early.End)))
                && Enumerable.Range(early.End, stop - early.End).All(w => char.IsLetterOrDigit(t.Words[w][0])))
            {
                cue = k;
                break;
            }
        }
        if (Cue(t, cue) is not { } c || (c.End != stop && cue == stop - 1))
            return null;
        var sentenceStart = t.SentenceFirst[t.SentenceOf[cue]];
        if (SpeakerPhrase.LeftOf(t, cue, sentenceStart) is not { } speaker)
            return null;
        var first = speaker.First;
        if (first > sentenceStart && !(first == sentenceStart + 1 && t.Words[sentenceStart] is "But" or "And" or "Yet"))
            return null;
        // "Sam Lau, the party's spokesman, said in a statement.": an apposition between the name and the cue.
        var apposed = speaker.End < cue && t.Words[speaker.End] == "," && t.Words[cue - 1] == ",";
        for (var i = speaker.End; i < cue && !apposed; i++)
        {
            if (!QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[i]) && !t.Lower[i].EndsWith("ly", StringComparison.Ordinal))
                return null;
        }
        return (speaker, cue);
    }

    /// <summary>The subject of the sentence from <paramref name="sentenceStart"/> up to <paramref name="end"/>: a
    /// speaker phrase at its start or right after one of its first commas ("In response to …, Donald Trump issued"),
    /// followed by a lower-case word (its verb).</summary>
    private static (int First, int End)? SentenceSubject(TokenView t, int sentenceStart, int end)
    {
        var commas = 0;
        for (var p = sentenceStart; p < end && commas <= 3; p++)
        {
            if (p > sentenceStart && t.Words[p - 1] != ",")
                continue;
            if (p > sentenceStart)
                commas++;
            if (p == sentenceStart && t.Words[p] is "But" or "And" or "Yet" or "So" or "Still" or "Meanwhile" or "Instead" or "As" && p + 1 < end)
                p++; // "But the official criticised …", "As Professor Foner put it: …"
            if (t.Lower[p].EndsWith("ly", StringComparison.Ordinal) || QuoteCues.CapitalisedFunctionWords.Contains(t.Words[p])
                || (p == sentenceStart && t.IsCapitalised(p) && t.Lower[p].EndsWith("ing", StringComparison.Ordinal)))
                continue; // "Immediately after the attacks, …", "Holding signs …"
            if (SpeakerPhrase.RightOf(t, p - 1, end) is not { } phrase || phrase.First != p || IsCommonWord(t, phrase))
                continue;
            var verb = phrase.End;
            if (verb < end && t.Words[verb] == "(")
            {
                // "Rep. Hakeem Jeffries (D-N.Y.) reacted": the party tag closes the name.
                while (verb < end && verb - phrase.End <= 6 && t.Words[verb] != ")")
                    verb++;
                verb++;
            }
            else if (verb < end && t.Words[verb] == "," && p == sentenceStart && t.IsCapitalised(phrase.End - 1))
            {
                // "Senate Majority Leader Mitch McConnell, R-Ky., delivered …:": a short apposition after the name.
                var close = verb + 1;
                while (close < end && close - verb <= 10 && t.Words[close] is not ("," or ":" or ";" or "“" or "\""))
                    close++;
                if (close < end && t.Words[close] == ",")
                    verb = close + 1;
            }
            // "Soon after …", "Based upon …": a capitalised word before a preposition opens an adjunct, not a subject.
            if (verb < end && t.Words[verb].Length > 1 && char.IsLower(t.Words[verb][0]) && t.Lower[verb] is not ("of" or "and" or "or" or "who" or "which" or "upon")
                && !(phrase.End - phrase.First == 1 && t.Lower[verb] is "after" or "before" or "during" or "when" or "while" or "since")
                && !(phrase.End - phrase.First == 1 && IsTimePhrase(t, phrase.First, verb))
                && (QuoteCues.Pronouns.ContainsKey(t.Words[p]) || t.IsCapitalised(phrase.End - 1) || QuoteCues.SpeakerNouns.Contains(t.Lower[phrase.End - 1])))
                return phrase;
        }
        return null;
    }

    // "Eight years ago, …", "Hours later, …", "Minutes earlier": a number or a unit of time before a time word opens
    // an adjunct ("Lewandowski earlier said" keeps its subject).
    private static bool IsTimePhrase(TokenView t, int word, int next) =>
        t.Lower[next] is "years" or "months" or "weeks" or "days" or "hours" or "minutes"
        || (t.Lower[next] is "later" or "earlier" or "ago"
            && t.Lower[word] is "years" or "months" or "weeks" or "days" or "hours" or "minutes" or "moments" or "seconds" or "decades");

    private static bool TryAttributeBefore(TokenView t, QuoteSegment segment, Found found, bool[] used)
    {
        var j = t.TokenEndingBefore(segment.Open);
        // A line break may only separate the quote from a paragraph that introduces it with a colon ("He said:").
        if (j < 0 || (t.LineBreakBetween(j, j + 1) && t.Words[j] != ":"))
            return false;
        var sentenceStart = t.SentenceFirst[t.SentenceOf[j]];
        var colon = false;
        if (t.Words[j] is ":" or ",")
        {
            colon = t.Words[j] == ":";
            j--;
        }
        if (j >= 0 && t.Lower[j] == "that")
            j--;
        var reach = colon ? 8 : 3;
        for (var c = j; c >= Math.Max(0, j - 8); c--)
        {
            if (t.Words[c] is "." or "”" or "\"" or "“" || (c < j && t.LineBreakBetween(c, c + 1)))
                return false;
            var cue = Cue(t, c);
            // "when he told Chris Wallace of Fox News, '…'": further back, only a verb of telling whose addressee
            // fills the gap up to the mark.
            if (c < j - reach && !(cue is { Kind: CueKind.SpeechToAddressee } far && SpeakerPhrase.RightOf(t, far.End - 1, j + 1) is { } addressee && addressee.End == j + 1))
                continue;
            // "Trump barked:", "Fallon fired back:": before a colon, any past-tense verb (with its particle) right
            // after a speaker introduces the quote.
            if (cue is null && colon && (c == j || (c == j - 1 && t.Lower[j] is "back" or "out" or "up"))
                && (t.Lower[c].EndsWith("ed", StringComparison.Ordinal) || QuoteCues.IrregularPastCues.Contains(t.Lower[c]) || IsPresentVerb(t, c, j + 1))
                && SpeakerPhrase.LeftOf(t, c, sentenceStart) is { } subject)
            {
                Link(found, subject, c, j + 1, used);
                return true;
            }
            // "a spokesman for the campaign could only quip:": a verb after a modal, right before the colon.
            if (cue is null && colon && c == j && ModalBefore(t, c, sentenceStart) is { } modal && SpeakerPhrase.LeftOf(t, modal, sentenceStart) is { } modalSubject
                && SpeakerPhrase.HasHead(t, modalSubject.First, modalSubject.End))
            {
                Link(found, modalSubject, c, c + 1, used);
                return true;
            }
            if (cue is null && colon && c == j && SpeakerPhrase.LeftOf(t, c + 1, sentenceStart) is { } bare
                && JoinedNames(t, bare, sentenceStart) is var named
                && (named.First == sentenceStart || t.Words[named.First - 1] is "-" or "—" or "–" or ":"))
            {
                // "Carl Bialik: '…'": a bare name and a colon.
                Link(found, named, c + 1, c + 2, used);
                return true;
            }
            if (cue is null || cue.Value.End - 1 > j)
                continue;
            // What stands between the cue and the mark must be an addressee ("told him") or a short adjunct.
            // The inverted order ("said Wang, '…'") only when the cue and its speaker lead straight to the mark.
            // "Trump issued a statement Tuesday saying, '…'": before a participle, a phrase that follows a verb is
            // that verb's object; the speaker is the subject of the clause.
            var left = SpeakerPhrase.LeftOf(t, c, Math.Min(sentenceStart, c));
            if (left is { } l && IsObjectBeforeParticiple(t, l, c, sentenceStart))
                left = null;
            var speaker = left
                          // "telling CNBC: '…'": after a verb of telling comes the addressee, never the speaker.
                          ?? (cue.Value.Kind != CueKind.SpeechToAddressee && SpeakerPhrase.RightOf(t, cue.Value.End - 1, j + 1) is { } right && right.End == j + 1 ? right : ((int First, int End)?)null)
                          ?? (cue.Value.End - 1 == j ? CommonNounSubject(t, c, sentenceStart) : null)
                          ?? ClauseSpeaker(t, c, Math.Min(sentenceStart, c));
            if (speaker is { } s)
                Link(found, s, c, cue.Value.End, used);
            return true;
        }
        return false;
    }

    // "As Trump spoke, the attendees chanted, '…'", "Cruz said as the heckler yelled: '…'": a determiner and one to
    // three lower-case words right before the cue, opening their clause, are its subject even when no speaker noun
    // heads them.
    private static (int First, int End)? CommonNounSubject(TokenView t, int cue, int sentenceStart)
    {
        for (var d = cue - 2; d >= Math.Max(sentenceStart, cue - 4); d--)
        {
            if (!QuoteCues.Determiners.Contains(t.Words[d]) || t.Lower[d] is "that" or "this" or "these" or "those")
                continue;
            for (var w = d + 1; w < cue; w++)
            {
                // "his salespeople were told": a passive has no speaker before it.
                if (!t.Words[w].All(char.IsLower) || QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[w]) || QuoteCues.AdjunctOpeners.Contains(t.Lower[w])
                    || QuoteCues.ClauseVerbs.Contains(t.Lower[w]))
                    return null;
            }
            var opens = d == sentenceStart || t.Words[d - 1] is "," or ";" or ":" || t.Lower[d - 1] is "and" or "as" or "when" or "while" or "but" or "until";
            return opens ? (d, cue) : null;
        }
        return null;
    }

    // A phrase right before a participle cue ("saying") that follows a lower-case verb: the verb's object. After a
    // preposition or another participle ("with 30 percent of voters saying", "featuring voters saying") the phrase is
    // the participle's own subject.
    private static bool IsObjectBeforeParticiple(TokenView t, (int First, int End) phrase, int cue, int sentenceStart) =>
        t.Lower[cue].EndsWith("ing", StringComparison.Ordinal) && phrase.First > sentenceStart
        && t.Words[phrase.First - 1].All(char.IsLetter) && !t.IsCapitalised(phrase.First - 1)
        && t.Lower[phrase.First - 1] is not ("and" or "but" or "as" or "while" or "of" or "with" or "by" or "for" or "in" or "on" or "at"
            or "from" or "after" or "before" or "about" or "among" or "into" or "like" or "over" or "under" or "against" or "without")
        && !t.Lower[phrase.First - 1].EndsWith("ing", StringComparison.Ordinal);

    // The index of the modal ("could", "would", …) before a lower-case verb at c, past at most two adverbs ("could
    // only quip").
    private static int? ModalBefore(TokenView t, int c, int sentenceStart)
    {
        if (!t.Words[c].All(char.IsLower))
            return null;
        for (var k = c - 1; k >= Math.Max(sentenceStart, c - 3); k--)
        {
            if (t.Lower[k] is "could" or "would" or "will" or "can" or "must" or "should" or "might" or "may" or "did")
                return k;
            if (t.Lower[k] is not ("only" or "also" or "then" or "just" or "simply" or "not"))
                return null;
        }
        return null;
    }

    // "Mark Blumenthal and Jon Cohen: '…'": two names joined by "and" speak together.
    private static (int First, int End) JoinedNames(TokenView t, (int First, int End) last, int sentenceStart)
    {
        if (last.First - 2 < sentenceStart || t.Lower[last.First - 1] != "and" || !t.IsCapitalised(last.First))
            return last;
        return SpeakerPhrase.LeftOf(t, last.First - 1, sentenceStart) is { } first && t.IsCapitalised(first.First) && first.End == last.First - 1
            ? (first.First, last.End) : last;
    }

    // "Trump said, adding, '…'", "He went on to say, '…'": the speaker of the clause the cue hangs from.
    private static (int First, int End)? ClauseSpeaker(TokenView t, int cue, int sentenceStart)
    {
        for (var k = cue - 1; k >= sentenceStart; k--)
        {
            if (t.Words[k] is "”" or "“" or "\"")
                break;
            if (Cue(t, k) is not null && SpeakerPhrase.LeftOf(t, k, sentenceStart) is { } left)
                return left;
        }
        // "In a statement, Rep. X reacted to the news, saying: '…'": the subject, after any opening adjunct.
        return SentenceSubject(t, sentenceStart, cue);
    }

    // "political scientist Christopher Wlezien told": up to three lower-case words leading a name are its description.
    private static bool LowerCaseLead(TokenView t, int from, int to)
    {
        if (to - from > 3)
            return false;
        for (var i = from; i < to; i++)
        {
            // "…,'' as his father dreamed, …": a subordinator opens an aside, not a description.
            if (t.IsCapitalised(i) || !t.Words[i].All(char.IsLetter) || QuoteCues.AdjunctOpeners.Contains(t.Lower[i]))
                return false;
        }
        return true;
    }

    // "said master of ceremonies Asab Al-Tabchi", "said one of those advisers": a short run of words after the cue
    // that ends on a name or a speaker noun.
    private static (int First, int End)? LooseRight(TokenView t, int from, int end)
    {
        // "said the 46-year-old.": a determiner and at most three words up to the end of the clause.
        if (from < end && QuoteCues.Determiners.Contains(t.Words[from]))
        {
            for (var i = from + 1; i < Math.Min(end, from + 5); i++)
            {
                if (t.Words[i] is "." or "," or ";")
                    return i > from + 1 ? (from, i) : null;
                if (!t.Words[i].Any(char.IsLetterOrDigit)) // "said a 2008 campaign veteran."
                    break;
            }
        }
        var last = -1;
        for (var i = from; i < Math.Min(end, from + 6); i++)
        {
            var w = t.Words[i];
            if (!w.Any(char.IsLetter))
                break;
            if (t.IsCapitalised(i) || QuoteCues.SpeakerNouns.Contains(t.Lower[i]))
                last = i;
        }
        return last >= from ? (from, last + 1) : null;
    }

    private static void Link(Found found, (int First, int End) speaker, int cue, int cueEnd, bool[] used)
    {
        found.Speaker = speaker;
        found.Cue = cue;
        found.CueEnd = cueEnd;
        for (var i = cue; i < cueEnd; i++)
            used[i] = true;
    }

    /// <summary>A cue starting at token <paramref name="i"/>: its kind and end token (exclusive).</summary>
    private static (CueKind Kind, int End)? Cue(TokenView t, int i)
    {
        if (i < 0 || i >= t.Count)
            return null;
        if (t.Lower[i] == "according" && i + 1 < t.Count && t.Lower[i + 1] == "to")
            return (CueKind.Speech, i + 2);
        if (t.IsCapitalised(i))
        {
            // "State Department", "Note:", a headline word: cue verbs are lower case in running text, except an
            // inverted "Said Dorothy Poynter, …" opening its sentence.
            var opensSentence = t.SentenceFirst[t.SentenceOf[i]] == i;
            return opensSentence && t.Words[i] is "Said" or "Says" or "Added" ? (CueKind.Speech, i + 1) : null;
        }
        // "as Tom Ridge put it: '…'", "as X pointed out, '…'": idioms that introduce a quotation.
        if (t.Lower[i] == "put" && i + 1 < t.Count && t.Lower[i + 1] == "it")
            return (CueKind.QuoteOnly, i + 2);
        if (t.Lower[i] is "pointed" or "points" && i + 1 < t.Count && t.Lower[i + 1] == "out")
            return (CueKind.Speech, i + 2);
        // "called on the US and China to …", "called Thursday on …": a request to an addressee.
        if (t.Lower[i] is "call" or "calls" or "called")
        {
            var on = i + 1 < t.Count && QuoteCues.BetweenSpeakerAndCue.Contains(t.Lower[i + 1]) && t.IsCapitalised(i + 1) ? i + 2 : i + 1;
            return on < t.Count && t.Lower[on] == "on" ? (CueKind.SpeechToAddressee, on + 1) : null;
        }
        return QuoteCues.Verbs.TryGetValue(t.Lower[i], out var kind) ? (kind, i + 1) : null;
    }

    // Speakers shared between the parts of one quotation: the paragraphs of a long quote, "A." "B," she added,
    // and a quote paragraph that continues the previous paragraph's quote.
    private static void ShareSpeakers(TokenView t, List<Found> direct)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < direct.Count; i++)
            {
                var f = direct[i];
                if (f.Speaker is not null || IsNamedTitle(t, f))
                    continue;
                var seg = f.Segment!.Value;
                Found? donor = null;
                if (i + 1 < direct.Count && direct[i + 1].Speaker is not null
                    && (direct[i + 1].Segment!.Value.Group == seg.Group || Adjacent(t.Text, seg.Close, direct[i + 1].Segment!.Value.Open)))
                    donor = direct[i + 1];
                // "…," Sanders said on CNN's "State of the Union" Sunday. "…": a title between does not end the turn.
                var before = i - 1;
                while (before > 0 && IsTitle(t.Text, direct[before]))
                    before--;
                if (donor is null && before >= 0 && before < i - 1 && direct[before].Speaker is not null
                    && AfterAttribution(t, direct[before], seg) && StartsSentence(t, t.TokenAtOrAfter(seg.Open)))
                    donor = direct[before];
                if (donor is null && i > 0 && direct[i - 1].Speaker is not null
                    && (direct[i - 1].Segment!.Value.Group == seg.Group || Adjacent(t.Text, direct[i - 1].Segment!.Value.Close, seg.Open)
                        || (AfterAttribution(t, direct[i - 1], seg) && StartsSentence(t, t.TokenAtOrAfter(seg.Open)))
                        || SecondHalf(t, direct[i - 1], seg)
                        || (OpensParagraph(t.Text, seg.Open) && NextParagraph(t.Text, direct[i - 1].Segment!.Value.Close, seg.Open)
                            && EndsParagraph(t, direct[i - 1]) && IsWholeParagraph(t.Text, seg))))
                    donor = direct[i - 1];
                if (donor is null)
                    continue;
                f.Speaker = donor.Speaker;
                f.Cue = donor.Cue;
                f.CueEnd = donor.CueEnd;
            }
        }
        // "Viguerie is upbeat about ….\n\n'Not only can …'": a paragraph of quotation alone, after a paragraph without
        // quotation marks, speaks through the subject of that paragraph's last sentence.
        foreach (var f in direct)
        {
            var seg = f.Segment!.Value;
            if (f.Speaker is not null || !OpensParagraph(t.Text, seg.Open) || !IsWholeParagraph(t.Text, seg) || seg.Open < 2)
                continue;
            var last = t.TokenEndingBefore(seg.Open);
            if (last < 0 || !t.LineBreakBetween(last, last + 1) || t.Words[last] is not ("." or "!"))
                continue;
            var paragraphStart = t.Text.LastIndexOf('\n', t.Spans[last].Start) + 1;
            if (t.Text.AsSpan(paragraphStart, t.Spans[last].End - paragraphStart).IndexOfAny("“\"”") >= 0)
                continue;
            var sentenceStart = Math.Max(t.SentenceFirst[t.SentenceOf[last]], t.TokenAtOrAfter(paragraphStart));
            if (SentenceSubject(t, sentenceStart, last) is { } subject)
                f.Speaker = subject;
        }
    }

    // "…," said Lena Ford, the campaign's director, "and we …" / "…," the investor said, "that's …": a quote handed
    // over to its attribution and taken up again after it, in the same sentence, is one quotation broken in two.
    private static bool SecondHalf(TokenView t, Found previous, QuoteSegment next)
    {
        var segment = previous.Segment!.Value;
        var from = segment.Close;
        if (previous.CueEnd < 0 || t.Spans[previous.CueEnd - 1].Start < from || next.Open < from || !EndsWithHandOver(t.Text, segment))
            return false;
        var between = t.Text.AsSpan(from, next.Open - from).TrimEnd();
        if (between.Length >= 200 || between.Contains('\n') || between.IndexOfAny("“”\"") >= 0 || between.Length == 0 || between[^1] is not (',' or ':'))
            return false;
        var last = t.TokenEndingBefore(next.Open);
        return last >= 0 && t.SentenceOf[last] == t.SentenceOf[previous.CueEnd - 1];
    }

    // Two quotes of one paragraph with nothing between them; a paragraph break starts another speaker's turn.
    private static bool Adjacent(string text, int from, int to) =>
        to >= from && text.AsSpan(from, to - from).Trim().IsEmpty && !text.AsSpan(from, to - from).Contains('\n');

    // "…," Sun said. "…": the next sentence of the same paragraph goes on quoting the same speaker.
    private static bool AfterAttribution(TokenView t, Found previous, QuoteSegment next)
    {
        var from = previous.Segment!.Value.Close;
        if (previous.CueEnd < 0 || t.Spans[previous.CueEnd - 1].Start < from || next.Open < from)
            return false;
        var between = t.Text.AsSpan(from, next.Open - from);
        // "…," said Cuban, who hosts "Shark Tank." "…": the full stop may sit inside a title's closing mark.
        if (between.Length >= 400 || between.Contains('\n') || !between.TrimEnd().TrimEnd("”\"").EndsWith(".", StringComparison.Ordinal) || !OnlyTitles(between))
            return false;
        // Only the rest of the attribution's sentence lies between: no other sentence with its own subject.
        var last = t.TokenEndingBefore(next.Open);
        return last >= 0 && t.SentenceOf[last] == t.SentenceOf[previous.CueEnd - 1];
    }

    // A short quoted name within a sentence ("State of the Union"): a title or a scare quote, not a turn of speech.
    // "…," said Cuban, who hosts "Shark Tank." "…": a title of capitalised words may carry the sentence's full stop.
    private static bool IsTitle(string text, Found f) =>
        f.Segment!.Value.Closed && WordCount(text, f.Content) <= 5
        && (!f.Content.Of(text).TrimEnd().EndsWith('.') || (WordCount(text, f.Content) <= 3 && AllCapitalised(f.Content.Of(text))))
        && f.Segment.Value.Open > 0 && text[f.Segment.Value.Open - 1] == ' ';

    // "the show “Harbour Talk.”": two to five capitalised words quoted after a lower-case word name a work or a thing.
    private static bool IsNamedTitle(TokenView t, Found f)
    {
        var words = WordCount(t.Text, f.Content);
        var before = t.TokenEndingBefore(f.Segment!.Value.Open);
        return words is >= 2 and <= 5 && AllCapitalised(f.Content.Of(t.Text)) && before >= 0 && char.IsLower(t.Words[before][0]);
    }

    private static bool AllCapitalised(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    // No quotation marks, or only around titles of at most five words.
    private static bool OnlyTitles(ReadOnlySpan<char> between)
    {
        var open = -1;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < between.Length; i++)
        {
            var c = between[i];
            if (c is '“' or '”' or '"')
            {
                if (open < 0 && c != '”')
                {
                    open = i;
                    words = 0;
                    inWord = false;
                }
                else if (open >= 0 && c != '“')
                {
                    if (words > 5)
                        return false;
                    open = -1;
                }
                else
                {
                    return false;
                }
                continue;
            }
            var letter = char.IsLetterOrDigit(c);
            if (open >= 0 && letter && !inWord)
                words++;
            inWord = letter;
        }
        return open < 0;
    }

    // Only the end of one paragraph and a paragraph break lie between the two offsets.
    private static bool NextParagraph(string text, int from, int to)
    {
        var newline = text.IndexOf('\n', from, to - from);
        return newline >= 0 && text.AsSpan(newline, to - newline).Trim().IsEmpty;
    }

    private static bool OpensParagraph(string text, int offset) => offset == 0 || text[offset - 1] == '\n';

    // The previous quote ends its paragraph, attribution included ("…," Blinken said.\n\n"…", "…," Ramos said,
    // referring to ….\n\n"…"): what follows it is short or is only the rest of its attribution's sentence.
    private static bool EndsParagraph(TokenView t, Found previous)
    {
        var text = t.Text;
        var end = text.IndexOf('\n', previous.Segment!.Value.Close);
        var paragraphEnd = end < 0 ? text.Length : end;
        var tail = text.AsSpan(previous.Segment.Value.Close, paragraphEnd - previous.Segment.Value.Close);
        if (tail.Contains('“') || tail.Contains('"'))
            return false;
        if (tail.Length < 80)
            return true;
        var last = t.TokenEndingBefore(paragraphEnd);
        return previous.CueEnd > 0 && t.Spans[previous.CueEnd - 1].Start >= previous.Segment.Value.Close && last >= 0
               && t.SentenceOf[last] == t.SentenceOf[previous.CueEnd - 1];
    }

    private static bool IsWholeParagraph(string text, QuoteSegment segment)
    {
        var end = text.IndexOf('\n', segment.Close);
        var paragraphEnd = end < 0 ? text.Length : end;
        return text.AsSpan(segment.Close, paragraphEnd - segment.Close).Trim().Length <= 1;
    }

    private static bool StartsSentence(TokenView t, int first) =>
        first < t.Count && (t.SentenceFirst[t.SentenceOf[first]] == first || (first > 0 && t.LineBreakBetween(first - 1, first)));

    private static int WordCount(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words;
    }

    // Reported speech: "SPEAKER said (that) CONTENT", "CONTENT, SPEAKER said", "CONTENT, said SPEAKER",
    // "According to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER".
    private static List<Found> FindReported(TokenView t, bool[] used, List<QuoteSegment> segments)
    {
        var found = new List<Found>();
        for (var i = 0; i < t.Count; i++)
        {
            if (Cue(t, i) is not { } cue || cue.Kind == CueKind.QuoteOnly)
                continue;
            var s = t.SentenceOf[i];
            var first = t.SentenceFirst[s];
            var end = ContentEnd(t, t.SentenceEnd[s]);
            if (InsideQuote(segments, t.Spans[i].Start))
                continue;
            if (t.Lower[i] == "according")
            {
                AccordingTo(t, i, first, end, found);
                continue;
            }
            if (SpeakerPhrase.LeftOf(t, i, first) is { } nearest)
            {
                // "The campaign issued a statement saying that …": before a participle, a phrase that follows a verb
                // is that verb's object; the subject of the clause speaks.
                var left = IsObjectBeforeParticiple(t, nearest, i, first) && SentenceSubject(t, first, nearest.First) is { } subject ? subject : nearest;
                var k = SkipToContent(t, i, cue, end);
                var contentBefore = left.First - 1 > first && t.Words[left.First - 1] == "," && left.First - 1 - first >= 3;
                // "CONTENT, X said after the attacks.": a prepositional adjunct after the cue is not what was said.
                if (contentBefore && k < end && k == cue.End && QuoteCues.AdjunctOpeners.Contains(t.Lower[k]))
                    k = end;
                if (k < end && end - k >= 3 && contentBefore && cue.Kind == CueKind.Speech && !CommaOutsideQuotes(t, segments, first, left.First - 1))
                {
                    // "While X will be "frank", US officials said, breakthroughs are unlikely": both sides are theirs.
                    found.Add(Reported(t, k, end, left, i, cue.End, used[i]));
                    found[^1].Scope = t.Span(first, end);
                    found[^1].ObjectOnly = QuoteCues.ThatVerbs.Contains(t.Lower[i]) && t.Lower[k - 1] != "that";
                    i = end - 1;
                    continue;
                }
                // "While China denies …, the U.S. warns …": a clause opened by a subordinator ends at its comma.
                var contentEnd = t.Words[first] is "While" or "Although" or "Though" or "Whereas" && left.First > first
                    ? CommaAfter(t, segments, k, end) : end;
                if (k < contentEnd && contentEnd - k >= 3)
                {
                    // "…," Sanders said during an interview on CNN's "State of the Union": after a cue a direct quote
                    // already took, an adjunct is not speech, and a title inside it is not a partial quote.
                    if (used[i] && k == cue.End && QuoteCues.AdjunctOpeners.Contains(t.Lower[k]))
                        continue;
                    found.Add(Reported(t, k, contentEnd, left, i, cue.End, used[i]));
                    found[^1].ObjectOnly = QuoteCues.ThatVerbs.Contains(t.Lower[i]) && t.Lower[k - 1] != "that";
                    i = contentEnd - 1;
                    continue;
                }
                // "CONTENT, officials said."
                if (k >= end && contentBefore)
                    found.Add(Reported(t, first, left.First - 1, left, i, cue.End, used[i]));
                continue;
            }
            if (i - 1 > first && t.Words[i - 1] == "," && cue.Kind != CueKind.SpeechToAddressee && SpeakerPhrase.RightOf(t, i, end) is { } right && i - 1 - first >= 3)
                found.Add(Reported(t, first, i - 1, right, i, cue.End, used[i]));
        }
        return found;
    }

    private static Found Reported(TokenView t, int first, int end, (int First, int End) speaker, int cue, int cueEnd, bool consumed = false) => new()
    {
        Consumed = consumed,
        Segment = null,
        Content = t.Span(first, end),
        Speaker = speaker,
        Cue = cue,
        CueEnd = cueEnd,
        Direct = false,
    };

    private static void AccordingTo(TokenView t, int i, int first, int end, List<Found> found)
    {
        if (SpeakerPhrase.RightOf(t, i + 1, end) is not { } source)
            return;
        if (i == first || (i == first + 1 && t.Words[first] is "," or "“" or "\""))
        {
            // "According to X, CONTENT."
            var k = source.End;
            while (k < end && t.Words[k] != ",")
                k++;
            if (k + 1 < end && end - k - 1 >= 3)
                found.Add(Reported(t, k + 1, end, source, i, i + 2));
        }
        else if (i - 1 > first && t.Words[i - 1] == "," && i - 1 - first >= 3)
        {
            found.Add(Reported(t, first, i - 1, source, i, i + 2));
        }
    }

    // After the cue: the addressee of a verb of telling, time and place adjuncts, then "that".
    private static int SkipToContent(TokenView t, int cueIndex, (CueKind Kind, int End) cue, int end)
    {
        var k = cue.End;
        for (var j = k; j < Math.Min(end, k + 10); j++)
        {
            if (t.Lower[j] == "that")
                return j + 1;
            // A verb before "that" makes it a relative pronoun of the content, not the complementiser after the cue.
            if (t.Words[j] is "“" or "\"" or "," or ";" or ":" || QuoteCues.ClauseVerbs.Contains(t.Lower[j])
                || (t.Lower[j].EndsWith("ing", StringComparison.Ordinal) && t.Lower[j].Length > 5))
                break;
        }
        if (cue.Kind == CueKind.SpeechToAddressee)
        {
            if (k < end && QuoteCues.Determiners.Contains(t.Words[k]))
                k++;
            // "urged the United States and China to …": "and" joins two addressees.
            while (k < end && (QuoteCues.Addressees.Contains(t.Words[k]) || t.IsCapitalised(k) || QuoteCues.NameConnectors.Contains(t.Lower[k])
                               || (t.Lower[k] == "and" && k > cue.End && k + 1 < end && t.IsCapitalised(k + 1))
                               || QuoteCues.SpeakerNouns.Contains(t.Lower[k]) || QuoteCues.SpeakerModifiers.Contains(t.Lower[k])))
                k++;
        }
        if (k < end && t.Lower[k] == "on" && k + 1 < end && t.IsCapitalised(k + 1))
            k += 2;
        else if (k < end && t.IsCapitalised(k) && t.Lower[k] is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday")
            k++;
        if (k < end && t.Words[k] == ",")
            k++;
        return k;
    }

    private static int ContentEnd(TokenView t, int sentenceEnd)
    {
        var end = sentenceEnd;
        while (end > 0 && t.Words[end - 1] is "." or "!" or "?" or ";" or ":")
            end--;
        return end;
    }

    private static int CommaAfter(TokenView t, List<QuoteSegment> segments, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (t.Words[i] == "," && !InsideQuote(segments, t.Spans[i].Start))
                return i;
        }
        return end;
    }

    private static bool CommaOutsideQuotes(TokenView t, List<QuoteSegment> segments, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (t.Words[i] == "," && !InsideQuote(segments, t.Spans[i].Start))
                return true;
        }
        return false;
    }

    private static bool InsideQuote(List<QuoteSegment> segments, int offset)
    {
        foreach (var s in segments)
        {
            if (s.ContentStart <= offset && offset < s.ContentEnd)
                return true;
            if (s.Open > offset)
                break;
        }
        return false;
    }
}
