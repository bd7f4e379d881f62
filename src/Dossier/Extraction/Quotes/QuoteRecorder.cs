using System.Collections.Immutable;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Quotes;

/// <summary>The "quote-records" corpus stage: every article's quotations as <see cref="CorpusQuote"/> records, with the
/// speaker resolved to an entity id when the corpus has merged entities.</summary>
/// <remarks>
/// Ids are <c>q-</c> and 16 hex digits of the SHA-256 of article id and content offsets, so they are stable across
/// runs. The speaker entity is the one with a mention, in the same article, that overlaps the words the speaker
/// phrase refers to (its antecedent) or, failing that, the speaker phrase itself.
/// </remarks>
public sealed class QuoteRecorder : ICorpusStage
{
    /// <inheritdoc />
    public StageInfo Info { get; } = new("quote-records", Layers.Quotes, Layers.None,
        "Every article's quotations as corpus records, speakers linked to entities when entities were merged.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var byArticle = EntityMentionIndex.ByArticle(corpus)
            .ToDictionary(p => p.Key, p => p.Value.OrderBy(x => x.Mention.Start).ThenBy(x => x.Entity, StringComparer.Ordinal).ToList());
        var quotes = ImmutableArray.CreateBuilder<CorpusQuote>();
        foreach (var doc in corpus.Articles)
        {
            byArticle.TryGetValue(doc.Id, out var mentions);
            foreach (var quote in doc.Quotes)
            {
                if (quote.ObjectOnly)
                    continue;
                var speakerText = SpeakerText(doc, quote);
                quotes.Add(new CorpusQuote(Id(doc.Id, quote.Content), SpeakerEntity(quote, mentions), speakerText,
                    doc[quote.Content], quote.Direct, doc.Id, quote.Content.Start, quote.Content.End));
            }
        }
        quotes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return corpus with { Quotes = quotes.ToImmutable() };
    }

    // "he said", "the official added": the words that name the speaker are those the phrase refers back to ("a senior
    // State Department official"), not the pronoun; a phrase that names someone itself is kept as written.
    internal static string SpeakerText(Doc doc, Quote quote) => quote switch
    {
        { Speaker: null } => "",
        { Antecedent: { } a, Speaker: { } s } when a != s && !a.Overlaps(s) => doc[a],
        { Speaker: { } s } => doc[s],
    };

    private static string? SpeakerEntity(Quote quote, List<(string Entity, EntityMention Mention)>? mentions)
    {
        if (mentions is null)
            return null;
        foreach (var span in new[] { quote.Antecedent, quote.Speaker })
        {
            if (span is not { } target)
                continue;
            // "a State Department spokesperson" is an unnamed speaker, not the State Department.
            if (IsDescription(target, mentions))
                return null;
            // A mention that runs on past the speaker phrase ("US official said") took in the verb: not a name.
            var best = mentions
                .Where(m => new TextSpan(m.Mention.Start, m.Mention.End).Overlaps(target) && m.Mention.End <= target.End)
                .OrderByDescending(m => m.Mention.End - m.Mention.Start)
                .FirstOrDefault();
            if (best.Entity is not null)
                return best.Entity;
        }
        return null;
    }

    // The phrase ends on a speaker noun ("official", "spokesperson") after the last name it contains.
    private static bool IsDescription(TextSpan target, List<(string Entity, EntityMention Mention)> mentions)
    {
        var lastMentionEnd = mentions.Where(m => new TextSpan(m.Mention.Start, m.Mention.End).Overlaps(target) && m.Mention.End <= target.End).Select(m => m.Mention.End).DefaultIfEmpty(-1).Max();
        return lastMentionEnd >= 0 && lastMentionEnd < target.End - 1;
    }

    internal static string Id(ArticleId article, TextSpan content)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{article.Value}:{content.Start}:{content.End}");
        return StableId.From("q-", key);
    }
}
