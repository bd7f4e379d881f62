namespace Dossier.Cli;

/// <summary>A failure the user can act on: printed as one line, mapped to an exit code.</summary>
internal sealed class CliException(ExitCode exitCode, string message) : Exception(message)
{
    public ExitCode ExitCode { get; } = exitCode;
}
