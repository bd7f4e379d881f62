using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Dossier.Diagnostics;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Documents;

/// <summary>One article and every annotation layer produced for it so far.</summary>
/// <remarks>
/// Immutable: a stage returns a new <see cref="Doc"/> (<c>doc with { Quotes = … }</c>) and the text is shared, not copied.
/// <see cref="Text"/> is the clean body; every annotation is a half-open UTF-16 <see cref="TextSpan"/> of it and it
/// never changes after the cleaning stage.
/// </remarks>
public sealed record Doc
{
    /// <summary>Stable article id.</summary>
    public required ArticleId Id { get; init; }

    /// <summary>The input the article was read from.</summary>
    [JsonIgnore]
    public required RawArticle Raw { get; init; }

    /// <summary>The clean story text, paragraphs separated by a blank line; empty until the cleaning stage ran.</summary>
    public string Text { get; init; } = "";

    /// <summary>Headline, outlet, byline, dates and quality flags.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>The layers produced so far.</summary>
    public Layers Layers { get; init; }

    /// <summary>Sentences, in order.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Tokens, in order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Entity mentions, in order.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>Time expressions with their resolved values.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Direct and reported quotations.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Events reported in this article.</summary>
    public ImmutableArray<EventMention> Events { get; init; } = [];

    /// <summary>Problems found while processing this article.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The covered text of <paramref name="span"/>.</summary>
    public string this[TextSpan span] => span.Of(Text);

    /// <summary>The sentence that contains <paramref name="position"/>, or null (no sentence layer, or between sentences).</summary>
    /// <remarks>Binary search: sentences are ordered and do not overlap.</remarks>
    public TextSpan? SentenceAt(int position)
    {
        int low = 0, high = Sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = Sentences[middle].Span;
            if (position < span.Start)
                high = middle - 1;
            else if (position >= span.End)
                low = middle + 1;
            else
                return span;
        }
        return null;
    }

    /// <summary>A document for <paramref name="raw"/> before any stage ran.</summary>
    public static Doc From(RawArticle raw) => new() { Id = raw.Id, Raw = raw };
}
