using System.Collections.Frozen;

namespace Dossier.Extraction.Entities;

/// <summary>Word lists the NER post-processing consults to type a name by its last word.</summary>
internal static class NameRules
{
    /// <summary>Company forms: a name ending in one is a company, and the name without it ("Milton Roy" of "Milton Roy
    /// Corp.") names the same company elsewhere in the article.</summary>
    public static readonly FrozenSet<string> CompanyForms = FrozenSet.ToFrozenSet(
    [
        "Corp.", "Corp", "Co.", "Inc.", "Inc", "Ltd.", "Ltd", "PLC", "Plc", "LLC", "L.P.", "AG", "GmbH", "N.V.", "S.A.", "SpA",
        "Corporation", "Company", "Companies", "Group", "Holdings", "Industries", "Bancorp", "Airlines", "Airways",
    ], StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised name an organisation: company forms and the head words of bodies.
    /// "Bank" and "Union" are left out (West Bank, Soviet Union), as are "Center" and "House" (buildings).</summary>
    public static readonly FrozenSet<string> OrganisationEndings = FrozenSet.ToFrozenSet(
    [
        .. CompanyForms,
        "Commission", "Department", "Ministry", "Agency", "Service", "Council", "Committee", "Foundation", "Institute",
        "University", "College", "Party", "Association", "Federation", "Authority", "Bureau", "Organization",
        "Organisation", "Administration", "Parliament", "Senate", "Court", "Army", "Navy", "Police", "Exchange",
    ], StringComparer.Ordinal);

    /// <summary>Company forms written as abbreviations: a capitalised run the tagger left out before one of these is a
    /// company ("Crane Co.").</summary>
    public static readonly FrozenSet<string> AbbreviatedCompanyForms = FrozenSet.ToFrozenSet(
        ["Corp.", "Co.", "Inc.", "Ltd.", "PLC", "LLC", "Cos."], StringComparer.Ordinal);

    /// <summary>How US news names a state after a town ("Amherst, N.Y.", "Columbia, Mo.", "Washington, D.C.").</summary>
    public static readonly FrozenSet<string> StatesAfterTowns = FrozenSet.ToFrozenSet(
    [
        .. Sentences.SentenceRules.StateAbbreviations.Select(s => s + "."),
        "N.Y.", "N.J.", "N.C.", "N.D.", "N.H.", "N.M.", "S.C.", "S.D.", "R.I.", "W.Va.", "D.C.",
    ], StringComparer.Ordinal);

    /// <summary>Religions and their followers, and peoples and regions' adjectives that name no one country ("African",
    /// "Kurdish", "Arabs"): CoNLL's MISC, like nationalities.</summary>
    public static readonly FrozenSet<string> ReligionsAndPeoples = FrozenSet.ToFrozenSet(
    [
        "African", "Africans", "European", "Europeans", "Asian", "Asians", "Arab", "Arabs", "Arabic", "Latin", "Hispanic",
        "Hispanics", "Latino", "Latinos", "Scandinavian", "Balkan", "Kurdish", "Kurd", "Kurds", "Basque", "Basques", "Catalan",
        "Tamil", "Tamils", "Pashtun", "Pashtuns", "Zulu", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Tibetan", "Tibetans",
        "Berber", "Slavic", "Nordic", "Baltic", "Caucasian", "Aboriginal", "Maori",
        "Catholic", "Catholics", "Protestant", "Protestants", "Muslim", "Muslims", "Moslem", "Moslems", "Christian",
        "Christians", "Jewish", "Jew", "Jews", "Islamic", "Buddhist", "Buddhists", "Hindu", "Hindus", "Sunni", "Sunnis",
        "Shiite", "Shiites", "Shia", "Sikh", "Sikhs", "Anglican", "Anglicans", "Methodist", "Baptist", "Lutheran", "Mormon",
    ], StringComparer.Ordinal);

    /// <summary>Last words of the names of buildings and places made by people; unlike "Hall", "Park" or "Temple" none of
    /// them is a common surname, so a "person" ending in one is a place ("Rose Garden", "Harry Truman Library").</summary>
    public static readonly FrozenSet<string> FacilityEndings = FrozenSet.ToFrozenSet(
    [
        "Library", "Museum", "Airport", "Stadium", "Arena", "Bridge", "Street", "Avenue", "Road", "Boulevard", "Square",
        "Garden", "Gardens", "Plaza", "Palace", "Hotel", "Building", "Station", "Cathedral", "Mosque", "Cemetery", "Highway",
    ], StringComparer.Ordinal);

    /// <summary>Small words that join the capitalised words of an organisation's name ("Securities and Exchange
    /// Commission", "Ministry of Defence").</summary>
    public static readonly FrozenSet<string> OrganisationJoiners = FrozenSet.ToFrozenSet(["and", "of", "for", "&"], StringComparer.Ordinal);

    /// <summary>Last words of public bodies a country's abbreviation is written before ("U.S. Congress", "U.S. Embassy"):
    /// the country is an entity of its own there, as CoNLL-2003 annotates it. Parties, foundations and universities are
    /// left out: "UK Independence Party" is one name.</summary>
    public static readonly FrozenSet<string> PublicBodyEndings = FrozenSet.ToFrozenSet(
    [
        "Commission", "Department", "Ministry", "Agency", "Service", "Council", "Committee", "Authority", "Bureau",
        "Administration", "Parliament", "Senate", "Court", "Army", "Navy", "Police", "Congress", "Embassy", "Consulate",
        "Mission", "Marines", "Treasury", "Section", "Forces", "Force", "Guard", "Reserve",
    ], StringComparer.Ordinal);

    /// <summary>Country abbreviations written before the name of one of its bodies.</summary>
    public static readonly FrozenSet<string> CountryAbbreviations = FrozenSet.ToFrozenSet(["U.S.", "US", "U.K.", "UK"], StringComparer.Ordinal);

    /// <summary>Lower-case particles of people's names ("de", "von", "bin").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["de", "du", "la", "le", "von", "van", "der", "den", "al", "bin", "ibn", "del", "da", "di", "dos"], StringComparer.Ordinal);

    /// <summary>Lower-case words inside the names of organisations and places: the particles and joining words ("Council
    /// on Foreign Relations", "Ordre des Palmes Académiques", "Parti des Réformes et des Libertés").</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        [.. NameParticles, "of", "the", "and", "for", "on", "des", "et", "pour", "y", "für"], StringComparer.Ordinal);

    /// <summary>Words that end a noun phrase: after "the X Y", they show X Y is the whole phrase, not a modifier of a noun.</summary>
    public static readonly FrozenSet<string> WordsAfterAWholeName = FrozenSet.ToFrozenSet(
        ["and", "or", "in", "on", "at", "of", "to", "for", "with", "from", "by", "against", "beat", "beats", "vs", "vs.", "v"],
        StringComparer.Ordinal);

    /// <summary>Weekdays as written in running text: a name never starts or ends with one ("On Sunday Yellen …").</summary>
    public static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>Capitalised function words that open a sentence, not a name ("“In Argentina, …", "The EU").</summary>
    public static readonly FrozenSet<string> LeadingFunctionWords = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "In", "On", "At", "For", "From", "To", "By", "With", "As", "If", "When", "After", "Before", "During", "But", "And", "Or", "Of"],
        StringComparer.Ordinal);

    /// <summary>Arabic articles and "bin"/"abu" that, joined by a hyphen to a capitalised name, are part of it ("al-Nafjan").</summary>
    public static readonly FrozenSet<string> NamePrefixes = FrozenSet.ToFrozenSet(
        ["al", "el", "ad", "ar", "as", "at", "az", "ash", "ed", "en", "er", "es", "ez", "ul", "bin", "ibn", "abu", "bint", "ben"],
        StringComparer.Ordinal);

    /// <summary>Small words title case leaves in lower case.</summary>
    public static readonly FrozenSet<string> TitleCaseSmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs.", "vs", "'s", "’s", "n't"],
        StringComparer.Ordinal);
}
