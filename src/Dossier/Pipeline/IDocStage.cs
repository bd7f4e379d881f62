using Dossier.Documents;

namespace Dossier.Pipeline;

/// <summary>A step that enriches one article.</summary>
/// <remarks>Implementations are stateless and thread-safe: the pipeline runs them on many articles at once.</remarks>
public interface IDocStage
{
    /// <summary>Name, requirements and products.</summary>
    StageInfo Info { get; }

    /// <summary>Returns <paramref name="doc"/> with this stage's layer added.</summary>
    Doc Run(Doc doc, StageContext context);
}
