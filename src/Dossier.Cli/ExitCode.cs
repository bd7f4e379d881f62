namespace Dossier.Cli;

/// <summary>What the process exit code tells a script.</summary>
public enum ExitCode
{
    /// <summary>Everything worked.</summary>
    Ok = 0,
    /// <summary>The command finished, but some input had errors (reported one line each).</summary>
    InputErrors = 1,
    /// <summary>The command line was wrong.</summary>
    Usage = 2,
    /// <summary>A file or the store could not be read or written.</summary>
    IO = 3,
}
