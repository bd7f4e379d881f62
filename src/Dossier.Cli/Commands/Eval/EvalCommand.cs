using System.CommandLine;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval STAGE PATH</c>: scores one stage against annotated data and prints precision/recall/F1.</summary>
/// <remarks>Each stage's evaluation is its own subcommand in this folder; add it to <see cref="Subcommands"/>.</remarks>
internal static class EvalCommand
{
    private static IEnumerable<Command> Subcommands(CliEnvironment environment)
    {
        yield return DatesEvalCommand.Create(environment);
        yield return EvalNerCommand.Create(environment);
        yield return EvalStoriesCommand.Create(environment);
        yield return QuotesEvalCommand.Create(environment);
        yield return EventsEvalCommand.Create(environment);
        yield return ExtractionEvalCommand.Create(environment);
        yield return FactsEvalCommand.Create(environment);
        yield return EntitiesEvalCommand.Create(environment);
    }

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("eval", """
            Score a stage against annotated data: precision, recall and F1 (figures go into docs/quality.md).

            Example:
              dossier eval STAGE PATH
            """);
        foreach (var subcommand in Subcommands(environment))
            command.Add(subcommand);
        return command;
    }
}
