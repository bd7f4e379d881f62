using System.Collections.Frozen;

namespace Dossier.Extraction.Dates;

/// <summary>The words the date tagger knows: month and weekday names, number words, units and tense cues.</summary>
/// <remarks>Kept apart from the matching logic so that the lexicon can grow without touching the grammar.</remarks>
internal static class TimexRules
{
    public const string MonthFull = "January|February|March|April|May|June|July|August|September|October|November|December";

    // Abbreviations only ever appear next to a day number; bare "Mar" or "Jan" is too often a name.
    public const string MonthAny = MonthFull + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";

    public const string Weekday = @"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.";

    public const string PartOfDay = "morning|afternoon|evening|night|overnight";

    public const string NumberWord =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|several|a\\s+few|few|many|some|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|dozens\\s+of|"
        + "a\\s+half|half\\s+a|one\\s+and\\s+a\\s+half";

    public const string Unit = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)";

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO day numbers, Monday = 1.</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3,
        ["thursday"] = 4, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5,
        ["saturday"] = 6, ["sat"] = 6, ["sunday"] = 7, ["sun"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI", ["tonight"] = "NI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number words; -1 stands for a vague amount ("several", "a few") written X in TIMEX3.</summary>
    public static readonly FrozenDictionary<string, double> Numbers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a dozen"] = 12, ["a half"] = 0.5, ["half a"] = 0.5, ["one and a half"] = 1.5,
        ["several"] = -1, ["a few"] = -1, ["few"] = -1, ["many"] = -1, ["some"] = -1, ["a couple of"] = 2, ["couple of"] = 2,
        ["dozens of"] = -1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that put what follows in the future, whatever the verb ("is expected in China on Wednesday").</summary>
    public static readonly FrozenSet<string> FutureMarkers = new[]
    {
        "will", "'ll", "’ll", "shall", "won't", "won’t", "upcoming", "coming", "ahead", "planned", "plans", "plan", "scheduled",
        "expected", "expects", "due", "set", "slated", "poised", "going", "intends", "could", "may", "might", "would", "heads",
        "head", "heading", "hopes", "aims", "tomorrow", "should", "must",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past-tense forms that do not end in -ed.</summary>
    public static readonly FrozenSet<string> IrregularPast = new[]
    {
        "said", "told", "was", "were", "had", "did", "met", "made", "took", "gave", "went", "came", "spoke", "held", "left",
        "saw", "began", "got", "sent", "won", "lost", "brought", "thought", "became", "found", "kept", "led", "paid", "rose",
        "fell", "grew", "knew", "wrote", "ran", "sold", "stood", "struck", "sought", "taught", "threw", "understood",
        "wore", "woke", "chose", "drove", "flew", "forgot", "froze", "hid", "hung", "meant", "felt", "heard", "built",
        "spent", "sat", "shook", "broke", "bought", "caught", "drew", "ate", "fought", "rang", "sang", "swore", "wept",
        "ago", "yesterday", "earlier", "last", "previously", "already", "since", "once", "former", "overtook", "withdrew",
        "undertook", "underwent", "became", "arose", "dealt", "swept",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending in -ed that are not past-tense verbs, or that mark the future ("expected").</summary>
    public static readonly FrozenSet<string> NotPastEd = new[]
    {
        "need", "needed", "seed", "feed", "speed", "indeed", "united", "red", "bed", "proceed", "succeed", "exceed", "hundred",
        "expected", "scheduled", "planned", "slated", "based", "related", "limited", "detailed", "advanced", "armed",
        "concerned", "interested", "qualified", "experienced", "sophisticated", "complicated", "unprecedented", "alleged",
        "so-called", "shred", "breed", "weed", "reed", "creed", "greed", "heed", "bleed", "deed", "embed", "wed",
        "rated", "supposed", "informed", "organized", "organised", "coordinated", "sustained", "renewed", "heated", "tied",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Present-tense auxiliaries and reporting verbs: the statement is about now.</summary>
    public static readonly FrozenSet<string> PresentMarkers = new[]
    {
        "is", "are", "am", "says", "say", "has", "have", "faces", "remains", "stands", "seeks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cue words kept as evidence when they stand right before an expression.</summary>
    public static readonly FrozenSet<string> CueWords = new[]
    {
        "on", "in", "since", "from", "until", "till", "by", "at", "during", "before", "after", "through", "for", "of", "as of",
        "throughout", "within", "over", "between", "last", "next", "this",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that show it is an age or a size, not a time ("a 14-year-old", "five-year plan" stays).</summary>
    public static readonly FrozenSet<string> AgeFollowers = new[] { "old", "olds" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make "in N years" mean "since N years ago" ("the first in 14 years").</summary>
    public static readonly FrozenSet<string> FirstWords = new[]
    {
        "first", "highest", "lowest", "biggest", "largest", "most", "worst", "best", "strongest", "weakest", "only", "longest",
        "fastest", "slowest", "last", "top", "record",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
