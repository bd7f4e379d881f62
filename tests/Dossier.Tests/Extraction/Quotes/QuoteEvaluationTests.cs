using Dossier.Extraction.Quotes;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Quotes;

public sealed class QuoteEvaluationTests
{
    // Our own text and annotation, in PolNeAR's brat format: a direct quote, a reported claim and a belief.
    private const string Text = "“We will keep talking,” Lena Ortiz said. Officials believe the port will reopen. The mayor said the bridge was safe.";

    private static string Ann()
    {
        int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);
        string T(string id, string type, string words) => $"{id}\t{type} {At(words)} {At(words) + words.Length}\t{words}";
        return string.Join("\n",
            T("T1", "Content", "“We will keep talking,”"), T("T2", "Source", "Lena Ortiz"), T("T3", "Cue", "said"),
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
            T("T4", "Source", "Officials"), T("T5", "Cue", "believe"), T("T6", "Content", "the port will reopen"),
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
            T("T7", "Source", "The mayor"), $"T8\tCue {Text.LastIndexOf("said", StringComparison.Ordinal)} {Text.LastIndexOf("said", StringComparison.Ordinal) + 4}\tsaid",
            T("T9", "Content", "the bridge was safe"),
            "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
            "");
    }

    [Fact]
    public void ParsesAttributionsWithTheirParts()
    {
        var gold = BratAttributions.Parse(Ann(), Text);
        Assert.Equal(3, gold.Length);
        Assert.Equal("Lena Ortiz", gold[0].Source[0].Of(Text));
        Assert.Equal("believe", gold[1].Cue[0].Of(Text));
    }

    [Theory]
    [InlineData("T1\tContent 0 9999\tx")]
    [InlineData("T1\tContent a b\tx")]
    [InlineData("E1\tAttribution:T1 Content:T9")]
    public void RejectsMalformedAnnotation(string ann) =>
        Assert.Throws<FormatException>(() => BratAttributions.Parse(ann, Text));

    [Fact]
    public void ScoresSpeechFoundAndBeliefMissedOnTheRightSubsets()
    {
        var gold = BratAttributions.Parse(Ann(), Text);
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), Text, "t");
        var score = QuoteEvaluation.Score(Text, gold, doc.Quotes);

        // The belief is not speech: missed on "all", absent from "speech".
        Assert.Equal((2, 0, 1), (score.All.ContentOverlap.TruePositives, score.All.ContentOverlap.FalsePositives, score.All.ContentOverlap.FalseNegatives));
        Assert.Equal(1.0, score.Speech.ContentOverlap.F1);
        Assert.Equal(1.0, score.Speech.ContentExact.F1); // quotation marks and edge commas are trimmed before comparing
        Assert.Equal(1.0, score.All.SpeakerAccuracy);
        Assert.Equal(1, score.Direct.ContentOverlap.TruePositives);
        Assert.Equal(1.0, score.Speech.CueExact.F1);
    }

    [Fact]
    public void AWrongSpeakerLowersAttributionAccuracy()
    {
        var gold = BratAttributions.Parse(Ann().Replace("Source:T2", "Source:T7", StringComparison.Ordinal), Text);
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), Text, "t");
        var score = QuoteEvaluation.Score(Text, gold, doc.Quotes);
        Assert.Equal((1, 2), (score.All.SpeakerRight, score.All.SpeakerJudged));
    }

    [Fact]
    public void SpeakerErrorsListReportedSpeechMarkedIndirect()
    {
        // The reported claim's gold source becomes Lena Ortiz: the extractor's "The mayor" is then an error to list.
        var gold = BratAttributions.Parse(Ann().Replace("Source:T7", "Source:T2", StringComparison.Ordinal), Text);
        var doc = QuoteEvaluation.Annotate(DossierPipeline.CreateDefault(), Text, "t");
        var errors = new List<QuoteSpeakerError>();
        QuoteEvaluation.Score(Text, gold, doc.Quotes, errors);
        var error = Assert.Single(errors);
        Assert.False(error.Direct);
        Assert.Equal(("Lena Ortiz", "The mayor"), (error.Gold, error.Found));
    }
}
