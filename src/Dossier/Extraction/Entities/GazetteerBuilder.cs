using System.Text.RegularExpressions;
using Dossier.Extraction.Sentences;

namespace Dossier.Extraction.Entities;

/// <summary>Builds the NER gazetteer from the Phoenix (PETRARCH 2) actor dictionaries and Dossier's own lists.</summary>
/// <remarks>
/// Phoenix country blocks give country names (the entry with a bare three-letter code) and the cities, regions and
/// adjectives listed under them; entries with dated role codes are people; undated entries that name an institution,
/// and the international and non-state actor files, give organisations; the agents file gives role nouns. Phoenix dates
/// from 2014, so <c>models/gazetteer/*.tsv</c> add demonyms, capitals, titles, organisations and current office holders,
/// and (since round 5) the places, companies, parties, media, clubs and public bodies of news.
/// </remarks>
public static partial class GazetteerBuilder
{
    private static readonly string[] InstitutionWords =
    [
        "party", "council", "army", "ministry", "congress", "committee", "assembly", "parliament", "government", "court", "bank",
        "commission", "agency", "department", "office", "front", "movement", "union", "league", "organization", "organisation",
        "association", "forces", "force", "police", "navy", "guard", "bureau", "institute", "authority", "federation", "senate",
        "cabinet", "corporation", "company", "group", "brigade", "brigades", "militia", "alliance", "fund", "service", "services",
        "liberation", "revolutionary", "jihad", "taliban", "hezbollah", "hamas", "qaeda", "network", "foundation", "corps",
    ];

    private static readonly string[] TitleWords =
    [
        "president", "minister", "secretary", "chief", "general", "premier", "chancellor", "king", "queen", "prince", "emir",
        "sheikh", "governor", "mayor", "spokesman", "spokeswoman", "ambassador", "envoy", "head", "leader", "chairman", "director",
        "commander", "reformer", "pope", "former", "dr", "dr.", "mr", "mr.", "sultan", "speaker", "vice", "deputy", "prime",
    ];

