using System.Collections.Frozen;

namespace Dossier.Extraction.Events;

/// <summary>Where the actor of a trigger stands.</summary>
internal enum ActorShape
{
    /// <summary>A verb: the actor is its subject, the target its object ("Blinken met Wang").</summary>
    Verb,

    /// <summary>A noun: the actor is the possessor or the sentence's subject, the target follows "with"/"to"
    /// ("Blinken's visit to China", "talks with Wang Yi").</summary>
    Noun,
}

/// <summary>One trigger: the words, its PLOVER category and mode, the CAMEO code alongside, and its shape.</summary>
/// <param name="Words">The words, lower case, as they appear ("held talks", "met").</param>
/// <param name="Category">PLOVER category.</param>
/// <param name="Mode">PLOVER mode, empty when the category has none that fits.</param>
/// <param name="Cameo">CAMEO code (see CAMEO2PLOVER-2021.txt for the correspondence).</param>
/// <param name="Shape">Verb or noun.</param>
/// <param name="Past">True when the form itself is past tense ("met", "held talks").</param>
internal sealed record EventTrigger(string Words, string Category, string Mode, string Cameo, ActorShape Shape, bool Past)
{
    /// <summary>The words one by one, split once.</summary>
    public string[] Parts { get; } = Words.Split(' ');
}

/// <summary>The event trigger lexicon: words that report an event, coded in PLOVER (category + mode) with the CAMEO code
/// alongside, and the words that set an event's status. Data, kept apart from <see cref="EventExtractor"/>.</summary>
/// <remarks>
/// Categories and modes follow the PLOVER manual (Draft 0.8) and its CAMEO→PLOVER table: meetings and talks are
/// CONSULT (040, negotiation 046), visits CONSULT/visit (042, hosting 043), calls CONSULT/phone (041); warnings
/// THREATEN (130); appeals REQUEST (100); criticism ACCUSE/disapprove (111), accusations ACCUSE/allege (112);
/// sanctions COERCE/restrict (163), laws that restrict COERCE/restrict (172); agreements and pledges AGREE (030),
/// signing SUPPORT (057); deployments MOBILIZE/troops (154), exercises MOBILIZE (150). Verb patterns after
/// petrarch2's CAMEO verb dictionary (MEET, VISIT, WARN, URGE, CRITICIZE, ACCUSE, SANCTION).
/// </remarks>
internal static class EventTriggers
{
    private static EventTrigger V(string words, string category, string mode, string cameo, bool past = false) =>
        new(words, category, mode, cameo, ActorShape.Verb, past);

    private static EventTrigger N(string words, string category, string mode, string cameo) =>
        new(words, category, mode, cameo, ActorShape.Noun, false);

