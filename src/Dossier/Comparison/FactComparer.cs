using System.Collections.Immutable;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Comparison;

/// <summary>Compares the facts a story's reports state in their own words: counts, a person's title, the wording of a
/// quote, and durations ("the first in 14 years" against "since 2010"). Each pair is listed as an agreement (the same
/// fact, worded differently) or a contradiction (both cannot be right), with the sentence of each side cited.</summary>
/// <remarks>
/// Kept apart from <see cref="ContradictionFinder"/>, which compares merged events (their dates and status): this stage
/// compares statements, sentence against sentence, and needs no event. It appends to the corpus's findings.
/// Two statements are about the same fact only when their sentences share content words
/// (<see cref="FactComparerOptions.MinSharedWords"/>, <see cref="FactComparerOptions.MinSentenceOverlap"/>); a
/// statement repeated word for word (a wire copy) is neither listed nor contradicted. Agreements are listed only when
/// the wording differs ("five" and "5"), since a reader learns nothing from two identical sentences.
/// </remarks>
public sealed class FactComparer(FactComparerOptions? options = null) : ICorpusStage
{
    private readonly FactComparerOptions _options = options ?? new FactComparerOptions();

    /// <inheritdoc />
    public StageInfo Info { get; } = new("facts", Layers.Stories | Layers.Entities | Layers.Contradictions, Layers.Contradictions,
        "Counts, titles, quote wording and durations compared across a story's reports: agreements and contradictions, both sides cited.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        var docs = corpus.Articles.ToDictionary(d => d.Id);
        var copyGroup = CopyGroups(corpus);
        var copies = corpus.Copies.Select(c => c.Article).ToHashSet();
        var found = ImmutableArray.CreateBuilder<Contradiction>();
        // The event findings stay; this stage's own findings from an earlier run are replaced, so running it twice
        // (a second ingest over a stored corpus) lists nothing twice.
        found.AddRange(corpus.Contradictions.Where(c => !OwnKinds.Contains(c.Kind)));
        foreach (var story in corpus.Stories.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var members = story.Articles.Where(docs.ContainsKey).Select(a => docs[a]).OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToList();
            if (members.Count < 2)
                continue;
            var sentences = members.ToDictionary(d => d.Id, SentencesOf);
            found.AddRange(Limit(Counts(members, sentences, copies), copies));
            found.AddRange(Limit(Titles(corpus, members), copies));
            found.AddRange(Limit(Quotes(corpus, members, copyGroup, copies), copies));
            found.AddRange(Limit(Durations(members, copies), copies));
        }
        return corpus with { Contradictions = found.ToImmutable() };
    }

    private static readonly HashSet<string> OwnKinds = new(StringComparer.Ordinal) { "count", "title", "quote", "duration" };

    private IEnumerable<Contradiction> Limit(IEnumerable<Contradiction> findings, HashSet<ArticleId> copies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The same two wordings in several copies are one finding: the one citing an original is kept (stable order otherwise).
        return findings
            .Select((f, i) => (Finding: f, Index: i, Copies: (copies.Contains(f.Evidence[0].Article) ? 1 : 0) + (copies.Contains(f.AgainstEvidence[0].Article) ? 1 : 0)))
            .OrderBy(x => x.Copies).ThenBy(x => x.Index)
            .Select(x => x.Finding)
            .Where(f => seen.Add(Key(f.Claim, f.Against) + "|" + f.Agrees)).Take(_options.MaxFindingsPerKind);
    }

    // The original's wording is stated first and the copy's second, so a quote's changes read "original → copy".
    private static bool OriginalFirst(ArticleId a, ArticleId b, HashSet<ArticleId> copies) => copies.Contains(a) && !copies.Contains(b);

