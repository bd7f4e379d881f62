using System.Collections.Frozen;

namespace Dossier.Extraction.Quotes;

/// <summary>How a cue verb introduces what someone said.</summary>
internal enum CueKind
{
    /// <summary>A plain verb of saying: "said", "added", "noted".</summary>
    Speech,

    /// <summary>A verb that takes the addressee as object before the content: "told him", "warned Washington", "urged them".</summary>
    SpeechToAddressee,

    /// <summary>A verb that only introduces a quotation, never reported speech on its own: "continued", "asked".</summary>
    QuoteOnly,
}

/// <summary>The word lists the quote extractor consults: cue verbs, speaker nouns, pronouns and the words that may sit
/// between a speaker and a cue. Kept apart from the logic so they can grow without touching it.</summary>
/// <remarks>Tuned by reading PolNeAR train and our own samples; every entry is a common English word, not a text.</remarks>
internal static class QuoteCues
{
    /// <summary>Cue verb forms (lower case) and how each introduces speech.</summary>
    public static readonly FrozenDictionary<string, CueKind> Verbs = new Dictionary<string, CueKind>(StringComparer.Ordinal)
    {
        ["say"] = CueKind.Speech, ["says"] = CueKind.Speech, ["said"] = CueKind.Speech, ["saying"] = CueKind.Speech,
        ["add"] = CueKind.Speech, ["adds"] = CueKind.Speech, ["added"] = CueKind.Speech, ["adding"] = CueKind.Speech,
        ["notes"] = CueKind.Speech, ["noted"] = CueKind.Speech, ["noting"] = CueKind.Speech,
        ["stresses"] = CueKind.Speech, ["stressed"] = CueKind.Speech,
        ["insist"] = CueKind.Speech, ["insists"] = CueKind.Speech, ["insisted"] = CueKind.Speech,
        ["explain"] = CueKind.Speech, ["explains"] = CueKind.Speech, ["explained"] = CueKind.Speech,
        ["stated"] = CueKind.Speech,
        ["declare"] = CueKind.Speech, ["declares"] = CueKind.Speech, ["declared"] = CueKind.Speech,
        ["announce"] = CueKind.Speech, ["announces"] = CueKind.Speech, ["announced"] = CueKind.Speech,
        ["claims"] = CueKind.Speech, ["claimed"] = CueKind.Speech,
        ["argue"] = CueKind.Speech, ["argues"] = CueKind.Speech, ["argued"] = CueKind.Speech,
        ["assert"] = CueKind.Speech, ["asserts"] = CueKind.Speech, ["asserted"] = CueKind.Speech,
        ["acknowledge"] = CueKind.Speech, ["acknowledges"] = CueKind.Speech, ["acknowledged"] = CueKind.Speech,
        ["admit"] = CueKind.Speech, ["admits"] = CueKind.Speech, ["admitted"] = CueKind.Speech,
        ["confirm"] = CueKind.Speech, ["confirms"] = CueKind.Speech, ["confirmed"] = CueKind.Speech,
        ["deny"] = CueKind.Speech, ["denies"] = CueKind.Speech, ["denied"] = CueKind.Speech,
        ["suggest"] = CueKind.Speech, ["suggests"] = CueKind.Speech, ["suggested"] = CueKind.Speech,
        ["emphasize"] = CueKind.Speech, ["emphasized"] = CueKind.Speech, ["emphasise"] = CueKind.Speech, ["emphasised"] = CueKind.Speech,
        ["underscored"] = CueKind.Speech, ["reiterated"] = CueKind.Speech, ["repeated"] = CueKind.Speech,
        ["replied"] = CueKind.Speech, ["responded"] = CueKind.Speech,
        ["commented"] = CueKind.Speech, ["remarked"] = CueKind.Speech,
        ["writes"] = CueKind.Speech, ["wrote"] = CueKind.Speech,
        ["tweeted"] = CueKind.Speech, ["posted"] = CueKind.Speech,
        ["predicted"] = CueKind.Speech, ["cautioned"] = CueKind.Speech, ["complained"] = CueKind.Speech,
        ["mentioned"] = CueKind.Speech, ["wondered"] = CueKind.QuoteOnly, ["mentions"] = CueKind.Speech, ["observed"] = CueKind.Speech, ["observes"] = CueKind.Speech, ["conceded"] = CueKind.Speech,
        ["pledged"] = CueKind.Speech, ["promised"] = CueKind.Speech, ["vowed"] = CueKind.Speech,
        ["recalled"] = CueKind.Speech, ["charged"] = CueKind.Speech, ["contended"] = CueKind.Speech,
        ["indicated"] = CueKind.Speech, ["maintained"] = CueKind.Speech, ["reported"] = CueKind.Speech,
        ["tell"] = CueKind.SpeechToAddressee, ["tells"] = CueKind.SpeechToAddressee, ["told"] = CueKind.SpeechToAddressee, ["telling"] = CueKind.SpeechToAddressee,
        ["warn"] = CueKind.SpeechToAddressee, ["warns"] = CueKind.SpeechToAddressee, ["warned"] = CueKind.SpeechToAddressee, ["warning"] = CueKind.SpeechToAddressee,
        ["urge"] = CueKind.SpeechToAddressee, ["urges"] = CueKind.SpeechToAddressee, ["urged"] = CueKind.SpeechToAddressee, ["urging"] = CueKind.SpeechToAddressee,
        ["assured"] = CueKind.SpeechToAddressee, ["informed"] = CueKind.SpeechToAddressee, ["reminded"] = CueKind.SpeechToAddressee,
        ["interjected"] = CueKind.QuoteOnly,
        ["interrupted"] = CueKind.QuoteOnly,
        ["confessed"] = CueKind.QuoteOnly,
        ["shouted"] = CueKind.QuoteOnly,
        ["yelled"] = CueKind.QuoteOnly,
        ["chanted"] = CueKind.QuoteOnly,
        ["screamed"] = CueKind.QuoteOnly,
        ["cried"] = CueKind.QuoteOnly,
        ["whispered"] = CueKind.QuoteOnly,
        ["barked"] = CueKind.QuoteOnly,
        ["snapped"] = CueKind.QuoteOnly,
        ["beamed"] = CueKind.QuoteOnly,
        ["thundered"] = CueKind.QuoteOnly,
        ["scoffed"] = CueKind.QuoteOnly,
        ["sneered"] = CueKind.QuoteOnly,
        ["laughed"] = CueKind.QuoteOnly,
        ["sighed"] = CueKind.QuoteOnly,
        ["chimed"] = CueKind.QuoteOnly,
        ["read"] = CueKind.QuoteOnly,
        ["reads"] = CueKind.QuoteOnly,
        ["began"] = CueKind.QuoteOnly,
        ["proclaimed"] = CueKind.QuoteOnly,
        ["boasted"] = CueKind.QuoteOnly,
        ["bragged"] = CueKind.QuoteOnly,
        ["lamented"] = CueKind.QuoteOnly,
        ["mused"] = CueKind.QuoteOnly,
        ["retorted"] = CueKind.QuoteOnly,
        ["countered"] = CueKind.QuoteOnly,
        ["echoed"] = CueKind.QuoteOnly,
        ["recounted"] = CueKind.QuoteOnly,
        ["answered"] = CueKind.QuoteOnly,
        ["answers"] = CueKind.QuoteOnly,
        ["concluded"] = CueKind.Speech,
        ["concludes"] = CueKind.Speech,
        ["replies"] = CueKind.Speech,
        ["responds"] = CueKind.Speech,
        ["opined"] = CueKind.Speech,
        ["testified"] = CueKind.Speech,
        ["texted"] = CueKind.Speech,
        ["emailed"] = CueKind.Speech,
        ["explains"] = CueKind.Speech,
        ["insists"] = CueKind.Speech,
        ["notes"] = CueKind.Speech,
        ["stresses"] = CueKind.Speech,
        ["adds"] = CueKind.Speech,
        ["tweets"] = CueKind.Speech,
        ["writes"] = CueKind.Speech,
        ["argues"] = CueKind.Speech,
        ["claims"] = CueKind.Speech,
        ["acknowledges"] = CueKind.Speech,
        ["admits"] = CueKind.Speech,
        ["confirms"] = CueKind.Speech,
        ["remarks"] = CueKind.Speech,
        ["reiterates"] = CueKind.Speech,
        ["recalls"] = CueKind.Speech,
        ["predicts"] = CueKind.Speech,
        ["declares"] = CueKind.Speech,
        ["announces"] = CueKind.Speech,
        ["suggests"] = CueKind.Speech,
        ["states"] = CueKind.Speech,
        ["cautions"] = CueKind.Speech,
        ["complains"] = CueKind.Speech,
        ["concedes"] = CueKind.Speech,
        ["promises"] = CueKind.Speech,
        ["vows"] = CueKind.Speech,
        ["pledges"] = CueKind.Speech,
        ["emphasizes"] = CueKind.Speech,
        ["emphasises"] = CueKind.Speech,
        ["underlined"] = CueKind.Speech,
        ["highlighted"] = CueKind.Speech,
        ["warns"] = CueKind.SpeechToAddressee,
        ["urges"] = CueKind.SpeechToAddressee,
        ["assures"] = CueKind.SpeechToAddressee,
        ["informs"] = CueKind.SpeechToAddressee,
        ["reminds"] = CueKind.SpeechToAddressee,
        ["asked"] = CueKind.QuoteOnly, ["asks"] = CueKind.QuoteOnly, ["continued"] = CueKind.QuoteOnly,
        ["agreed"] = CueKind.QuoteOnly, ["agrees"] = CueKind.QuoteOnly, ["disagreed"] = CueKind.QuoteOnly, ["disagrees"] = CueKind.QuoteOnly,
        ["affirms"] = CueKind.Speech, ["affirmed"] = CueKind.Speech,
        ["exclaimed"] = CueKind.QuoteOnly, ["quipped"] = CueKind.QuoteOnly, ["joked"] = CueKind.QuoteOnly,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Cue verbs whose reported speech is a statement only after "that": without it they take an object that
    /// is not something said ("announced plans", "claims the island", "concluded his visit").</summary>
    public static readonly FrozenSet<string> ThatVerbs = FrozenSet.ToFrozenSet(
    [
        "announce", "announces", "announced", "claims", "claimed", "concluded", "concludes", "deny", "denies", "denied",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "underscored", "underlined",
        "highlighted", "reiterated", "reiterates", "stresses", "stressed", "acknowledges", "acknowledged", "mentioned",
    ], StringComparer.Ordinal);

    /// <summary>Personal pronouns that can be a speaker, and whether each stands for one person.</summary>
    public static readonly FrozenDictionary<string, bool> Pronouns = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = true, ["she"] = true, ["i"] = true, ["they"] = false, ["we"] = false, ["it"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case nouns that can head a speaker description ("the official", "a ministry spokesman").</summary>
    public static readonly FrozenSet<string> SpeakerNouns = FrozenSet.ToFrozenSet(
    [
        "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister", "ministers",
        "ministry", "secretary", "president", "premier", "ambassador", "envoy", "diplomat", "diplomats", "analyst",
        "analysts", "expert", "experts", "source", "sources", "aide", "aides", "adviser", "advisers", "advisor",
        "advisors", "researcher", "researchers", "professor", "lawmaker", "lawmakers", "legislator", "legislators",
        "senator", "senators", "congressman", "congresswoman", "leader", "leaders", "statement", "department",
        "government", "administration", "agency", "broadcaster", "media", "readout", "summary", "report", "reports",
        "newspaper", "commentary", "editorial", "observers", "critics", "officer", "officers", "commander", "general",
        "chief", "director", "chairman", "chairwoman", "chair", "founder", "fellow", "candidate", "campaign", "team",
        "committee", "council", "party", "police", "military", "army", "navy", "ministry", "embassy", "consulate",
        "people", "residents", "voters", "supporters", "executive", "executives", "economist", "economists",
        "representative", "representatives", "delegation", "negotiator", "negotiators", "strategist", "strategists",
        "pollster", "host", "anchor", "author", "authors", "writer", "scholar", "scholars", "manager", "governor",
        "mayor", "judge", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney", "attorneys", "witness",
        "witnesses", "activist", "activists", "group", "groups", "organization", "organisation", "company", "firm",
        "bank", "office", "house", "court", "nominee", "spokespersons", "surrogate", "surrogates", "allies", "ally",
        "opponents", "officials'", "press", "secretary-general", "premier", "counterpart", "counterparts", "veteran",
        "member", "members", "insider", "insiders", "person", "man", "woman", "resident", "student", "students",
        "suit", "lawsuit", "memo", "email", "letter", "note", "ad", "advertisement", "post", "tweet", "book", "filing",
        "complaint", "website", "study", "poll", "survey", "transcript", "document", "article", "column", "message",
        "narrator", "voice", "commenter", "user", "moderator", "organizer", "organiser", "staffer", "staffers", "board",
        "brother", "sister", "wife", "husband", "father", "mother", "son", "daughter", "friend", "reporter", "actor",
        "agent", "scientist", "columnist", "editor", "journalist", "historian", "pastor", "bishop", "coach", "owner",
        "presidents", "parliament", "parliaments", "legislature", "countries", "nations", "sides", "governments",
        "troops", "forces", "premiers", "chiefs", "prime", "cabinet", "regime", "authorities", "agencies",
        "boy", "girl", "crowd", "audience", "protester", "protesters", "worker", "workers", "respondent", "respondents",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that may modify a speaker noun ("a senior administration official").</summary>
    public static readonly FrozenSet<string> SpeakerModifiers = FrozenSet.ToFrozenSet(
    [
        "senior", "top", "chief", "foreign", "former", "deputy", "state", "defence", "defense", "news", "unnamed",
        "anonymous", "other", "some", "many", "several", "two", "three", "four", "five", "both", "local", "western",
        "military", "party", "press", "government", "ministry", "department", "administration", "affairs", "trade",
        "security", "national", "health", "finance", "commerce", "treasury", "official", "campaign", "longtime",
        "veteran", "political", "economic", "presidential", "associate", "assistant", "vice", "acting", "leading",
        "prominent", "independent", "private", "public", "white", "house", "regional", "provincial", "municipal",
        "federal", "communist", "democratic", "republican", "conservative", "liberal", "think", "tank", "policy",
        "intelligence", "diplomatic", "industry", "business", "company", "research", "nonpartisan", "bipartisan",
        "first", "second", "another", "one", "few", "most", "fellow", "u.s.", "european", "american", "chinese",
        "young", "elderly", "angry",
    ], StringComparer.Ordinal);

    /// <summary>Words that open a noun phrase; a speaker description never reaches further left than one of them.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a speaker and the cue without breaking the link ("he also said", "officials have said").</summary>
    public static readonly FrozenSet<string> BetweenSpeakerAndCue = FrozenSet.ToFrozenSet(
    [
        "also", "has", "had", "have", "later", "earlier", "previously", "repeatedly", "then", "again", "further",
        "recently", "publicly", "privately", "separately", "once", "already", "reportedly", "would", "will", "may",
        "could", "might", "did", "does", "do", "not", "n't", "never", "often", "frequently", "later", "told", "flatly",
        "simply", "quickly", "openly", "bluntly", "firmly", "clearly", "always", "just", "yesterday", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start a sentence without being part of a name.</summary>
    public static readonly FrozenSet<string> CapitalisedFunctionWords = FrozenSet.ToFrozenSet(
    [
        "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also", "Now", "Then", "In", "On", "At",
        "For", "While", "After", "Before", "When", "If", "Although", "Though", "As", "Separately", "Earlier", "Later",
        "Speaking", "Asked", "Instead", "Indeed", "Moreover", "Nevertheless", "Nonetheless", "Privately", "Publicly",
        "Last", "This", "That", "These", "Those", "There", "Here", "Since", "Because", "Unusually", "Notably",
        "Without", "With", "Despite", "Under", "Over", "Of", "By", "To", "From", "Into", "What", "Why", "How",
        "Who", "Where", "Which", "It", "Its", "Not", "No", "Yes", "Only", "Even", "Just", "Today", "Yesterday",
        "Soon", "Back", "Again", "Ahead",
    ], StringComparer.Ordinal);

    /// <summary>Small words allowed inside a name or description ("Secretary of State", "Lee Kuan Yew School of Public Policy").</summary>
    public static readonly FrozenSet<string> NameConnectors = FrozenSet.ToFrozenSet(
    [
        "of", "for", "de", "al", "bin", "van", "von", "der", "da", "du", "le", "la", "’s", "'s", "-", "&",
    ], StringComparer.Ordinal);

    /// <summary>Objects a verb of telling takes before the content ("told him", "told reporters").</summary>
    public static readonly FrozenSet<string> Addressees = FrozenSet.ToFrozenSet(
    [
        "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters", "audience", "crowd", "listeners", "viewers", "readers", "congress", "parliament",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that mark a name as a place or an organisation rather than a person.</summary>
    public static readonly FrozenSet<string> NonPersonWords = FrozenSet.ToFrozenSet(
    [
        "China", "Chinese", "US", "U.S.", "United", "States", "America", "American", "Americans", "Beijing",
        "Washington", "Shanghai", "Taiwan", "Russia", "Russian", "Ukraine", "Europe", "European", "Department",
        "Ministry", "Office", "House", "Congress", "Senate", "Party", "Committee", "Council", "University", "School",
        "Institute", "Center", "Centre", "Agency", "News", "Times", "Post", "Reuters", "AFP", "Xinhua", "CCTV",
        "Pentagon", "Treasury", "State", "Foreign", "Affairs", "Government", "Administration", "Republic", "People’s",
        "People's", "Union", "Nations", "UN", "EU", "NATO", "Association", "Bank", "Fund", "Group", "Inc.", "Corp.",
        "Company", "Commission", "Court", "Army", "Navy", "Force", "Forces", "Street", "Square", "Hall", "Palace",
        "Japan", "Japanese", "Korea", "Korean", "India", "Indian", "Iran", "Israel", "Britain", "British", "France",
        "French", "Germany", "German", "Philippines", "Singapore", "Guangzhou", "Hong", "Kong", "Tokyo", "Moscow",
        "Democrats", "Republicans", "Democratic", "Republican", "GOP", "FBI", "CIA", "Twitter", "Facebook", "CNN",
        "Fox", "NBC", "ABC", "CBS", "MSNBC", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Trust", "Policy", "Public", "Globalization", "Economic", "Cooperation", "Summit",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised nouns that end an organisation's name and whose people carry it in their title ("the
    /// Foreign Ministry" and "Foreign Minister X", "the State Department" and "State Department spokesman X").</summary>
    public static readonly FrozenSet<string> OrganisationNouns = FrozenSet.ToFrozenSet(
    [
        "Ministry", "Department", "Office", "Committee", "Council", "Commission", "Agency", "Embassy", "Campaign",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised titles that come before a person's name ("Secretary", "President", "Mr.").</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Mr", "Mrs", "Ms", "Dr", "President",
        "Secretary", "Minister", "Premier", "Chancellor", "Ambassador", "Senator", "Governor", "Mayor", "Spokesman",
        "Spokeswoman", "Spokesperson", "General", "Admiral", "Director", "Chairman", "Chairwoman", "Commissioner",
        "Speaker", "Leader", "Judge", "Justice", "Professor", "Vice", "Deputy", "Prime", "Foreign", "Defense",
        "Defence", "Treasury", "Commerce", "Party", "Chief", "Envoy", "Representative", "Congressman",
        "Congresswoman", "Maj.", "Lt.", "Col.", "Capt.", "Adm.", "Sgt.", "King", "Queen", "Prince", "Pope",
    ], StringComparer.Ordinal);

    /// <summary>Verbs that, met between a cue and "that", show the "that" belongs to the content ("officials warn
    /// companies are sending technology that helps …").</summary>
    public static readonly FrozenSet<string> ClauseVerbs = FrozenSet.ToFrozenSet(
    [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "to",
    ], StringComparer.Ordinal);

    /// <summary>Titles and nouns that say a person is a woman ("Ms.", "spokeswoman"); lower case.</summary>
    public static readonly FrozenSet<string> FemaleWords = FrozenSet.ToFrozenSet(
    [
        "ms.", "mrs.", "ms", "mrs", "miss", "madam", "madame", "spokeswoman", "chairwoman", "congresswoman",
        "businesswoman", "woman", "wife", "mother", "daughter", "sister", "queen", "princess", "lady", "grandmother",
    ], StringComparer.Ordinal);

    /// <summary>Titles and nouns that say a person is a man ("Mr.", "spokesman"); lower case.</summary>
    public static readonly FrozenSet<string> MaleWords = FrozenSet.ToFrozenSet(
    [
        "mr.", "mr", "sir", "spokesman", "chairman", "congressman", "businessman", "man", "husband", "father", "son",
        "brother", "king", "prince", "grandfather",
    ], StringComparer.Ordinal);

    /// <summary>Irregular past-tense verbs that attribute a quotation handed over to them ("…," Trump shot back).</summary>
    public static readonly FrozenSet<string> IrregularPastCues = FrozenSet.ToFrozenSet(
    [
        "shot", "went", "spoke", "broke", "hit", "struck", "swore", "sang", "began", "thought", "felt", "kept", "wrote",
        "said", "told", "shrugged", "quipped",
    ], StringComparer.Ordinal);

    /// <summary>Words that open an adjunct after a cue ("said after the attacks", "said in a statement"), not a clause
    /// of what was said.</summary>
    public static readonly FrozenSet<string> AdjunctOpeners = FrozenSet.ToFrozenSet(
    [
        "after", "before", "during", "in", "at", "on", "while", "when", "from", "as", "of", "about", "last", "this",
        "earlier", "later", "yesterday", "today", "tonight", "recently", "via", "through", "to", "with",
    ], StringComparer.Ordinal);

    /// <summary>Past participles that put the real speaker before a "by" phrase ("an official quoted by Xinhua said").</summary>
    public static readonly FrozenSet<string> ReportingParticiples = FrozenSet.ToFrozenSet(
    [
        "quoted", "cited", "carried", "interviewed", "reported", "contacted",
    ], StringComparer.Ordinal);

    /// <summary>Opening quotation marks and the marks that may close each.</summary>
    public static readonly FrozenDictionary<char, string> QuotePairs = new Dictionary<char, string>
    {
        ['“'] = "”",
        ['"'] = "\"",
        ['‘'] = "’",
        ['«'] = "»",
        ['„'] = "“”",
        ['‹'] = "›",
    }.ToFrozenDictionary();
}
