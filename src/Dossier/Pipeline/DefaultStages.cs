using Dossier.Cleaning;
using Dossier.Copies;
using Dossier.Stories;

namespace Dossier.Pipeline;

/// <summary>The stages a default pipeline runs, in order.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IDocStage> DocStages()
    {
        yield return new ArticleCleaner();
    }

    public static IEnumerable<ICorpusStage> CorpusStages()
    {
        yield return new CopyDetector();
        yield return new StoryClusterer();
    }
}