    private static string Key(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? a + "\u0001" + b : b + "\u0001" + a;

    // (a) Counts attached to the same noun.
    private List<Contradiction> Counts(List<Doc> members, Dictionary<ArticleId, List<TextSpan>> sentences, HashSet<ArticleId> copies)
    {
        var facts = new List<(Doc Doc, StatedCount Count, HashSet<string> Words, HashSet<string> Window)>();
        foreach (var doc in members)
        {
            var dates = doc.Dates.Where(d => d.Type != TimexType.Duration).Select(d => d.Span).ToList();
            foreach (var sentence in sentences[doc.Id])
            {
                var counts = CountReader.Read(doc.Text, sentence, dates);
                if (counts.Count == 0)
                    continue;
                var words = ContentWords(doc.Text, sentence);
                foreach (var count in counts)
                    facts.Add((doc, count, words, Window(doc.Text, sentence, count.Span)));
            }
        }
        var findings = new List<Contradiction>();
        var done = new HashSet<(StatedCount, StatedCount)>();
        foreach (var group in facts.GroupBy(f => f.Count.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.Take(_options.MaxFactsPerKey).ToList();
            foreach (var a in list)
            {
                foreach (var other in list.Where(b => b.Doc.Id != a.Doc.Id).GroupBy(b => b.Doc.Id))
                {
                    var candidates = other
                        .Select(b => (B: b, Overlap: SameFact(a.Words, b.Words), Window: Shared(a.Window, b.Window, a.Count.Key)))
                        .Where(x => x.Overlap > 0)
                        .ToList();
                    if (candidates.Count == 0)
                        continue;
                    // A count the other report also states (in any words) is matched there; only a count the other
                    // report states nowhere compatibly, in the same context, is a contradiction.
                    var fit = candidates.Where(x => x.B.Count.Fits(a.Count)).OrderByDescending(x => x.Overlap + x.Window).FirstOrDefault();
                    var (b, agrees) = fit.B.Doc is not null
                        ? (fit.B, true)
                        : (candidates.Where(x => x.Window > 0).OrderByDescending(x => x.Overlap + x.Window).FirstOrDefault().B, false);
                    if (b.Doc is null || !done.Add((a.Count, b.Count)) || !done.Add((b.Count, a.Count)))
                        continue;
                    var (one, two) = OriginalFirst(a.Doc.Id, b.Doc.Id, copies) ? (b, a) : (a, b);
                    var textA = one.Doc[one.Count.Span];
                    var textB = two.Doc[two.Count.Span];
                    if (agrees && Same(textA, textB))
                        continue;
                    var (first, second) = (Describe(one.Count), Describe(two.Count));
                    var note = agrees
                        ? first == second ? $"agree: both {first}" : $"agree: {first} and {second}"
                        : $"differ: {first} against {second}";
                    findings.Add(new Contradiction(textA, [Evidence.Of(one.Doc, one.Count.Sentence)], textB, [Evidence.Of(two.Doc, two.Count.Sentence)], note)
                    {
                        Kind = "count",
                        Agrees = agrees,
                    });
                }
            }
        }
        return findings;
    }

    private static string Describe(StatedCount count)
    {
        var what = count.Key.StartsWith("by:", StringComparison.Ordinal) ? count.Key[3..] : count.Key;
        // Render as "5 or more (hour)": the key is a crude singular, shown in brackets rather than pluralised wrongly.
        var value = Number(count.Value);
        if (count.Low == count.High)
            return $"{value} ({what})";
        if (double.IsPositiveInfinity(count.High))
            return $"{Number(count.Low)} or more ({what})";
        return count.Low == 0 ? $"up to {Number(count.High)} ({what})" : $"{Number(count.Low)} to {Number(count.High)} ({what})";
    }

    private static string Number(double value) => value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    // (b) A person's title as different reports state it.
    private static List<Contradiction> Titles(CorpusSnapshot corpus, List<Doc> members)
    {
        var inStory = members.Select(d => d.Id).ToHashSet();
        var docs = members.ToDictionary(d => d.Id);
        var findings = new List<Contradiction>();
        foreach (var person in corpus.Entities.Where(e => e.Kind == EntityKind.Person).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var stated = person.Roles
                .SelectMany(r => r.Evidence.Where(e => inStory.Contains(e.Article))
                    .Select(e => (Role: r, Evidence: e, Around: Around(docs[e.Article], e))))
                .Select(x => (Role: x.Role with { Title = WrittenTitle(x.Around, x.Role.Title) }, x.Evidence, x.Around, Words: TitleWords(x.Role.Title)))
                .Where(x => x.Words is not null && !PastTitle(x.Around, x.Role.Title))
                .GroupBy(x => (x.Evidence.Article, Title: x.Role.Title.ToLowerInvariant()))
                .Select(g => g.First())
                .OrderBy(x => x.Evidence.Article.Value, StringComparer.Ordinal).ThenBy(x => x.Evidence.Span.Start)
                // A few reports per title are enough to find each pair of titles; a person named in thousands of
                // reports must not cost thousands squared.
                .GroupBy(x => x.Role.Title.ToLowerInvariant()).SelectMany(g => g.Take(MaxReportsPerTitle))
                .ToList();
            var byArticle = stated.GroupBy(x => x.Evidence.Article).ToDictionary(g => g.Key, g => g.Select(x => x.Words!).ToList());
            for (var i = 0; i < stated.Count; i++)
            {
                for (var j = i + 1; j < stated.Count; j++)
                {
                    var (a, b) = (stated[i], stated[j]);
                    if (a.Evidence.Article == b.Evidence.Article)
                        continue;
                    var claim = $"{person.Name}: {a.Role.Title}";
                    var against = $"{person.Name}: {b.Role.Title}";
                    var evidence = (ImmutableArray<Evidence>)[Sentence(docs[a.Evidence.Article], a.Evidence)];
                    var againstEvidence = (ImmutableArray<Evidence>)[Sentence(docs[b.Evidence.Article], b.Evidence)];
                    if (a.Words!.SequenceEqual(b.Words!))
                    {
                        if (!Same(a.Role.Title, b.Role.Title))
                            findings.Add(new Contradiction(claim, evidence, against, againstEvidence, "agree: the same title, spelled differently") { Kind = "title", Agrees = true });
                        continue;
                    }
                    // "Minister" and "Foreign Minister" agree at different precision; a report that states both titles
                    // itself does not contradict another that states one.
                    if (Compatible(a.Words!, b.Words!) || byArticle[a.Evidence.Article].Any(w => Compatible(w, b.Words!))
                        || byArticle[b.Evidence.Article].Any(w => Compatible(w, a.Words!)))
                        continue;
                    findings.Add(new Contradiction(claim, evidence, against, againstEvidence,
                        "differ: the reports give this person different titles (a mistake, or two posts held at once)") { Kind = "title" });
                }
            }
        }
        return findings;
    }

    private const int MaxReportsPerTitle = 8;

    // The entity stage merges spellings of one title ("Defence"/"Defense" is one role); the comparison wants the words
    // each report wrote, so that a spelling difference is listed as an agreement in other words.
    private static string WrittenTitle(string around, string title)
    {
        if (around.Contains(title, StringComparison.OrdinalIgnoreCase))
            return title;
        var wanted = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = WordSpans(around);
        for (var i = 0; i + wanted.Length <= words.Count; i++)
        {
            var k = 0;
            while (k < wanted.Length && Spelling(around[words[i + k].Start..words[i + k].End].ToLowerInvariant()) == Spelling(wanted[k].ToLowerInvariant()))
                k++;
            if (k == wanted.Length)
                return around[words[i].Start..words[i + k - 1].End];
        }
        return title;
    }

    // Words of a title as written: letters, dots and apostrophes, split at spaces and hyphens.
    private static List<(int Start, int End)> WordSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '-'))
                i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '-')
                i++;
            if (i > start)
                spans.Add((start, i));
        }
        return spans;
    }

    // The evidence with a few words before it: a role's evidence may start at the title itself.
    private static string Around(Doc doc, Evidence evidence)
    {
        var start = Math.Max(0, evidence.Span.Start - 24);
        return doc.Text[start..Math.Min(doc.Text.Length, evidence.Span.End)];
    }

    // "former Foreign Minister X": the role keeps only "Foreign Minister"; the word before it in the text says it is past.
    private static bool PastTitle(string evidence, string title)
    {
        for (var at = evidence.IndexOf(title, StringComparison.OrdinalIgnoreCase); at >= 0; at = evidence.IndexOf(title, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = evidence[..at].TrimEnd(' ', '-');
            var start = before.Length;
            while (start > 0 && char.IsLetter(before[start - 1]))
                start--;
            if (TitleRules.Past.Contains(before[start..]))
                return true;
        }
        return false;
    }

    private static List<string>? TitleWords(string title)
    {
        var words = title.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace('-', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => (TitleRules.Spellings.TryGetValue(w, out var s) ? s : w).Split(' '))
            .ToList();
        if (words.Any(TitleRules.Past.Contains))
            return null;
        words.RemoveAll(w => TitleRules.Qualifiers.Contains(w) || w is "of" or "and");
        // A rank or a form of address is not a post: "Adm." and "Defence Minister" can both be right.
        return words.Count == 0 || words.All(TitleRules.Ranks.Contains) ? null : words;
    }

    private static bool Compatible(List<string> a, List<string> b) =>
        a.SequenceEqual(b) || a.All(b.Contains) || b.All(a.Contains);

    // (c) The same quote worded differently.
    private List<Contradiction> Quotes(CorpusSnapshot corpus, List<Doc> members, Dictionary<ArticleId, ArticleId> copyGroup, HashSet<ArticleId> copies)
    {
        var docs = members.ToDictionary(d => d.Id);
        var names = corpus.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var findings = new List<Contradiction>();
        // Quotes are compared within a speaker group (the first word of the speaker's name: a rewrite that garbles
        // "Wang Yi" into "Wang Yee" stays in the group), at most MaxFactsPerKey per group, so cost stays linear in
        // the story's size.
        var groups = corpus.Quotes
            .Where(q => q.Direct && docs.ContainsKey(q.Article))
            .Select(q => (Quote: q, Words: WordDiff.Words(q.Text)))
            .Where(x => x.Words.Count >= 4)
            .GroupBy(x => SpeakerGroup(x.Quote, names))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
            findings.AddRange(QuotesOf([.. group.OrderBy(x => x.Quote.Article.Value, StringComparer.Ordinal).ThenBy(x => x.Quote.Start).Take(_options.MaxFactsPerKey)],
                names, docs, copyGroup, copies));
        return findings;
    }

    private static string SpeakerGroup(CorpusQuote quote, Dictionary<string, string> names)
    {
        var name = quote.Speaker is { } id && names.TryGetValue(id, out var n) ? n : quote.SpeakerText;
        var first = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.ToLowerInvariant();
    }

    private List<Contradiction> QuotesOf(List<(CorpusQuote Quote, List<string> Words)> quotes, Dictionary<string, string> names, Dictionary<ArticleId, Doc> docs,
        Dictionary<ArticleId, ArticleId> copyGroup, HashSet<ArticleId> copies)
    {
        var findings = new List<Contradiction>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var first = quotes[i];
            var best = quotes.Skip(i + 1)
                .Where(b => b.Quote.Article != first.Quote.Article)
                .Select(b => (B: b, Overlap: Jaccard(first.Words, b.Words), Copies: Related(first.Quote.Article, b.Quote.Article, copyGroup)))
                .Where(x => SameSpeaker(first.Quote, x.B.Quote, x.Copies) && x.Overlap >= (x.Copies ? _options.MinCopyQuoteOverlap : _options.MinQuoteOverlap)
                    && Math.Min(first.Words.Count, x.B.Words.Count) >= 0.5 * Math.Max(first.Words.Count, x.B.Words.Count))
                .GroupBy(x => x.B.Quote.Article)
                .Select(g => g.OrderByDescending(x => x.Overlap).First());
            foreach (var (found, _, _) in best)
            {
                var (a, b) = OriginalFirst(first.Quote.Article, found.Quote.Article, copies) ? (found, first) : (first, found);
                if (a.Words.SequenceEqual(b.Words) || Contains(a.Words, b.Words) || Contains(b.Words, a.Words))
                    continue; // the same words, or one report quotes a part of the other's quote
                var changes = WordDiff.Changes(a.Words, b.Words);
                var spellingOnly = changes.All(c => Spelling(c.Removed) == Spelling(c.Added));
                var speaker = a.Quote.Speaker is { } id && names.TryGetValue(id, out var name) ? name : a.Quote.SpeakerText;
                findings.Add(new Contradiction($"“{a.Quote.Text}”", [Evidence.Of(docs[a.Quote.Article], new TextSpan(a.Quote.Start, a.Quote.End))],
                    $"“{b.Quote.Text}”", [Evidence.Of(docs[b.Quote.Article], new TextSpan(b.Quote.Start, b.Quote.End))],
                    (spellingOnly ? $"agree: {speaker}'s quote, spelled differently: " : $"{speaker}'s quote, worded differently: ") + WordDiff.Describe(changes))
                {
                    Kind = "quote",
                    Agrees = spellingOnly,
                });
            }
        }
        return findings;
    }

    private static string Spelling(string words) =>
        string.Join(' ', words.Split(' ').Select(w => TitleRules.Spellings.TryGetValue(w, out var s) ? s : w.Replace("our", "or", StringComparison.Ordinal).Replace("ise", "ize", StringComparison.Ordinal)));

    private static bool SameSpeaker(CorpusQuote a, CorpusQuote b, bool copies)
    {
        if (a.Speaker is not null && a.Speaker == b.Speaker)
            return true;
        var sa = a.SpeakerText.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = b.SpeakerText.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (sa.Length == 0 || sb.Length == 0)
            return false;
        if (string.Join(' ', sa).Equals(string.Join(' ', sb), StringComparison.OrdinalIgnoreCase))
            return true;
        // A rewrite garbles names ("Wang Yee"): in a copy, the same first word of the speaker's name is enough.
        return copies && sa[0].Equals(sb[0], StringComparison.OrdinalIgnoreCase) && char.IsUpper(sa[0][0]);
    }

    private static bool Contains(List<string> whole, List<string> part)
    {
        if (part.Count > whole.Count)
            return false;
        for (var i = 0; i + part.Count <= whole.Count; i++)
        {
            var all = true;
            for (var j = 0; j < part.Count && all; j++)
                all = whole[i + j] == part[j];
            if (all)
                return true;
        }
        return false;
    }

    private static double Jaccard(List<string> a, List<string> b)
    {
        var sa = a.ToHashSet(StringComparer.Ordinal);
        var sb = b.ToHashSet(StringComparer.Ordinal);
        var shared = sa.Count(sb.Contains);
        return shared == 0 ? 0 : (double)shared / (sa.Count + sb.Count - shared);
    }

    private static bool Related(ArticleId a, ArticleId b, Dictionary<ArticleId, ArticleId> copyGroup) =>
        copyGroup.TryGetValue(a, out var ga) && copyGroup.TryGetValue(b, out var gb) && ga == gb;

    private static Dictionary<ArticleId, ArticleId> CopyGroups(CorpusSnapshot corpus)
    {
        var parent = new Dictionary<ArticleId, ArticleId>();
        ArticleId Find(ArticleId x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
                x = p;
            return x;
        }
        foreach (var link in corpus.Copies)
        {
            parent.TryAdd(link.Article, link.Article);
            parent.TryAdd(link.Of, link.Of);
            var (ra, rb) = (Find(link.Article), Find(link.Of));
            if (ra != rb)
                parent[ra] = rb;
        }
        return parent.Keys.ToDictionary(k => k, Find);
    }

    // (d) Durations and "since" boundaries: "the first in 14 years" (written in 2024) and "since 2010" agree.
    private List<Contradiction> Durations(List<Doc> members, HashSet<ArticleId> copies)
    {
        var facts = new List<(Doc Doc, TextSpan Shown, string Value, bool Implied, TextSpan Sentence, HashSet<string> Words)>();
        foreach (var doc in members)
        {
            foreach (var date in doc.Dates)
            {
                var implied = date.Implied is not null;
                var sentence = doc.SentenceAt(date.Span.Start) ?? RoughSentences.Split(doc.Text).FirstOrDefault(s => s.Start <= date.Span.Start && date.Span.Start < s.End);
                if (sentence.IsEmpty)
                    continue;
                var since = date.Type == TimexType.Date && date.Value is not null ? Since(doc, date, sentence) : null;
                if (!implied && since is null)
                    continue;
                // A bound ("more than a year") or a count read in part ("a year" of "a year and a half") gives no date to compare.
                var after = doc.Text.AsSpan(date.Span.End);
                if (implied && (CountRules.Qualifiers.Any(q => doc[date.Evidence].Contains(q.Words + " ", StringComparison.OrdinalIgnoreCase))
                    || after.StartsWith(" and a half", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" and half", StringComparison.OrdinalIgnoreCase)))
                    continue;
                // The words around the expression, not the whole sentence: a long sentence says many other things.
                facts.Add((doc, implied ? date.Evidence : since!.Value, (implied ? date.Implied : date.Value)!, implied, sentence, Window(doc.Text, sentence, date.Evidence, DurationWindow)));
            }
        }
        var findings = new List<Contradiction>();
        if (facts.Count > 10 * _options.MaxFactsPerKey)
            facts = facts[..(10 * _options.MaxFactsPerKey)];
        for (var i = 0; i < facts.Count; i++)
        {
            for (var j = i + 1; j < facts.Count; j++)
            {
                var (a, b) = (facts[i], facts[j]);
                if (a.Doc.Id == b.Doc.Id || SameFact(a.Words, b.Words) == 0)
                    continue;
                if (OriginalFirst(a.Doc.Id, b.Doc.Id, copies))
                    (a, b) = (b, a);
                var textA = a.Doc[a.Shown];
                var textB = b.Doc[b.Shown];
                if (Same(textA, textB))
                    continue;
                var agrees = ContradictionFinder.Compatible(a.Value, b.Value);
                var rounding = !agrees && (a.Implied || b.Implied) && YearGap(a.Value, b.Value) == 1;
                var note = (agrees || rounding ? "agree: " : "differ: ") + Reading(a.Doc, a.Shown, a.Value, a.Implied) + "; " + Reading(b.Doc, b.Shown, b.Value, b.Implied)
                    + (rounding ? " (one year apart: a count of years is rounded)" : "");
                findings.Add(new Contradiction(textA, [Evidence.Of(a.Doc, a.Sentence)], textB, [Evidence.Of(b.Doc, b.Sentence)], note)
                {
                    Kind = "duration",
                    Agrees = agrees || rounding,
                });
            }
        }
        return findings;
    }

    private const int DurationWindow = 10;

    // "since 2010", or "since Olga Varn in 2010": a since in the same clause, a few words before the date.
    private static TextSpan? Since(Doc doc, DateMention date, TextSpan sentence)
    {
        if (date.Cue is { } cue && doc[cue].Equals("since", StringComparison.OrdinalIgnoreCase))
            return date.Evidence;
        var before = doc.Text.AsSpan(sentence.Start, Math.Max(0, date.Span.Start - sentence.Start));
        var at = before.LastIndexOf("since ", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || before.Length - at > 40)
            return null;
        var between = before[(at + 6)..];
        return between.IndexOfAny(',', ';', ':') < 0 && (at == 0 || !char.IsLetter(before[at - 1]))
            ? new TextSpan(sentence.Start + at, date.Span.End)
            : null;
    }

    private static string Reading(Doc doc, TextSpan shown, string value, bool implied)
    {
        var words = doc[shown];
        if (!implied)
            return $"“{words}” starts in {value}";
        var written = doc.Metadata.Published ?? "the report's date";
        return $"“{words}” counted back from {written} gives {value}";
    }

    private static int? YearGap(string a, string b) =>
        a.Length >= 4 && b.Length >= 4 && int.TryParse(a[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var ya)
            && int.TryParse(b[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var yb) ? Math.Abs(ya - yb) : null;

    // Sentence overlap (share of the smaller set) when the two sentences are about the same thing, else 0.
    private double SameFact(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        var overlap = (double)shared / Math.Min(a.Count, b.Count);
        return shared >= _options.MinSharedWords && overlap >= _options.MinSentenceOverlap ? overlap : 0;
    }

    private static int Shared(HashSet<string> a, HashSet<string> b, string key) =>
        a.Count(w => w != key && b.Contains(w));

    /// <summary>The content words of a sentence (lower-cased, crude singular), without numbers and calendar words.</summary>
    internal static HashSet<string> ContentWords(string text, TextSpan sentence)
    {
        var s = sentence.Of(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordScanner.Words(s))
        {
            var w = word.Of(s);
            if (w.Length > 2 && !EnglishStopwords.Contains(w) && !char.IsDigit(w[0]) && !CountRules.Words.ContainsKey(w) && !CountRules.NotCounts.Contains(w))
                set.Add(CountReader.Singular(w));
        }
        return set;
    }

    // Content words within a few words of the span: what a count or a duration is about ("killed", "injured").
    private static HashSet<string> Window(string text, TextSpan sentence, TextSpan count, int radius = 4)
    {
        var s = sentence.Of(text);
        var words = WordScanner.Words(s);
        var set = new HashSet<string>(StringComparer.Ordinal);
        var first = words.FindIndex(w => sentence.Start + w.End > count.Start);
        var last = words.FindLastIndex(w => sentence.Start + w.Start < count.End);
        if (first < 0 || last < 0)
            return set;
        for (var i = Math.Max(0, first - radius); i <= Math.Min(words.Count - 1, last + radius); i++)
        {
            var w = words[i].Of(s);
            if (w.Length > 2 && !EnglishStopwords.Contains(w) && !char.IsDigit(w[0]) && !CountRules.Words.ContainsKey(w))
                set.Add(CountReader.Singular(w));
        }
        return set;
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', WordDiff.Words(a)), string.Join(' ', WordDiff.Words(b)), StringComparison.Ordinal);

    private static Evidence Sentence(Doc doc, Evidence evidence) =>
        doc.SentenceAt(evidence.Span.Start) is { } sentence && sentence.End >= evidence.Span.End ? Evidence.Of(doc, sentence) : evidence;

    private static List<TextSpan> SentencesOf(Doc doc) =>
        (doc.Layers & Layers.Sentences) != 0 && doc.Sentences.Length > 0 ? [.. doc.Sentences.Select(s => s.Span)] : RoughSentences.Split(doc.Text);
}
