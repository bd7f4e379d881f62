using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Extraction.Entities;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train ner</c>: trains the named-entity model from the shared NER corpora.</summary>
internal static class TrainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("train", """
            Train a model from the shared annotated data (deterministic: same data and seed, same bytes).

            Example:
              dossier train ner --out models/ner-v4.bin
            """);
        command.Add(CreateNer(environment));
        return command;
    }

    private static Command CreateNer(CliEnvironment environment)
    {
        var data = new Option<string>("--data") { Description = "The shared NER folder.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ner") };
        var dictionaries = new Option<string>("--dictionaries")
        {
            Description = "The Phoenix actor dictionaries (gazetteer source).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "event-coding", "petrarch2", "dictionaries"),
        };
        var lists = new Option<string>("--lists") { Description = "Dossier's own gazetteer lists.", DefaultValueFactory = _ => Path.Combine("models", "gazetteer") };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => Path.Combine("models", NerModel.FileName) };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var runs = new Option<int>("--runs") { Description = "Training runs averaged (fewer for quick experiments).", DefaultValueFactory = _ => new NerTrainingOptions().Runs };
        var command = new Command("ner", """
            Train the named-entity tagger (averaged perceptron, BILOU tags) on the licence-clean part of ../shared/data/ner,
            with gazetteer features from the Phoenix dictionaries and models/gazetteer. Rebuild afterwards to embed the model.

            Example:
              dossier train ner --out models/ner-v4.bin
            """)
        {
            data, dictionaries, lists, output, epochs, seed, runs,
        };
        command.SetAction(result =>
        {
            var dataDirectory = result.GetRequiredValue(data);
            if (!Directory.Exists(dataDirectory))
                throw new CliException(ExitCode.IO, $"{dataDirectory} not found (run from the repository root with ../shared beside it, or pass --data)");
            var listsDirectory = result.GetRequiredValue(lists);
            if (!Directory.Exists(listsDirectory))
                throw new CliException(ExitCode.IO, $"{listsDirectory} not found (pass --lists)");
            var clock = Stopwatch.StartNew();
            var gazetteer = GazetteerBuilder.Build(result.GetValue(dictionaries), listsDirectory);
            environment.Error.WriteLine($"gazetteer: {gazetteer.Entries.Count} phrases");
            var sentences = NerTrainingSet.Training(dataDirectory);
            var options = new NerTrainingOptions { Epochs = result.GetValue(epochs), Seed = result.GetValue(seed), Runs = result.GetValue(runs) };
            var model = NerTrainer.Train(sentences, gazetteer, options, environment.Error.WriteLine);
            var path = result.GetRequiredValue(output);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var stream = File.Create(path))
                model.Save(stream);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {model.FeatureCount} features, {new FileInfo(path).Length / 1024} KiB, trained in {clock.Elapsed.TotalSeconds:0.0}s"));
            return (int)ExitCode.Ok;
        });
        return command;
    }
}
