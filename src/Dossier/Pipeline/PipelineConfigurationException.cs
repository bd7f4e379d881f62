namespace Dossier.Pipeline;

/// <summary>Thrown when a pipeline is built with stages whose requirements are not met.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
