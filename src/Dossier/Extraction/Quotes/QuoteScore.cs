using Dossier.Evaluation;

namespace Dossier.Extraction.Quotes;

/// <summary>Span scores of the quote extractor against attribution annotation, for one subset of attributions.</summary>
/// <param name="ContentExact">Content fragments whose boundaries match exactly (after trimming quotation marks,
/// spaces and edge punctuation).</param>
/// <param name="ContentOverlap">Content fragments that overlap (one gold fragment to one found content).</param>
/// <param name="SourceExact">Source spans matched exactly against speaker phrases.</param>
/// <param name="SourceOverlap">Source spans that overlap a speaker phrase.</param>
/// <param name="CueExact">Cue spans matched exactly.</param>
/// <param name="CueOverlap">Cue spans that overlap a found cue.</param>
/// <param name="SpeakerRight">Overlap-matched contents whose found speaker phrase overlaps the gold source.</param>
/// <param name="SpeakerJudged">Overlap-matched contents whose gold attribution names a source.</param>
public sealed record QuoteScore(
    PrfScore ContentExact, PrfScore ContentOverlap,
    PrfScore SourceExact, PrfScore SourceOverlap,
    PrfScore CueExact, PrfScore CueOverlap,
    int SpeakerRight, int SpeakerJudged)
{
    /// <summary>Nothing scored.</summary>
    public static QuoteScore Empty { get; } = new(default, default, default, default, default, default, 0, 0);

    /// <summary>Attribution accuracy: share of matched contents with the right speaker.</summary>
    public double SpeakerAccuracy => SpeakerJudged == 0 ? 0 : (double)SpeakerRight / SpeakerJudged;

    /// <summary>The sum of two scores.</summary>
    public static QuoteScore operator +(QuoteScore a, QuoteScore b) => new(
        a.ContentExact + b.ContentExact, a.ContentOverlap + b.ContentOverlap,
        a.SourceExact + b.SourceExact, a.SourceOverlap + b.SourceOverlap,
        a.CueExact + b.CueExact, a.CueOverlap + b.CueOverlap,
        a.SpeakerRight + b.SpeakerRight, a.SpeakerJudged + b.SpeakerJudged);
}
