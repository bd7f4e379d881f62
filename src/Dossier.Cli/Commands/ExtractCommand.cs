using System.CommandLine;
using Dossier.Diagnostics;
using Dossier.Export.Json;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Text, HTML or feed files (or directories) to clean." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of articles with the export's article fields." };
        var command = new Command("extract", """
            Clean files without a store and print the article(s): headline, metadata and body.

            Examples:
              dossier extract page.html
              dossier extract ../shared/corpus/seeds --json > seeds.json
            """)
        {
            files,
            json,
        };
        command.SetAction(result =>
        {
            var options = new IngestOptions();
            var problems = new List<IngestProblem>();
            var sources = SourceScanner.Expand(result.GetRequiredValue(files), options, problems);
            var reader = new SourceReader(options);
            var raws = new List<RawArticle>();
            foreach (var source in sources)
            {
                var read = reader.Read(source);
                raws.AddRange(read.Articles);
                problems.AddRange(read.Problems);
            }
            var pipeline = DossierPipeline.CreateDefault(new PipelineOptions { Strict = result.GetValue(CommonOptions.Strict) });
            var docs = pipeline.ProcessMany(raws);
            foreach (var problem in problems)
                environment.Error.WriteLine($"{(problem.Severity == Severity.Error ? "error" : "warning")}: {problem}");

            if (result.GetValue(json))
            {
                environment.Output.Write(JsonExporter.ArticlesToJson(docs));
            }
            else
            {
                foreach (var doc in docs)
                {
                    environment.Output.WriteLine($"== {doc.Raw.Source}{(doc.Raw.ItemKey.Length > 0 ? " #" + doc.Raw.ItemKey : "")}");
                    environment.Output.WriteLine($"headline:  {doc.Metadata.Headline ?? "-"}");
                    environment.Output.WriteLine($"outlet:    {doc.Metadata.Outlet ?? "-"}");
                    environment.Output.WriteLine($"bylines:   {(doc.Metadata.Bylines.IsEmpty ? "-" : string.Join(", ", doc.Metadata.Bylines))}");
                    environment.Output.WriteLine($"wire:      {doc.Metadata.Wire ?? "-"}");
                    environment.Output.WriteLine($"published: {doc.Metadata.Published ?? "-"}");
                    environment.Output.WriteLine($"url:       {doc.Metadata.Url ?? "-"}");
                    environment.Output.WriteLine($"language:  {doc.Metadata.Language ?? "-"}");
                    foreach (var signal in doc.Metadata.DateSignals)
                        environment.Output.WriteLine($"date:      {signal.Value} ({signal.Source}: {signal.Text})");
                    foreach (var flag in doc.Metadata.Flags)
                        environment.Output.WriteLine($"flag:      {flag.Code}: {flag.Detail}");
                    foreach (var caption in doc.Metadata.Captions)
                        environment.Output.WriteLine($"caption:   {caption}");
                    environment.Output.WriteLine($"removed:   {doc.Metadata.Removed.Length} lines (--json lists them)");
                    environment.Output.WriteLine();
                    environment.Output.WriteLine(doc.Text);
                    environment.Output.WriteLine();
                }
            }
            return (int)(problems.Any(p => p.Severity == Severity.Error) ? ExitCode.InputErrors : ExitCode.Ok);
        });
        return command;
    }
}
