namespace Dossier.Pipeline;

/// <summary>The annotation layers a stage can require and produce.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing: only the raw input.</summary>
    None = 0,
    /// <summary>The clean body text.</summary>
    CleanText = 1 << 0,
    /// <summary>Headline, outlet, byline, dates, flags.</summary>
    Metadata = 1 << 1,
    /// <summary>Sentence spans.</summary>
    Sentences = 1 << 2,
    /// <summary>Token spans.</summary>
    Tokens = 1 << 3,
    /// <summary>Entity mentions.</summary>
    Mentions = 1 << 4,
    /// <summary>Resolved time expressions.</summary>
    Dates = 1 << 5,
    /// <summary>Quotations.</summary>
    Quotes = 1 << 6,
    /// <summary>Per-article events.</summary>
    Events = 1 << 7,
    /// <summary>Copy relations (corpus).</summary>
    Copies = 1 << 8,
    /// <summary>Story clusters (corpus).</summary>
    Stories = 1 << 9,
    /// <summary>Entities merged across articles (corpus).</summary>
    Entities = 1 << 10,
    /// <summary>Events merged across articles (corpus).</summary>
    CorpusEvents = 1 << 11,
    /// <summary>Issues and positions (corpus).</summary>
    Issues = 1 << 12,
    /// <summary>Agreements and contradictions (corpus).</summary>
    Contradictions = 1 << 13,
}