    [GeneratedRegex(@"\[(?<code>[^\]]*)\]")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"\d{6}|>\s*\d|<\s*\d")]
    private static partial Regex DatedCode();

    /// <summary>Reads the Phoenix dictionaries in <paramref name="phoenixDirectory"/> (if present) and the lists in <paramref name="listsDirectory"/>.</summary>
    public static Gazetteer Build(string? phoenixDirectory, string listsDirectory)
    {
        var entries = new List<KeyValuePair<string, GazetteerCategory>>();
        var demonyms = ReadListColumn(Path.Combine(listsDirectory, "demonyms.tsv"));
        if (phoenixDirectory is not null && Directory.Exists(phoenixDirectory))
        {
            entries.AddRange(ReadActors(Path.Combine(phoenixDirectory, "Phoenix.Countries.actors.txt"), countries: true, demonyms));
            entries.AddRange(ReadActors(Path.Combine(phoenixDirectory, "Phoenix.International.actors.txt"), countries: false, demonyms));
            entries.AddRange(ReadActors(Path.Combine(phoenixDirectory, "Phoenix.MilNonState.actors.txt"), countries: false, demonyms));
            entries.AddRange(ReadAgents(Path.Combine(phoenixDirectory, "Phoenix.agents.txt")));
        }
        foreach (var demonym in demonyms)
            entries.Add(new(demonym, GazetteerCategory.Demonym));
        AddList(entries, Path.Combine(listsDirectory, "demonyms.tsv"), column: 1, GazetteerCategory.Country);
        AddList(entries, Path.Combine(listsDirectory, "capitals.tsv"), column: 0, GazetteerCategory.Place);
        AddList(entries, Path.Combine(listsDirectory, "titles.tsv"), column: 0, GazetteerCategory.Title);
        AddList(entries, Path.Combine(listsDirectory, "organisations.tsv"), column: 0, GazetteerCategory.Org);
        AddList(entries, Path.Combine(listsDirectory, "leaders.tsv"), column: 0, GazetteerCategory.Person);
        foreach (var places in (string[])["cities.tsv", "regions.tsv"])
            AddList(entries, Path.Combine(listsDirectory, places), column: 0, GazetteerCategory.Town);
        foreach (var bodies in (string[])["companies.tsv", "parties.tsv", "media.tsv", "clubs.tsv", "bodies.tsv"])
            AddList(entries, Path.Combine(listsDirectory, bodies), column: 0, GazetteerCategory.Org);
        entries.AddRange(FirstNames(entries));
        return new Gazetteer(entries);
    }

    // Given names: the first word of two or more listed people, when it is not itself a listed place, body or title. They
    // tell the tagger that "Crystal Eastman" is a person although neither word is listed with her.
    private static IEnumerable<KeyValuePair<string, GazetteerCategory>> FirstNames(List<KeyValuePair<string, GazetteerCategory>> entries)
    {
        var other = entries.Where(e => e.Value is not (GazetteerCategory.Person or GazetteerCategory.Town)).Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, category) in entries)
        {
            var words = phrase.Split(' ');
            if (category != GazetteerCategory.Person || words.Length < 2 || words[0].Length < 3 || !words[0].All(char.IsLetter))
                continue;
            if (!people.TryGetValue(words[0], out var named))
                people[words[0]] = named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            named.Add(phrase);
        }
        return people.Where(p => p.Value.Count >= 2 && !other.Contains(p.Key))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .Select(first => new KeyValuePair<string, GazetteerCategory>(first, GazetteerCategory.FirstName))
            .ToList();
    }

    private static HashSet<string> ReadListColumn(string path)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
            return set;
        foreach (var columns in Rows(path))
            set.Add(Words(columns[0]));
        return set;
    }

    private static void AddList(List<KeyValuePair<string, GazetteerCategory>> entries, string path, int column, GazetteerCategory category)
    {
        if (!File.Exists(path))
            return;
        foreach (var columns in Rows(path))
        {
            if (column < columns.Length && columns[column].Length > 0)
                entries.Add(new(Words(columns[column]), category));
        }
    }

    /// <summary>The rows of a list file: tab-separated columns, <c>#</c> comments and blank lines skipped.</summary>
    internal static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t').Select(c => c.Trim()).ToArray());

    // Tokenised the way text will be, so "U.S." and "Côte d'Ivoire" match the tokens they become.
    private static string Words(string phrase) =>
        string.Join(' ', NewsTokenizer.Tokenize(phrase).Select(t => t.Span.Of(phrase)));

    private static IEnumerable<KeyValuePair<string, GazetteerCategory>> ReadActors(string path, bool countries, HashSet<string> demonyms)
    {
        if (!File.Exists(path))
            yield break;
        var names = new List<string>();
        var codes = new List<string>();
        var countryBlock = false;
        var fromCountryInfo = false;
        var results = new List<KeyValuePair<string, GazetteerCategory>>();

        void Flush()
        {
            if (names.Count == 0)
                return;
            var dated = fromCountryInfo || codes.Any(c => DatedCode().IsMatch(c));
            for (var n = 0; n < names.Count; n++)
            {
                var words = names[n];
                if (words.Length == 0)
                    continue;
                var lower = words.ToLowerInvariant().Split(' ');
                if (countryBlock)
                {
                    var category = n == 0 ? GazetteerCategory.Country : demonyms.Contains(words) ? GazetteerCategory.Demonym : GazetteerCategory.Place;
                    results.Add(new(words, category));
                }
                else if (dated)
                {
                    var start = 0;
                    while (start < lower.Length - 1 && TitleWords.Contains(lower[start]))
                        start++;
                    if (lower.Length - start is >= 2 and <= 4 && !lower.Any(w => InstitutionWords.Contains(w)))
                        results.Add(new(string.Join(' ', words.Split(' ')[start..]), GazetteerCategory.Person));
                }
                else if (lower.Any(w => InstitutionWords.Contains(w)) || (!countries && !lower.Any(w => TitleWords.Contains(w))))
                {
                    results.Add(new(words, GazetteerCategory.Org));
                }
            }
            names.Clear();
            codes.Clear();
            countryBlock = false;
            fromCountryInfo = false;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var comment = raw.IndexOf('#', StringComparison.Ordinal);
            var line = comment >= 0 ? raw[..comment] : raw;
            var isCountryInfo = comment >= 0 && raw.AsSpan(comment).Contains("CountryInfo", StringComparison.Ordinal);
            if (line.Trim().Length == 0)
                continue;
            var trimmed = line.Trim();
            if (char.IsWhiteSpace(line[0]) && trimmed.StartsWith('['))
            {
                codes.AddRange(CodeRegex().Matches(trimmed).Select(m => m.Groups["code"].Value));
                continue;
            }
            var alternate = trimmed.StartsWith('+');
            if (!alternate)
            {
                Flush();
                fromCountryInfo = isCountryInfo;
            }
            var codeMatches = CodeRegex().Matches(trimmed);
            var name = (codeMatches.Count > 0 ? trimmed[..codeMatches[0].Index] : trimmed).TrimStart('+').Trim();
            foreach (Match match in codeMatches)
            {
                codes.Add(match.Groups["code"].Value);
                if (!alternate && countries && CountryCode().IsMatch(match.Groups["code"].Value.Trim()))
                    countryBlock = true;
            }
            if (name.Contains('!') || name.Contains('{'))
                continue;
            names.Add(Words(name.Replace('_', ' ').Trim()));
        }
        Flush();
        foreach (var result in results)
            yield return result;
    }

    private static IEnumerable<KeyValuePair<string, GazetteerCategory>> ReadAgents(string path)
    {
        if (!File.Exists(path))
            yield break;
        foreach (var raw in File.ReadLines(path))
        {
            var comment = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (line.Length == 0 || line.Contains('!') || line.StartsWith('['))
                continue;
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var name = (bracket >= 0 ? line[..bracket] : line).TrimStart('+').Replace('_', ' ').Trim();
            if (name.Length > 1)
                yield return new(Words(name), GazetteerCategory.Agent);
        }
    }
}
