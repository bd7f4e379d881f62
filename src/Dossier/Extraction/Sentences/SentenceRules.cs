using System.Collections.Frozen;

namespace Dossier.Extraction.Sentences;

/// <summary>The word lists the tokenizer and sentence splitter consult; kept apart from the logic so they can grow.</summary>
internal static class SentenceRules
{
    /// <summary>Abbreviations (lower case, without the final dot) that keep their dot and never end a sentence:
    /// titles and months are almost always followed by a name or a number.</summary>
    public static readonly FrozenSet<string> NonFinalAbbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "sgt", "adm", "brig",
        "sen", "rep", "reps", "gov", "pres", "sec", "secy", "supt", "amb", "atty", "rev", "hon", "fr", "sr", "jr", "st", "mt", "ft",
        "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", // AP style spells out March to July; "Jun" is also a name
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "vs", "v", "nos", "vol", "vols", "pp", "fig", "figs", "approx", "dept", "univ", "assn", "ave", "blvd", "rd", "e.g", "i.e", "cf", "ca",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that keep their dot but may also close a sentence ("… a firm in the U.S. The talks …").</summary>
    public static readonly FrozenSet<string> FinalAbbreviations = FrozenSet.ToFrozenSet(
    [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "al", "a.m", "p.m",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>AP-style abbreviations of US states, as datelines and "Columbia, Mo., police said" write them: they keep
    /// their dot and may close a sentence. Case matters here ("he fell ill." is no state), unlike the lists above.</summary>
    public static readonly FrozenSet<string> StateAbbreviations = FrozenSet.ToFrozenSet(
    [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo",
    ], StringComparer.Ordinal);

    /// <summary>Words that, capitalised after an abbreviation such as "U.S.", show that a new sentence has begun.</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "There", "Here", "When", "While",
        "After", "Before", "As", "If", "Although", "Though", "However", "Meanwhile", "Still", "Also", "Now", "Then",
        "Some", "Many", "Most", "Both", "Each", "Such", "What", "Why", "How", "Who", "Where", "Officials", "According",
    ], StringComparer.Ordinal);

    /// <summary>Single characters that are always a token of their own, wherever they stand in a word.</summary>
    public const string AlwaysSplit = "—–…()[]{}\"“”«»•;!?·■►▪●";

    /// <summary>Characters peeled off the end of a word, one token each.</summary>
    public const string TrailingPunctuation = ",:%'’‘";

    /// <summary>Characters peeled off the start of a word, one token each.</summary>
    public const string LeadingPunctuation = "'‘’$£€#";

    /// <summary>Closing marks that belong to the sentence a terminator just ended.</summary>
    public const string Closers = "\"”’')]»";

    /// <summary>Tokens that separate a dateline ("BEIJING, April 26 (Reuters) -") from the story.</summary>
    public static readonly FrozenSet<string> DatelineSeparators = FrozenSet.ToFrozenSet([":", "-", "—", "–", "--"], StringComparer.Ordinal);

    /// <summary>English clitics split from their host word, as treebanks (and so our NER training data) do.</summary>
    public static readonly string[] Clitics = ["'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'S"];
}
