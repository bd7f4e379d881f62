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
    public void TableRowsAndDatelinesLendATrainingNameToALineOfNumbers()
    {
        var corpus = Corpus();
        var rows = NerTrainer.WithTableRows([.. corpus], 4, 20240426)[corpus.Count..];

        Assert.Equal(corpus.Count / 4, rows.Count);
        Assert.All(rows, row =>
        {
            var name = Assert.Single(row.Entities);
            var words = string.Join(' ', row.Tokens[name.Start..name.End]);
            var others = row.Tokens.Where((_, i) => i < name.Start || i >= name.End).ToList();
            Assert.Contains(corpus, s => s.Entities.Any(e => e.Kind == name.Kind && string.Join(' ', s.Tokens[e.Start..e.End]).Equals(words, StringComparison.OrdinalIgnoreCase)));
            Assert.NotEmpty(others);
            Assert.All(others, w => Assert.Matches(@"^[\d.:-]+$", w));
        });
        // Datelines write the place in capitals before the date; table rows keep the name as written.
        Assert.Contains(rows, r => r.Tokens.Length == 2 && r.Tokens[0] == r.Tokens[0].ToUpperInvariant() && r.Entities[0].Kind == global::Dossier.Documents.EntityKind.Gpe);
        Assert.Contains(rows, r => r.Entities[0].Kind == global::Dossier.Documents.EntityKind.Person && r.Tokens.Length > 2);
    }

    [Fact]
    public void TableRowsTeachTheModelThatANameBeforeNumbersIsStillAName()
    {
        var model = NerTrainer.Train(Corpus(), Empty, new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1) { TableRowEvery = 2 });
        string[] words = ["Riga", "3", "2", "1", "0", "7"];
        Assert.Equal(["0-1:Gpe"], model.Tag(words).Select(s => $"{s.Start}-{s.End}:{s.Kind}"));
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
