using System.CommandLine;
using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Ingest;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files or directories (searched recursively): .txt, .html/.htm, RSS/Atom feeds, and .gz of any of these." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Skip files larger than this many bytes (after decompression).", DefaultValueFactory = _ => new IngestOptions().MaxBytes, HelpName = "N" };
        var command = new Command("ingest", """
            Read news reports into the store, clean them and run every stage. Running it again on the same files
            changes nothing; a file whose bytes changed is stored as a new version. A bad file is reported in one
            line and skipped; the rest are still ingested (exit code 1).

            Examples:
              dossier ingest samples/
              dossier ingest ../shared/corpus/seeds --db seeds.db
              dossier ingest feed.xml pages/*.html.gz
            """)
        {
            paths,
            maxBytes,
        };
        command.SetAction(result =>
        {
            var pipeline = DossierPipeline.CreateDefault(new PipelineOptions { Strict = result.GetValue(CommonOptions.Strict) });
            using var store = CommonOptions.OpenStore(result, create: true);
            var ingestor = new CorpusIngestor(pipeline, store, new IngestOptions { MaxBytes = result.GetValue(maxBytes) });
            var report = Run(environment, ingestor, result.GetRequiredValue(paths));

            foreach (var problem in report.Problems)
                environment.Error.WriteLine($"{(problem.Severity == Severity.Error ? "error" : "warning")}: {problem}");
            var articles = report.Added + report.Unchanged + report.NewVersions;
            var seconds = report.Elapsed.TotalSeconds;
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Ingested {report.Files} file(s) into {store.Path}: {report.Added} new, {report.Unchanged} unchanged, {report.NewVersions} new version(s), {report.Problems.Count(p => p.Severity == Severity.Error)} error(s) in {seconds:0.00} s ({(seconds > 0 ? articles / seconds : 0):0.0} articles/s)."));
            return (int)(report.HasErrors ? ExitCode.InputErrors : ExitCode.Ok);
        });
        return command;
    }

    private static IngestReport Run(CliEnvironment environment, CorpusIngestor ingestor, string[] paths)
    {
        if (!environment.AttachedToTerminal)
        {
            var plain = new Progress(p => environment.Error.WriteLine($"ingest [{p.FilesDone}/{p.FilesTotal}] {p.Source}"));
            return ingestor.Ingest(paths, plain);
        }

        IngestReport? report = null;
        environment.ErrorConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                report = ingestor.Ingest(paths, new Progress(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape(Path.GetFileName(p.Source));
                }));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    // IProgress<T> that reports synchronously: System.Progress<T> posts to the thread pool and would print out of order.
    private sealed class Progress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
