using System.Text.RegularExpressions;

namespace Dossier.Extraction.Entities;

/// <summary>Patterns that tell a tagged "person" is not one (see <see cref="MentionLinker"/>).</summary>
internal static partial class PersonRules
{
    /// <summary>An institution's head word right after a name: "Lee Kuan Yew School of …", "Nobel Prize", "Kennedy Center".</summary>
    [GeneratedRegex(@"^\s+(?:School|University|College|Institute|Institution|Center|Centre|Foundation|Prize|Award|Medal|Library|Museum|Hospital|Airport|Stadium|Street|Road|Avenue|Square|Bridge|Doctrine|Act|Fellowship|Program|Programme|Lecture|Memorial|Trust|Fund|Hall|Building|Tower|Park|Station)\b", RegexOptions.CultureInvariant)]
    public static partial Regex InstitutionAfterName();

    /// <summary>A month and a day: "April 19", "Nov. 15".</summary>
    [GeneratedRegex(@"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:,?\s+\d{4})?$", RegexOptions.CultureInvariant)]
    public static partial Regex DateLike();

    /// <summary>A short bracketed aside right after a heading's name, before its colon: " (April 24-25)".</summary>
    [GeneratedRegex(@"\G\s*\([^()\n]{1,40}\)", RegexOptions.CultureInvariant)]
    public static partial Regex BracketBeforeColon();

    /// <summary>A list item's number or bullet: "2.", "3)", "•", "-".</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[•\-–*])$", RegexOptions.CultureInvariant)]
    public static partial Regex ListNumber();
}
