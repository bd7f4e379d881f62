using Dossier.Cleaning;
using Dossier.Extraction.Sentences;

namespace Dossier.Pipeline;

/// <summary>The stages a default pipeline runs, in order.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IDocStage> DocStages()
    {
        yield return new ArticleCleaner();
        yield return new SentenceSegmenter();
    }

    public static IEnumerable<ICorpusStage> CorpusStages()
    {
        yield break;
    }
}
