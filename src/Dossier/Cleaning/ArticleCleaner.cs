using Dossier.Cleaning.Boilerplate;
using Dossier.Cleaning.Flags;
using Dossier.Cleaning.Html;
using Dossier.Cleaning.Metadata;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Cleaning;

/// <summary>Turns a raw article (text, HTML page or feed item) into the story text a reader would recognise, with its metadata.</summary>
/// <remarks>
/// HTML pages go through the DOM extractor (<see cref="HtmlArticleExtractor"/>) first; plain text, the extracted blocks and
/// feed item bodies then go through the same line sorter (<see cref="BoilerplateRemover"/>), the metadata cascade
/// (<see cref="MetadataResolver"/>) and the quality flags (<see cref="QualityFlagger"/>). Everything dropped is kept,
/// verbatim, in <see cref="ArticleMetadata.Removed"/> or <see cref="ArticleMetadata.Captions"/>.
/// </remarks>
public sealed class ArticleCleaner(CleaningOptions options) : IDocStage
{
    /// <summary>A cleaner with default options.</summary>
    public ArticleCleaner()
        : this(CleaningOptions.Default)
    {
    }

    /// <inheritdoc />
    public StageInfo Info { get; } = new("clean", Layers.None, Layers.CleanText | Layers.Metadata,
        "Story text without boilerplate, captions apart, metadata (headline, outlet, bylines, wire, dates) and quality flags.");

    /// <inheritdoc />
    public Doc Run(Doc doc, StageContext context)
    {
        var raw = doc.Raw;
        TextAnalysis analysis;
        PageMetadata? page = null;
        switch (raw.Kind)
        {
            case SourceKind.Html:
                var extraction = HtmlArticleExtractor.Extract(raw.Content, options.MaxHtmlDepth, options.MaxHtmlChars);
                if (extraction.TooDeep > 0)
                    context.Report(DiagnosticCatalog.MarkupTooDeep, null, options.MaxHtmlDepth);
                if (extraction.TooLarge > 0)
                    context.Report(DiagnosticCatalog.PageTooLarge, null, extraction.TooLarge, options.MaxHtmlChars);
                page = extraction.Metadata;
                analysis = BoilerplateRemover.Analyse(extraction.Blocks, page.Headline);
                // A "credit" class also marks reporting credits, which are not photo captions.
                analysis.Captions.InsertRange(0, extraction.Captions.Where(c => !BoilerplateRules.CreditTrailer.IsMatch(c)));
                analysis.Removed.AddRange(extraction.Captions.Where(c => BoilerplateRules.CreditTrailer.IsMatch(c)));
                analysis.Removed.AddRange(extraction.Removed);
                break;
            case SourceKind.FeedItem:
                var blocks = raw.Content.Contains('<')
                    ? HtmlArticleExtractor.Fragment(raw.Content, options.MaxHtmlDepth)
                    : Paragraphs.Lines(raw.Content).ToList();
                analysis = BoilerplateRemover.Analyse(blocks, raw.Feed?.Title);
                break;
            default:
                analysis = BoilerplateRemover.Analyse(Paragraphs.Lines(raw.Content).ToList());
                break;
        }

        var text = Paragraphs.Join(analysis.Body);
        var resolved = MetadataResolver.Resolve(analysis, page, raw.Feed, raw.Kind == SourceKind.Html ? text : raw.Content, analysis.Body);
        var flags = QualityFlagger.Flag(doc.Id, text, analysis, resolved);
        if (text.Length == 0)
            context.Report(DiagnosticCatalog.NoBody);
        return doc with { Text = text, Metadata = resolved.Metadata with { Flags = flags } };
    }
}
