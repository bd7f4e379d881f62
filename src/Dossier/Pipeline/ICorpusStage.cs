using Dossier.Corpus;

namespace Dossier.Pipeline;

/// <summary>A step that looks across articles (copies, stories, entity merging).</summary>
public interface ICorpusStage
{
    /// <summary>Name, requirements and products.</summary>
    StageInfo Info { get; }

    /// <summary>Returns <paramref name="corpus"/> with this stage's layer replaced.</summary>
    CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context);
}
