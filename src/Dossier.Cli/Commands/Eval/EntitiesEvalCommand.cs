using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Evaluation;

namespace Dossier.Cli.Commands.Eval;

/// <summary><c>dossier eval entities DIR</c>: people across reports — person P/R/F1, one entity per person, roles.</summary>
internal static class EntitiesEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("DIR") { Description = "A folder of reports (as samples/); its gold.json holds the gold people unless --gold is given." };
        var goldOption = new Option<string?>("--gold") { Description = "A JSON file with the gold people ({\"people\": {\"list\": [...]}}), instead of DIR/gold.json.", HelpName = "FILE" };
        var errors = new Option<bool>("--errors") { Description = "List missed, extra, split and merged people and missed roles." };
        var gate = new Option<bool>("--gate") { Description = "Exit 1 when a score falls below its floor in eval/floors.json (minus epsilon)." };
        var floors = new Option<string>("--floors") { Description = "The floors file.", DefaultValueFactory = _ => Path.Combine("eval", "floors.json"), HelpName = "FILE" };
        var command = new Command("entities", """
            Score the people Dossier finds across a folder of reports against gold people: person precision, recall
            and F1 (an entity matches a person when its name or an alias is theirs), the share of people found as
            exactly one entity, merged people, and the share of gold roles stated (title, and whose office).

            Example:
              dossier eval entities samples
            """)
        {
            directory, goldOption, errors, gate, floors,
        };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(directory);
            var goldPath = result.GetValue(goldOption) ?? Path.Combine(path, "gold.json");
            AnnotatedFolder.Require(path, goldPath);
            var gold = AnnotatedFolder.ReadItems(goldPath, PersonGold.Parse, DiagnosticCatalog.NoPeopleGold);

            var corpus = AnnotatedFolder.Corpus(path);
            var evaluation = PersonEvaluator.Score(corpus.Entities, gold);

            var output = environment.Output;
            var predicted = corpus.Entities.Count(e => e.Kind == Documents.EntityKind.Person);
            output.WriteLine(Invariant($"entities: {path} ({corpus.Articles.Length} reports, {evaluation.Gold} gold people, {predicted} person entities)"));
            output.WriteLine($"people      {evaluation.People}");
            output.WriteLine(Invariant($"one entity  {evaluation.OneEntityRate:0.000} ({evaluation.OneEntity}/{evaluation.Gold} people as exactly one entity; {evaluation.Merged} entities merge different people)"));
            output.WriteLine(Invariant($"roles       {evaluation.RoleAccuracy:0.000} ({evaluation.RolesRight}/{evaluation.Roles} gold roles stated)"));
            if (result.GetValue(errors))
            {
                foreach (var line in evaluation.Errors)
                    output.WriteLine("  " + line);
            }
            if (!result.GetValue(gate))
                return (int)ExitCode.Ok;
            // A separate annotation (the seeds') has floors of its own; the demo corpus's gold.json keeps "entities".
            var stage = result.GetValue(goldOption) is null ? "entities" : "entities-seeds";
            return Gate(result.GetRequiredValue(floors), stage, evaluation, environment) ? (int)ExitCode.Ok : (int)ExitCode.InputErrors;
        });
        return command;
    }

    private static bool Gate(string floorsPath, string stage, PersonEvaluation evaluation, CliEnvironment environment) =>
        FloorGate.Meets(environment, floorsPath, stage,
        [
            ("person_precision", evaluation.People.Precision), ("person_recall", evaluation.People.Recall),
            ("person_f1", evaluation.People.F1), ("one_entity", evaluation.OneEntityRate), ("roles", evaluation.RoleAccuracy)
        ]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
