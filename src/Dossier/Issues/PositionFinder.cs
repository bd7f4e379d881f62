using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Issues;

/// <summary>Fills each issue's positions: what each speaker said about it, from the quotes of the issue's stories.</summary>
/// <remarks>
/// A quote states a position on an issue when the quote, or the sentence that carries it, uses the issue's lexicon.
/// The holder is the speaker's entity (or the words naming an unnamed speaker, "a senior State Department official");
/// quotes whose speaker is only a pronoun nobody was resolved to are left out, since they name no holder. At most
/// <see cref="MaxPerHolder"/> positions per holder and issue, earliest first.
/// </remarks>
public sealed class PositionFinder : ICorpusStage
{
    /// <summary>Most positions kept per holder and issue.</summary>
    public const int MaxPerHolder = 2;

    /// <summary>Fewest words a quote needs to state a position.</summary>
    public const int MinWords = 4;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "you" };

    /// <inheritdoc />
    public StageInfo Info { get; } = new("positions", Layers.Issues | Layers.Quotes, Layers.Issues,
        "Each side's stated position on each issue, from the quotes that use the issue's words, cited.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        var docs = corpus.Articles.ToDictionary(d => d.Id);
        var copies = corpus.Copies.Select(c => c.Article).ToHashSet();
        var storyArticles = corpus.Stories.ToDictionary(s => s.Id, s => s.Articles.Where(a => !copies.Contains(a)).ToHashSet(), StringComparer.Ordinal);
        var definitions = IssueRules.Issues.ToDictionary(i => "i-" + i.Id, StringComparer.Ordinal);
        var quotes = corpus.Quotes
            // A position is a statement: two quoted words ("serious concern") are a fragment, not a stance.
            .Where(q => docs.ContainsKey(q.Article) && (q.Speaker is not null || !Pronouns.Contains(q.SpeakerText.Trim()))
                && q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            .OrderBy(q => q.Article.Value, StringComparer.Ordinal).ThenBy(q => q.Start)
            .ToList();

        var issues = ImmutableArray.CreateBuilder<IssueRecord>();
        foreach (var issue in corpus.Issues)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!definitions.TryGetValue(issue.Id, out var definition))
            {
                issues.Add(issue);
                continue;
            }
            var articles = issue.Stories.SelectMany(s => storyArticles.GetValueOrDefault(s) ?? []).ToHashSet();
            var positions = quotes
                .Where(q => articles.Contains(q.Article))
                .Select(q => (Quote: q, Doc: docs[q.Article]))
                .Where(x => definition.Pattern.IsMatch(x.Quote.Text) || definition.Pattern.IsMatch(SentenceOf(x.Doc, x.Quote)))
                .GroupBy(x => x.Quote.Speaker ?? x.Quote.SpeakerText.Trim(), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.Take(MaxPerHolder).Select(x => new Position(g.Key, Stance(x.Quote),
                    [Evidence.Of(x.Doc, new TextSpan(x.Quote.Start, x.Quote.End))])))
                .ToImmutableArray();
            issues.Add(issue with { Positions = positions });
        }
        return corpus with { Issues = issues.ToImmutable() };
    }

    private static string Stance(CorpusQuote quote)
    {
        var text = quote.Text.ReplaceLineEndings(" ").Trim();
        if (text.Length > 240)
            text = text[..239].TrimEnd() + "…";
        return quote.Direct ? $"“{text}”" : text;
    }

    private static string SentenceOf(Doc doc, CorpusQuote quote)
    {
        return doc.SentenceAt(quote.Start) is { } sentence
            ? doc[new TextSpan(sentence.Start, Math.Max(sentence.End, Math.Min(quote.End, doc.Text.Length)))]
            : "";
    }
}
