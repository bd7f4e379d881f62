namespace Dossier.Extraction.Dates;

/// <summary>Settings of the <see cref="DateResolver"/>.</summary>
public sealed record DateResolverOptions
{
    /// <summary>The defaults: numeric dates read month first (11/05/2024 is 5 November) unless the text shows otherwise.</summary>
    public static DateResolverOptions Default { get; } = new();

    /// <summary>
    /// Read ambiguous numeric dates (05/11/2024) day first. A text that writes an unambiguous numeric date
    /// (25/11/2024 or 11/25/2024) settles the order for all its dates, whatever this says.
    /// </summary>
    public bool DayFirst { get; init; }
}
