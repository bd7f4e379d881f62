using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Sentences;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Entities;

public sealed class EntityRecognizerTests
{
    // Each case: a sentence written for these tests, then the expected mentions as "Kind:words" joined by " | ".
    public static TheoryData<string, string> Sentences => new()
    {
        { "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing", "Person:Antony Blinken | Person:Wang Yi | Gpe:Beijing" },
        { "Treasury Secretary Janet Yellen arrived in Guangzhou on Thursday for talks with Vice Premier He Lifeng.", "Person:Janet Yellen | Gpe:Guangzhou | Person:He Lifeng" },
        { "The European Union and NATO warned Russia on Monday.", "Org:European Union | Org:NATO | Gpe:Russia" },
        { "Defense Secretary Lloyd Austin spoke by video with China's Defence Minister Dong Jun.", "Person:Lloyd Austin | Gpe:China | Person:Dong Jun" },
        { "Prime Minister Rishi Sunak flew to Paris to meet President Emmanuel Macron.", "Person:Rishi Sunak | Gpe:Paris | Person:Emmanuel Macron" },
        { "Mr. Kowalski, a spokesman for the World Bank, said the loan to Kenya was approved.", "Person:Kowalski | Org:World Bank | Gpe:Kenya" },
        { "Angela Merkel told the Bundestag that Germany would stay in the eurozone.", "Person:Angela Merkel | Org:Bundestag | Gpe:Germany" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void TagsPeopleOrganisationsAndPlacesInNewsSentences(string text, string expected)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var mentions = EntityRecognizer.Recognise(NerModel.Default, text, SentenceSplitter.Split(text, tokens), tokens);
        Assert.Equal(expected, string.Join(" | ", mentions.Select(m => $"{m.Kind}:{m.Span.Of(text)}")));
    }

    [Fact]
    public void LowerCaseWordsAndLoneCommonWordsAreNotNames()
    {
        const string text = "Itinerary\n\nthe talks went on, officials said.";
        var tokens = NewsTokenizer.Tokenize(text);
        var mentions = EntityRecognizer.Recognise(NerModel.Default, text, SentenceSplitter.Split(text, tokens), tokens);
        Assert.Empty(mentions);
    }

    [Fact]
    public void TheShippedModelFileExistsAndIsSmall()
    {
        var path = Path.Combine(RepoPaths.Models, NerModel.FileName);
        Assert.True(File.Exists(path), $"{path} is missing: run 'dossier train ner'");
        Assert.InRange(new FileInfo(path).Length, 100_000, 5_000_000);
        var model = NerModel.Load(path);
        Assert.True(model.FeatureCount > 10_000);
        Assert.Contains("china", model.Gazetteer.Entries.Keys);
    }

    [Fact]
    public void TheDefaultPipelineFindsThePeopleOfTheSeedReports()
    {
        var pipeline = DossierPipeline.CreateDefault();
        var reader = new SourceReader(new IngestOptions());
        var people = new HashSet<string>(StringComparer.Ordinal);
        var mentionCount = 0;
        var problems = new List<IngestProblem>();
        foreach (var file in SourceScanner.Expand([RepoPaths.Seeds], new IngestOptions(), problems))
        {
            foreach (var raw in reader.Read(file).Articles)
            {
                var doc = pipeline.Process(raw);
                Assert.True(doc.Layers.HasFlag(Layers.Mentions), $"{file.Source}: no mentions layer");
                mentionCount += doc.Mentions.Length;
                foreach (var mention in doc.Mentions.Where(m => m.Kind == EntityKind.Person))
                    people.Add(doc[mention.Span]);
            }
        }
        Assert.True(mentionCount > 100, $"only {mentionCount} mentions in the seeds");
        Assert.Contains("Blinken", people);
        Assert.Contains("Antony Blinken", people);
        Assert.Contains("Wang Yi", people);
        Assert.Contains("Xi Jinping", people);
        Assert.Contains("Janet Yellen", people);
    }
}
