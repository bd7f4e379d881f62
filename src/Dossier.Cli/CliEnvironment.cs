using Spectre.Console;

namespace Dossier.Cli;

/// <summary>Where a command writes, and how: the host's streams, and whether a person is watching a terminal.</summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, bool attachedToTerminal)
    {
        Output = output;
        Error = error;
        AttachedToTerminal = attachedToTerminal;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = attachedToTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = attachedToTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = attachedToTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!attachedToTerminal)
            Console.Profile.Width = 200;
        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = attachedToTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = attachedToTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = attachedToTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool AttachedToTerminal { get; }

    /// <summary>Rich output (tables) to standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Progress bars go to standard error, so standard output stays clean for pipes.</summary>
    public IAnsiConsole ErrorConsole { get; }
}
