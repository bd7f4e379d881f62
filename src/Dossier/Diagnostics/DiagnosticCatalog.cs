using System.Collections.Immutable;
using System.Reflection;

namespace Dossier.Diagnostics;

/// <summary>Every diagnostic Dossier can emit. Codes are stable; messages may improve.</summary>
/// <remarks>1xxx ingest · 2xxx cleaning · 3xxx copies/stories · 4xxx extraction · 5xxx storage · 6xxx export · 9xxx pipeline.
/// <c>docs/diagnostics.md</c> lists every code; a test keeps the two in step.</remarks>
public static class DiagnosticCatalog
{
    /// <summary>The file holds binary data, not text, HTML or a feed.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = new("DSR1001", Severity.Error, "binary content ({0}), not text, HTML or a feed; skipped");

    /// <summary>The file has no text at all.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new("DSR1002", Severity.Error, "empty file (no text); skipped");

    /// <summary>A gzip file ends early or is corrupt.</summary>
    public static readonly DiagnosticDescriptor CorruptGzip = new("DSR1003", Severity.Error, "truncated or corrupt gzip data ({0}); skipped");

    /// <summary>The path cannot be opened or read.</summary>
    public static readonly DiagnosticDescriptor Unreadable = new("DSR1004", Severity.Error, "cannot read: {0}");

    /// <summary>The file is larger than the ingest limit.</summary>
    public static readonly DiagnosticDescriptor TooLarge = new("DSR1005", Severity.Error, "too large ({0:N0} bytes; the limit is {1:N0}, raise it with --max-bytes); skipped");

    /// <summary>A feed file is not well-formed RSS or Atom.</summary>
    public static readonly DiagnosticDescriptor MalformedFeed = new("DSR1006", Severity.Error, "not a readable RSS/Atom feed ({0}); skipped");

    /// <summary>The path does not exist.</summary>
    public static readonly DiagnosticDescriptor NotFound = new("DSR1007", Severity.Error, "no such file or directory");

    /// <summary>A feed item carries no text to ingest.</summary>
    public static readonly DiagnosticDescriptor EmptyFeedItem = new("DSR1008", Severity.Warning, "feed item {0} has no text; skipped");

    /// <summary>The declared charset is unknown, so the text was decoded by detection.</summary>
    public static readonly DiagnosticDescriptor UnknownCharset = new("DSR1009", Severity.Warning, "declared charset '{0}' is unknown; decoded as {1}");

    /// <summary>Cleaning found no story text.</summary>
    public static readonly DiagnosticDescriptor NoBody = new("DSR2001", Severity.Warning, "no story text found");

    /// <summary>An evaluation file is not TimeML the date evaluation can read.</summary>
    public static readonly DiagnosticDescriptor MalformedTimeMl = new("DSR4301", Severity.Error, "not a readable TimeML file ({0}); skipped");
    /// <summary>A hand annotation of dates (testdata/seeds-dates.json format) that cannot be read.</summary>
    public static readonly DiagnosticDescriptor MalformedDateGold = new("DSR4302", Severity.Error, "not a readable date annotation ({0})");
    /// <summary>An evaluation folder holds no story labels in a known format.</summary>
    public static readonly DiagnosticDescriptor NoStoryGold = new("DSR3001", Severity.Error, "no gold story labels found (expected gold.json, or news-please JSON files with newsCluster.EventId)");

    /// <summary>One file of an evaluation folder cannot be read as a labelled article.</summary>
    public static readonly DiagnosticDescriptor BadGoldFile = new("DSR3002", Severity.Warning, "not a labelled article ({0}); skipped");
    /// <summary>An evaluation file is not brat standoff attribution annotation the quote evaluation can read.</summary>
    public static readonly DiagnosticDescriptor MalformedBrat = new("DSR4401", Severity.Error, "not a readable brat attribution file ({0}); skipped");
    /// <summary>A quote gold file (<c>eval quotes --gold</c>) holds no quotes to score against.</summary>
    public static readonly DiagnosticDescriptor NoQuoteGold = new("DSR4402", Severity.Error, "no gold quotes found in {0} (expected a \"quotes\" list with file, words and speaker)");

    /// <summary>An event gold file is not the JSON the event evaluation reads.</summary>
    public static readonly DiagnosticDescriptor MalformedEventGold = new("DSR4501", Severity.Error, "not a readable event gold file ({0})");
    /// <summary>A fact-comparison evaluation file is not JSON the fact evaluation can read.</summary>
    public static readonly DiagnosticDescriptor MalformedFactGold = new("DSR4601", Severity.Error, "not a readable fact-comparison gold file ({0})");
    /// <summary>An entity evaluation has no gold people to score against.</summary>
    public static readonly DiagnosticDescriptor NoPeopleGold = new("DSR4101", Severity.Error, "no gold people found in {0} (expected a \"people\" section with a \"list\")");

    /// <summary>An HTML page nests its tags too deeply for a DOM; its text was read without one.</summary>
    public static readonly DiagnosticDescriptor MarkupTooDeep = new("DSR2002", Severity.Warning, "markup nested more than {0} levels deep; read as plain text without page structure");

    /// <summary>An HTML page too large for a DOM was read as plain text.</summary>
    public static readonly DiagnosticDescriptor PageTooLarge = new("DSR2003", Severity.Warning, "page of {0:N0} characters is larger than {1:N0}; read as plain text without page structure");

    /// <summary>The store file cannot be opened or written.</summary>
    public static readonly DiagnosticDescriptor StoreFailed = new("DSR5001", Severity.Error, "store error: {0}");

    /// <summary>The store was written by a newer Dossier.</summary>
    public static readonly DiagnosticDescriptor StoreTooNew = new("DSR5002", Severity.Error, "the store has schema version {0}, newer than this Dossier knows ({1}); upgrade Dossier");

    /// <summary>A stage threw on one article; the article keeps what earlier stages produced.</summary>
    public static readonly DiagnosticDescriptor StageFailed = new("DSR9001", Severity.Error, "stage '{0}' failed: {1}");

    /// <summary>Every descriptor in the catalogue, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        .. typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal),
    ];
}