    /// <summary>Every trigger; longer ones are tried first.</summary>
    public static readonly EventTrigger[] All =
    [
        V("meet with", "CONSULT", "", "040"), V("meets with", "CONSULT", "", "040"), V("met with", "CONSULT", "", "040", true),
        V("meet", "CONSULT", "", "040"), V("meets", "CONSULT", "", "040"),
        V("met", "CONSULT", "", "040", true), N("meeting with", "CONSULT", "", "040"), N("meeting between", "CONSULT", "", "040"),
        V("hold talks", "CONSULT", "", "046"), V("holds talks", "CONSULT", "", "046"), V("held talks", "CONSULT", "", "046", true),
        V("holding talks", "CONSULT", "", "046"), V("have talks", "CONSULT", "", "046"), V("had talks", "CONSULT", "", "046", true),
        V("held regular talks", "CONSULT", "", "046", true), N("talks with", "CONSULT", "", "046"),
        V("spoke with", "CONSULT", "", "040", true), V("spoke to", "CONSULT", "", "040", true), V("speak with", "CONSULT", "", "040"),
        V("speaks with", "CONSULT", "", "040"), V("talked with", "CONSULT", "", "040", true), V("spoke by phone", "CONSULT", "phone", "041", true), V("spoke by telephone", "CONSULT", "phone", "041", true),
        V("spoke by phone with", "CONSULT", "phone", "041", true), N("phone call", "CONSULT", "phone", "041"), N("video call", "CONSULT", "phone", "041"),
        N("call with", "CONSULT", "phone", "041"), V("held a call", "CONSULT", "phone", "041", true),
        N("meeting", "CONSULT", "", "040"), N("discussions with", "CONSULT", "", "040"), N("summit between", "CONSULT", "", "040"), N("summit with", "CONSULT", "", "040"),
        N("meetings between", "CONSULT", "", "040"), N("talks between", "CONSULT", "", "046"),
        V("heads to", "CONSULT", "visit", "042"), V("head to", "CONSULT", "visit", "042"), V("headed to", "CONSULT", "visit", "042", true),
        V("entertained", "CONSULT", "visit", "043", true),
        V("engaged with", "CONSULT", "", "040", true), V("engages with", "CONSULT", "", "040"), V("engage with", "CONSULT", "", "040"),
        N("pit stop", "CONSULT", "visit", "042"), N("stopover", "CONSULT", "visit", "042"),
        V("was in", "CONSULT", "visit", "042", true), V("visiting", "CONSULT", "visit", "042"),
        V("encouraged", "REQUEST", "", "100", true), V("encourages", "REQUEST", "", "100"), V("encourage", "REQUEST", "", "100"),
        V("visit", "CONSULT", "visit", "042"), V("visits", "CONSULT", "visit", "042"), V("visited", "CONSULT", "visit", "042", true),
        N("visit to", "CONSULT", "visit", "042"), N("trip to", "CONSULT", "visit", "042"),
        V("arrived in", "CONSULT", "visit", "042", true), V("arrives in", "CONSULT", "visit", "042"), V("arrive in", "CONSULT", "visit", "042"),
        V("travelled to", "CONSULT", "visit", "042", true), V("traveled to", "CONSULT", "visit", "042", true),
        V("host", "CONSULT", "visit", "043"), V("hosts", "CONSULT", "visit", "043"), V("hosted", "CONSULT", "visit", "043", true),
        V("welcomed", "CONSULT", "visit", "043", true), V("received", "CONSULT", "visit", "043", true),
        V("warned", "THREATEN", "", "130", true), V("warns", "THREATEN", "", "130"), V("warn", "THREATEN", "", "130"),
        V("cautioned", "THREATEN", "", "130", true), V("cautions", "THREATEN", "", "130"),
        V("alleged that", "ACCUSE", "allege", "112", true), V("alleges that", "ACCUSE", "allege", "112"),
        V("snubbed", "REJECT", "", "120", true), V("snubs", "REJECT", "", "120"),
        V("invaded", "FIGHT", "", "190", true), V("invades", "FIGHT", "", "190"),
        N("invasion of", "FIGHT", "", "190"), N("strike on", "FIGHT", "", "195"), N("strikes on", "FIGHT", "", "195"),
        N("airstrike on", "FIGHT", "", "195"), N("airstrikes on", "FIGHT", "", "195"),
        V("reiterated its commitment to", "AGREE", "", "0334", true), V("reiterated their commitment to", "AGREE", "", "0334", true),
        V("reaffirmed its commitment to", "AGREE", "", "0334", true), V("reaffirmed their commitment to", "AGREE", "", "0334", true),
        V("reiterates its commitment to", "AGREE", "", "0334"), V("reaffirms its commitment to", "AGREE", "", "0334"),
        V("agreeing", "AGREE", "", "030"),
        V("moved ahead with", "COERCE", "restrict", "172", true), V("pushed ahead with", "COERCE", "restrict", "172", true),
        N("agreement", "AGREE", "", "030"),
        V("ask for", "REQUEST", "", "100"), V("asks for", "REQUEST", "", "100"), V("asked for", "REQUEST", "", "100", true),
        V("urged", "REQUEST", "", "100", true), V("urges", "REQUEST", "", "100"), V("urge", "REQUEST", "", "100"),
        V("called on", "REQUEST", "", "100", true), V("calls on", "REQUEST", "", "100"), V("pressed", "REQUEST", "", "100", true),
        V("press", "REQUEST", "", "100"), V("plead for", "REQUEST", "", "100"),
        V("accused", "ACCUSE", "allege", "112", true), V("accuses", "ACCUSE", "allege", "112"), V("accuse", "ACCUSE", "allege", "112"),
        V("criticised", "ACCUSE", "disapprove", "111", true), V("criticized", "ACCUSE", "disapprove", "111", true),
        V("criticises", "ACCUSE", "disapprove", "111"), V("criticizes", "ACCUSE", "disapprove", "111"),
        V("criticise", "ACCUSE", "disapprove", "111"), V("criticize", "ACCUSE", "disapprove", "111"),
        V("condemned", "ACCUSE", "disapprove", "111", true), V("denounced", "ACCUSE", "disapprove", "111", true),
        V("sanctioned", "COERCE", "restrict", "163", true), V("sanction", "COERCE", "restrict", "163"), V("sanctioning", "COERCE", "restrict", "163"),
        V("imposed sanctions on", "COERCE", "restrict", "163", true), V("impose sanctions on", "COERCE", "restrict", "163"),
        V("passed a bill", "COERCE", "restrict", "172", true), V("passed the bill", "COERCE", "restrict", "172", true),
        V("passed legislation", "COERCE", "restrict", "172", true), V("approved legislation", "COERCE", "restrict", "172", true),
        V("pass a bill", "COERCE", "restrict", "172"), N("law passed", "COERCE", "restrict", "172"),
        V("agreed", "AGREE", "", "030", true), V("agree", "AGREE", "", "030"), V("agrees", "AGREE", "", "030"),
        V("pledged", "AGREE", "", "030", true), V("pledge", "AGREE", "", "030"), V("vowed", "AGREE", "", "030", true),
        V("promised", "AGREE", "", "030", true), V("signed", "SUPPORT", "", "057", true), V("sign", "SUPPORT", "", "057"),
        V("deployed", "MOBILIZE", "troops", "154", true), V("deploy", "MOBILIZE", "troops", "154"), V("deploys", "MOBILIZE", "troops", "154"),
        V("held military exercises", "MOBILIZE", "", "150", true), V("has held regular military exercises", "MOBILIZE", "", "150", true),
        V("held regular military exercises", "MOBILIZE", "", "150", true), V("conducted military exercises", "MOBILIZE", "", "150", true),
        V("staged large-scale military drills", "MOBILIZE", "", "150", true), V("staged military drills", "MOBILIZE", "", "150", true),
        V("hold exercises", "MOBILIZE", "", "150"), V("held exercises", "MOBILIZE", "", "150", true), V("held drills", "MOBILIZE", "", "150", true),
    ];

