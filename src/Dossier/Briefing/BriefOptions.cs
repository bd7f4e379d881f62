namespace Dossier.Briefing;

/// <summary>How much a brief shows.</summary>
public sealed record BriefOptions
{
    /// <summary>Most timeline rows.</summary>
    public int MaxEvents { get; init; } = 60;

    /// <summary>Most people listed.</summary>
    public int MaxPeople { get; init; } = 25;

    /// <summary>Most speakers whose quotes are shown.</summary>
    public int MaxSpeakers { get; init; } = 12;

    /// <summary>Most quotes shown per speaker.</summary>
    public int MaxQuotesPerSpeaker { get; init; } = 3;

    /// <summary>Fewest words a quote needs to count as a key quote.</summary>
    public int MinQuoteWords { get; init; } = 5;

    /// <summary>Most differences, and most agreements, listed.</summary>
    public int MaxComparisons { get; init; } = 20;
}
