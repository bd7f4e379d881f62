using System.CommandLine;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class PipelineCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var explain = new Option<bool>("--explain") { Description = "List the stages in run order with the layers each requires and produces." };
        var command = new Command("pipeline", """
            Describe the processing pipeline.

            Example:
              dossier pipeline --explain
            """)
        {
            explain,
        };
        command.SetAction(result =>
        {
            var pipeline = DossierPipeline.CreateDefault();
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("#").AddColumn("stage").AddColumn("scope").AddColumn("requires").AddColumn("produces").AddColumn("what it does");
            foreach (var stage in pipeline.Describe())
            {
                table.AddRow(
                    stage.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(stage.Info.Name),
                    stage.Scope,
                    Markup.Escape(stage.Info.Requires.ToString()),
                    Markup.Escape(stage.Info.Produces.ToString()),
                    Markup.Escape(stage.Info.Description));
            }
            environment.Console.Write(table);
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
