using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Pipeline;

namespace Dossier.Extraction.Dates;

/// <summary>Finds every time expression in an article and resolves it against the article's own publication date.</summary>
/// <remarks>
/// Values are TIMEX3 (<c>2024-04-26</c>, <c>2024-05</c>, <c>2024-W17</c>, <c>P3Y</c>). The anchor is
/// <see cref="ArticleMetadata.Published"/>; when it is missing or too coarse for an expression ("Friday" with only
/// <c>2024-04</c> known), that expression keeps a null value rather than a guess. A bare weekday or month takes the
/// direction its sentence's tense gives ("said on Friday" is the Friday before, "will meet on Friday" the one after).
/// </remarks>
public sealed class DateResolver : IDocStage
{
    private readonly TemporalTagger _tagger;

    /// <summary>A resolver with default options.</summary>
    public DateResolver()
        : this(DateResolverOptions.Default)
    {
    }

    /// <summary>A resolver with the given options.</summary>
    public DateResolver(DateResolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tagger = new TemporalTagger(options);
    }

    /// <inheritdoc />
    public StageInfo Info { get; } = new("dates", Layers.CleanText | Layers.Metadata, Layers.Dates,
        "Time expressions resolved to calendar values against the publication date.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc with { Dates = Resolve(doc.Text, doc.Metadata.Published) };
    }

    /// <summary>Tags and resolves <paramref name="text"/> against <paramref name="anchor"/> (ISO <c>YYYY[-MM[-DD]]</c> or null).</summary>
    public ImmutableArray<DateMention> Resolve(string text, string? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _tagger.Tag(text, DateAnchor.Parse(anchor))];
    }
}
