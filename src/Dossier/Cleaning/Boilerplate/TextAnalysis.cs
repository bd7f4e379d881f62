namespace Dossier.Cleaning.Boilerplate;

/// <summary>What <see cref="BoilerplateRemover"/> found in the lines of one article: the body and every piece of furniture, sorted by role.</summary>
internal sealed class TextAnalysis
{
    /// <summary>Story paragraphs in reading order (dateline kept).</summary>
    public List<string> Body { get; } = [];

    /// <summary>Photo captions, credits, alt-text lines and headline repeats shown above photos.</summary>
    public List<string> Captions { get; } = [];

    /// <summary>Every other dropped line, verbatim, in document order.</summary>
    public List<string> Removed { get; } = [];

    /// <summary>The headline line, if the text has one.</summary>
    public string? Headline { get; set; }

    /// <summary>Outlet names read from header lines and copyright lines, best first.</summary>
    public List<string> OutletCandidates { get; } = [];

    /// <summary>Raw name lists from byline lines and credit trailers ("Jane Roe and John Doe").</summary>
    public List<string> BylineTexts { get; } = [];

    /// <summary>Header lines that state a date.</summary>
    public List<string> HeaderDateLines { get; } = [];

    /// <summary>Lines that credit an agency for the text (copyright lines, "Reuters April 24, 2024").</summary>
    public List<string> CreditLines { get; } = [];

    /// <summary>Author biographies that were removed, with the name they open with.</summary>
    public List<(string Name, string Text)> Bios { get; } = [];

    /// <summary>A bare URL line (usually the page's own address).</summary>
    public List<string> Urls { get; } = [];

    /// <summary>The dateline at the head of the story ("BEIJING (AFP) -"), as written.</summary>
    public string? Dateline { get; set; }

    /// <summary>The agency named in the dateline, as written ("AFP").</summary>
    public string? DatelineAgency { get; set; }

    /// <summary>Month and day in the dateline ("April 6"), as written.</summary>
    public string? DatelineMonthDay { get; set; }

    /// <summary>Names of the boilerplate rules that fired, one entry per removed line.</summary>
    public List<string> RuleHits { get; } = [];

    /// <summary>Whether lines typical of a third-party site's page template (share and comment widgets, "Read also" teasers) were removed.</summary>
    public bool ThirdPartyChrome { get; set; }
}
