namespace Dossier.Pipeline;

/// <summary>What a stage is called, what it reads and what it adds: checked when the pipeline is built.</summary>
/// <param name="Name">Short stable name (used in diagnostics and <c>dossier pipeline --explain</c>).</param>
/// <param name="Requires">Layers that must exist before the stage runs.</param>
/// <param name="Produces">Layers the stage adds.</param>
/// <param name="Description">One line for a user.</param>
public sealed record StageInfo(string Name, Layers Requires, Layers Produces, string Description);
