using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class NerTrainerTests
{
    private static readonly Gazetteer Empty = new([]);

    // A tiny made-up corpus: names after "met" and "in", with varied words so the model must generalise.
    private static List<NerSentence> Corpus()
    {
        string[] people = ["Ana Ruiz", "Bo Chen", "Carl Berg", "Dina Sato", "Eli Kaya", "Femi Ade", "Gus Moss", "Hana Novak"];
        string[] places = ["Lima", "Oslo", "Quito", "Riga", "Accra", "Hanoi", "Doha", "Sofia"];
        var sentences = new List<NerSentence>();
        for (var i = 0; i < people.Length; i++)
        {
            for (var j = 0; j < places.Length; j++)
            {
                var person = people[i].Split(' ');
                string[] tokens = ["Yesterday", person[0], person[1], "met", "officials", "in", places[j], "."];
                sentences.Add(new NerSentence([.. tokens],
                    [new EntitySpan(1, 3, global::Dossier.Documents.EntityKind.Person, "PER"), new EntitySpan(6, 7, global::Dossier.Documents.EntityKind.Gpe, "LOC")], "made-up"));
            }
        }
        return sentences;
    }

    [Fact]
    public void LearnsToTagNamesInNewContexts()
    {
        var model = NerTrainer.Train(Corpus(), Empty, new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1));
        string[] words = ["Yesterday", "Ana", "Ruiz", "met", "officials", "in", "Oslo", "."];
        var spans = model.Tag(words).Select(s => $"{s.Start}-{s.End}:{s.Kind}");
        Assert.Equal(["1-3:Person", "6-7:Gpe"], spans);
    }

    [Fact]
    public void HeadlineCopiesTeachTheModelToTagAllCapitalText()
    {
        var model = NerTrainer.Train(Corpus(), Empty, new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1) { UpperCaseEvery = 2 });
        string[] words = ["YESTERDAY", "BO", "CHEN", "MET", "OFFICIALS", "IN", "RIGA", "."];
        var spans = model.Tag(words).Select(s => $"{s.Start}-{s.End}:{s.Kind}");
        Assert.Equal(["1-3:Person", "6-7:Gpe"], spans);
    }

    [Fact]
    public void TheSameDataAndSeedGiveTheSameBytesAndTheModelSurvivesSaving()
    {
        byte[] Save(NerModel model)
        {
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }
        var options = new NerTrainingOptions(Epochs: 3, MinFeatureCount: 1);
        var first = Save(NerTrainer.Train(Corpus(), Empty, options));
        var second = Save(NerTrainer.Train(Corpus(), Empty, options));
        Assert.Equal(first, second);

        var reloaded = NerModel.Load(new MemoryStream(first));
        var evaluation = NerEvaluator.Evaluate(reloaded, Corpus());
        Assert.Equal(1.0, evaluation.Overall.F1, 3);
    }

    [Fact]
    public void EvaluationCountsOnlyExactSpansAndTheGoldTypes()
    {
        var model = NerTrainer.Train(Corpus(), Empty, new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1));
        // Gold says the person is one word only, and marks no place: the two-word prediction is a miss and a false alarm,
        // the predicted place is not scored because the gold data has no LOC type.
        string[] tokens = ["Yesterday", "Ana", "Ruiz", "met", "officials", "in", "Oslo", "."];
        NerSentence[] gold = [new([.. tokens], [new EntitySpan(2, 3, global::Dossier.Documents.EntityKind.Person, "PER")], "made-up")];
        var writer = new StringWriter();
        var evaluation = NerEvaluator.Evaluate(model, gold, writer);
        Assert.Equal(new global::Dossier.Evaluation.PrfScore(0, 1, 1), evaluation.Overall);
        Assert.Equal(["PER"], evaluation.ByType.Keys);
        Assert.StartsWith("Yesterday O O\nAna O B-PER\nRuiz B-PER I-PER\n", writer.ToString().ReplaceLineEndings("\n"));
    }
}
