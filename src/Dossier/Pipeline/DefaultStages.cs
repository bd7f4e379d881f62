using Dossier.Cleaning;
using Dossier.Comparison;
using Dossier.Extraction.Dates;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Extraction.Sentences;
using Dossier.Copies;
using Dossier.Issues;
using Dossier.Stories;

namespace Dossier.Pipeline;

/// <summary>The stages a default pipeline runs, in order.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IDocStage> DocStages()
    {
        yield return new ArticleCleaner();
        yield return new SentenceSegmenter();
        yield return new EntityRecognizer();
        yield return new DateResolver();
        yield return new QuoteExtractor();
        yield return new EventExtractor();
    }

    public static IEnumerable<ICorpusStage> CorpusStages()
    {
        yield return new EntityMerger();
        yield return new UndatedReportDater();
        yield return new CopyDetector();
        yield return new StoryClusterer();
        yield return new IssueTagger();
        yield return new QuoteRecorder();
        yield return new EventMerger();
        yield return new PositionFinder();
        yield return new ContradictionFinder();
        yield return new FactComparer();
    }
}
