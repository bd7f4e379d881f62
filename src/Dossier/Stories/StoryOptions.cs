namespace Dossier.Stories;

/// <summary>Settings of story clustering. Defaults were tuned on the training split of the clustering data (see
/// docs/stories.md and docs/quality.md).</summary>
public sealed record StoryOptions
{
    /// <summary>Terms kept in an article's TF-IDF vector (the heaviest of those another article shares).</summary>
    public int VectorTerms { get; init; } = 150;

    /// <summary>An article's heaviest shared terms under which it is put in the inverted index.</summary>
    public int RetrievalTerms { get; init; } = 20;

    /// <summary>An article's heaviest shared terms looked up in the index when retrieving its candidates.</summary>
    public int QueryTerms { get; init; } = 60;

    /// <summary>Postings longer than this are not read: a word in that many articles does not identify a story.</summary>
    public int MaxPosting { get; init; } = 300;

    /// <summary>Candidates compared per article (the best by partial dot product).</summary>
    public int Candidates { get; init; } = 25;

    /// <summary>How much the headline counts, in repetitions of its words.</summary>
    public int HeadlineWeight { get; init; } = 3;

    /// <summary>Weight of shared names against shared words in the link score.</summary>
    public double NameWeight { get; init; } = 0.35;

    /// <summary>Name similarity two articles that both name people or places need to link at all: the same kind of
    /// incident with other people is another story.</summary>
    public double MinNameSimilarity { get; init; } = 0.03;

    /// <summary>Link score at or above which two articles may join one story.</summary>
    public double LinkThreshold { get; init; } = 0.15;

    /// <summary>Two stories merge only when their centroids are at least this similar (stops chaining).</summary>
    public double CentroidThreshold { get; init; } = 0.2;

    /// <summary>Most days a story may span, from its earliest to its latest article date (same cast, another month,
    /// another story).</summary>
    public int MaxSpanDays { get; init; } = 30;

    /// <summary>Sentences in a story summary.</summary>
    public int SummarySentences { get; init; } = 3;
}
