using System.CommandLine;
using Dossier.Briefing;

namespace Dossier.Cli.Commands;

internal static class BriefCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var story = new Argument<string?>("STORY") { Arity = ArgumentArity.ZeroOrOne, Description = "Story id or unique prefix (default: the largest story)." };
        var format = new Option<string>("--format") { Description = "md (Markdown) or html (one self-contained page with an SVG timeline and actor network).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var outFile = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("brief", """
            The cited brief on one story: sources, timeline, people and roles, key quotes, issues, contradictions.
            Every line ends with citations [n] that resolve to an article and sentence.

            Examples:
              dossier brief
              dossier brief s-3f2a --format html --out brief.html
            """)
        {
            story,
            format,
            outFile,
        };
        command.SetAction(result =>
        {
            using var store = CommonOptions.OpenStore(result);
            var corpus = store.LoadCorpus();
            var wanted = result.GetValue(story);
            var found = BriefBuilder.FindStory(corpus, wanted)
                ?? throw new CliException(ExitCode.InputErrors, wanted is null
                    ? "the store has no stories yet; ingest some reports first"
                    : $"no story with id (or unique id prefix) '{wanted}'; 'dossier stories' lists them");
            var brief = BriefBuilder.Build(corpus, found);
            var text = result.GetValue(format) == "html" ? HtmlBriefWriter.Write(brief) : MarkdownBriefWriter.Write(brief);
            OutputFile.Write(environment, result.GetValue(outFile), text, $"Wrote the brief on {found.Id}");
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