    /// <summary>The trigger of a meeting named by its two sides ("a Lopez-Li meeting").</summary>
    public static readonly EventTrigger CompoundMeeting = N("meeting", "CONSULT", "", "040");

    /// <summary>Nouns of a meeting that a hyphenated pair of names may precede ("Lopez-Li summit").</summary>
    public static readonly FrozenSet<string> MeetingNouns = FrozenSet.ToFrozenSet(
    [
        "meeting", "meetings", "summit", "talks",
    ], StringComparer.Ordinal);

    /// <summary>Triggers by their first word.</summary>
    public static readonly FrozenDictionary<string, EventTrigger[]> ByFirstWord = All
        .GroupBy(t => t.Words.Split(' ')[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Verbs that carry a noun trigger ("held a video call with", "had talks with").</summary>
    public static readonly FrozenSet<string> LightVerbs = FrozenSet.ToFrozenSet(
    [
        "held", "holds", "hold", "had", "has", "have", "made", "makes", "make", "began", "begins", "begin", "opened",
        "opens", "open", "concluded", "concludes", "conclude", "wrapped", "ended", "paid", "pays", "pay", "start",
        "started", "starts", "postpone", "postponed", "postpones", "cancel", "cancelled", "canceled", "delay", "delayed",
        "cut", "wrap", "end", "ends",
    ], StringComparer.Ordinal);

    /// <summary>Words before a trigger that make it a plan.</summary>
    public static readonly FrozenSet<string> Planned = FrozenSet.ToFrozenSet(
    [
        "will", "'ll", "’ll", "shall", "set", "due", "scheduled", "plans", "planned", "plan", "intends", "going",
        "ahead", "before", "would", "to", "upcoming", "next",
    ], StringComparer.Ordinal);

    /// <summary>Words before a trigger that make it expected rather than planned.</summary>
    public static readonly FrozenSet<string> Expected = FrozenSet.ToFrozenSet(
    [
        "expected", "likely", "may", "might", "could", "possible", "probably", "hoping", "hopes",
    ], StringComparer.Ordinal);

    /// <summary>Words earlier in the sentence that make what follows a hope, not a plan ("voiced hope that she would one
    /// day hold talks").</summary>
    public static readonly FrozenSet<string> Hoped = FrozenSet.ToFrozenSet(
    [
        "optimism", "optimistic", "hope", "hoped", "hopes", "hoping", "expects", "expect", "expected", "eventually",
    ], StringComparer.Ordinal);

    /// <summary>Words that open a subordinate or relative clause: a place or date past one belongs to that clause.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
    [
        "after", "before", "when", "while", "since", "until", "because", "although", "though", "whereas", "where",
        "which", "who", "whom", "whose", "following", "as", "if", "unless",
    ], StringComparer.Ordinal);

    /// <summary>Words that make the infinitive after them a description of someone ("the first secretary of state to
    /// visit", "the highest-ranking official to visit"), not the report of an event.</summary>
    public static readonly FrozenSet<string> Describing = FrozenSet.ToFrozenSet(
    [
        "first", "last", "only", "second", "third", "latest", "highest-ranking", "most", "senior-most", "next",
    ], StringComparer.Ordinal);

    /// <summary>Nouns of a journey: "his visit in June", "Lopez's trip to Hanoi" report the journey.</summary>
    public static readonly FrozenSet<string> JourneyNouns = FrozenSet.ToFrozenSet(
    [
        "visit", "trip", "journey", "tour",
    ], StringComparer.Ordinal);

    /// <summary>Adverbials that may stand between a subject and its verb ("Ruritania has in recent weeks accused").</summary>
    public static readonly FrozenSet<string> SubjectAdverbials = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "in", "recent", "weeks", "months", "days", "so", "far", "also", "repeatedly", "now",
        "already", "recently", "since", "then", "previously", "once", "again", "this", "last", "week", "month", "year",
    ], StringComparer.Ordinal);

    /// <summary>Words in the sentence that say a planned event did not take place as planned.</summary>
    public static readonly FrozenSet<string> Postponed = FrozenSet.ToFrozenSet(
    [
        "postponed", "postpone", "cancelled", "canceled", "delayed", "scrapped",
    ], StringComparer.Ordinal);

    /// <summary>Words that must not follow a verb trigger for it to count ("press conference", "meet expectations").</summary>
    public static readonly FrozenSet<string> NotAfter = FrozenSet.ToFrozenSet(
    [
        "conference", "release", "briefing", "expectations", "demand", "needs", "secretary", "office", "agency",
    ], StringComparer.Ordinal);

    /// <summary>Auxiliaries that stand right after a clause's subject ("Blinken will hold …").</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "will", "would", "may", "might", "can", "could", "shall", "should", "has", "have", "had", "is", "was", "are",
        "were", "did", "does", "plans", "planned",
    ], StringComparer.Ordinal);

    /// <summary>Heads of descriptions that stand for a state's government: with a country or capital modifying them
    /// ("US officials", "his Chinese counterpart", "Beijing's top brass") the party is that country or capital.</summary>
    public static readonly FrozenSet<string> GovernmentHeads = FrozenSet.ToFrozenSet(
    [
        "official", "officials", "leader", "leaders", "leadership", "counterpart", "counterparts", "government",
        "administration", "authorities", "diplomat", "diplomats", "minister", "ministers", "ministry", "brass", "cadres",
        "military", "army", "navy", "forces", "troops", "delegation", "negotiators", "envoy", "spokesman", "spokesperson",
        "spokeswoman", "lawmakers", "regime", "side", "chiefs",
    ], StringComparer.Ordinal);

    /// <summary>Nouns of a law: "moved ahead with a bill" is a law's passage, "moved ahead with talks" is not.</summary>
    public static readonly FrozenSet<string> LawNouns = FrozenSet.ToFrozenSet(
    [
        "bill", "bills", "legislation", "law", "laws", "measure", "act", "package",
    ], StringComparer.Ordinal);

    /// <summary>Words after a law's passage that say whom it acts against ("a bill forcing the sale of X", "a law
    /// requiring that X be sold", "funds for countering X").</summary>
    public static readonly FrozenSet<string> Restricting = FrozenSet.ToFrozenSet(
    [
        "force", "forces", "forcing", "require", "requires", "requiring", "ban", "bans", "banning", "counter", "countering",
        "against", "targeting", "targets", "restrict", "restricting", "restricts", "sanction", "sanctioning", "punish",
        "punishing", "compel", "compelling", "compels", "bar", "barring", "bars",
    ], StringComparer.Ordinal);

    /// <summary>Heads of a description that name whoever leads a body ("the local Green Party leader").</summary>
    public static readonly FrozenSet<string> LeaderHeads = FrozenSet.ToFrozenSet(
    [
        "leader", "head", "chief", "boss", "chairman", "chairwoman", "chair", "secretary",
    ], StringComparer.Ordinal);

    /// <summary>Modifiers that make a government-sounding head a group outside government ("business leaders").</summary>
    public static readonly FrozenSet<string> CivilModifiers = FrozenSet.ToFrozenSet(
    [
        "business", "industry", "religious", "student", "community", "civic", "civil", "tech", "corporate", "company",
        "labour", "labor", "union", "opposition", "rights", "youth", "church", "faith", "academic", "education", "media",
        "world", "party", "tribal", "village", "school", "university",
    ], StringComparer.Ordinal);

    /// <summary>Heads and determiners of descriptions that name no one in particular ("the two sides", "another source").</summary>
    public static readonly FrozenSet<string> VagueHeads = FrozenSet.ToFrozenSet(
    [
        "sides", "source", "sources", "parties", "countries", "nations", "both", "two", "others", "other", "another",
        "one", "ones", "some", "latter", "former", "thing", "things", "way", "all", "each", "either", "neither", "such", "many", "several",
    ], StringComparer.Ordinal);
}
