namespace Dossier.Pipeline;

/// <summary>One stage of a built pipeline, as <c>dossier pipeline --explain</c> shows it.</summary>
/// <param name="Order">Position in the run, from 1.</param>
/// <param name="Scope"><c>article</c> or <c>corpus</c>.</param>
/// <param name="Info">Name, requirements and products.</param>
public sealed record StageDescription(int Order, string Scope, StageInfo Info);
