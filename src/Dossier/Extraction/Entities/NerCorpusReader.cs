using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Reads annotated NER corpora: CoNLL-style columns (IOB1, IOB2, BIOES) and UD CoNLL-U with GUM entity brackets.</summary>
public static partial class NerCorpusReader
{
    /// <summary>Reads <paramref name="path"/>: CoNLL-U with <c>Entity=</c> brackets when it has ten columns, else token/tag columns.</summary>
    public static IReadOnlyList<NerSentence> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var isUd = lines.Any(l => l.Length > 0 && l[0] != '#' && l.Split('\t').Length >= 10);
        return isUd ? ReadConllu(lines, Path.GetFileName(path)) : ReadColumns(lines, Path.GetFileName(path));
    }

    /// <summary>Reads token/tag columns: <c>token … tag</c> (CoNLL-2003's <c>token POS chunk tag</c> included), or
    /// <c>index token tag …</c> when the file numbers its tokens.</summary>
    /// <remarks>Blank lines separate sentences; <c>#</c> comments are skipped; WikiANN's <c>en:</c> prefix is removed. A
    /// <c>-DOCSTART-</c> line or a <c># newdoc id = X</c> comment starts a document: sentences of the n-th document have
    /// the <see cref="NerSentence.Document"/> <c>file#n</c> (or <c>file#X</c>), so document-level tagging and held-back
    /// splits can group them.</remarks>
    public static IReadOnlyList<NerSentence> ReadColumns(IEnumerable<string> lines, string source)
    {
        var rows = lines as IReadOnlyList<string> ?? [.. lines];
        var indexed = NumbersItsTokens(rows);
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        bool? stripPrefix = null;
        var document = "";
        var documents = 0;
        void Flush()
        {
            if (tokens.Count > 0)
                sentences.Add(new NerSentence([.. tokens], SpansFromTags(tokens, tags), source) { Document = document });
            tokens.Clear();
            tags.Clear();
        }
        foreach (var raw in rows)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            if (line.StartsWith('#') && !line.StartsWith("#\t", StringComparison.Ordinal) && !IsHashTokenRow(line))
            {
                if (line.StartsWith("# newdoc id", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var at and > 0)
                {
                    Flush();
                    document = source + "#" + line[(at + 1)..].Trim();
                }
                continue;
            }
            var columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-" || (columns.Length >= 2 && columns[1] == "-DOCSTART-"))
            {
                Flush();
                document = source + "#" + (++documents).ToString(CultureInfo.InvariantCulture);
                continue;
            }
            string token, tag;
            if (indexed && columns.Length >= 3)
                (token, tag) = (columns[1], columns[2]);
            else if (columns.Length >= 2)
                (token, tag) = (columns[0], columns[^1]);
            else
                (token, tag) = (columns[0], "O");
            stripPrefix ??= token.StartsWith("en:", StringComparison.Ordinal);
            if (stripPrefix == true && token.StartsWith("en:", StringComparison.Ordinal) && token.Length > 3)
                token = token[3..];
            tokens.Add(token);
            tags.Add(tag.Length == 0 ? "O" : tag);
        }
        Flush();
        return sentences;
    }

    // A "#" token in a space-separated file ("# # I-NP O" in CoNLL-2003's PTB tagging) is a row, not a comment: a token,
    // at most three more columns, the last a tag, and no "=" as in "# text = …".
    static bool IsHashTokenRow(string line)
    {
        var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return columns.Length is >= 2 and <= 4 && columns[0] == "#" && !columns.Contains("=")
            && (columns[^1] == "O" || (columns[^1].Length > 2 && columns[^1][1] == '-' && "BIESLU".Contains(columns[^1][0], StringComparison.Ordinal)));
    }

    // A number in the first column is not enough to call it an index: CoNLL-2003's sports tables are full of rows like
    // "3 CD I-NP O" whose token is the number. A file numbers its tokens when, in each of its first sentences, the first
    // column counts up from 0 or 1 (Wikigold counts from 0, UD-style files from 1).
    static bool NumbersItsTokens(IReadOnlyList<string> rows)
    {
        const int SentencesChecked = 50;
        var sentences = 0;
        var expected = -1;
        foreach (var raw in rows)
        {
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                if (expected >= 0 && ++sentences == SentencesChecked)
                    break;
                expected = -1;
                continue;
            }
            if (line.StartsWith('#') && !line.StartsWith("#\t", StringComparison.Ordinal))
                continue;
            var columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-" || (columns.Length >= 2 && columns[1] == "-DOCSTART-"))
                continue;
            if (columns.Length < 3 || !int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                return false;
            if (expected < 0 ? index > 1 : index != expected)
                return false;
            expected = index + 1;
        }
        return sentences > 0 || expected >= 0;
    }

    /// <summary>Entity spans from per-token tags in IOB1, IOB2 or BIOES, mapped to Dossier's kinds (unknown labels dropped).</summary>
    public static ImmutableArray<EntitySpan> SpansFromTags(IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        var spans = ImmutableArray.CreateBuilder<EntitySpan>();
        var start = -1;
        string? label = null;
        void Close(int end)
        {
            if (label is not null && start >= 0)
            {
                var words = tokens.Skip(start).Take(end - start).ToArray();
                if (NerLabelRules.Map(label, words) is { } kind)
                    spans.Add(new EntitySpan(start, end, kind, label));
            }
            start = -1;
            label = null;
        }
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O" || tag.Length < 3 || tag[1] != '-')
            {
                Close(i);
                continue;
            }
            var prefix = tag[0];
            var type = tag[2..];
            var continues = prefix is 'I' or 'E' or 'L' && label == type;
            if (!continues)
            {
                Close(i);
                start = i;
                label = type;
            }
            if (prefix is 'E' or 'L' or 'S' or 'U')
                Close(i + 1);
        }
        Close(tags.Count);
        return spans.ToImmutable();
    }

    /// <summary>Reads UD CoNLL-U with GUM's <c>Entity=</c> brackets, keeping proper-name mentions only.</summary>
    /// <remarks>
    /// GUM marks every mention, pronouns and common nouns too. A mention counts as named when its syntactic head is a
    /// PROPN; its span is cut down to the run of proper nouns around the head (with "of", "the", "and" between them), and
    /// a person's leading titles are dropped, which is what CoNLL-style annotation does ("President [Obama]").
    /// Nested mentions keep the outermost.
    /// </remarks>
    public static IReadOnlyList<NerSentence> ReadConllu(IEnumerable<string> lines, string source)
    {
        var sentences = new List<NerSentence>();
        var rows = new List<string[]>();
        var doc = source;
        void Flush()
        {
            if (rows.Count > 0)
                sentences.Add(GumSentence(rows, doc) with { Document = doc == source ? "" : doc });
            rows.Clear();
        }
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line.StartsWith("# newdoc id", StringComparison.Ordinal))
                doc = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            if (line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns.Length < 10 || columns[0].Contains('-') || columns[0].Contains('.'))
                continue;
            rows.Add(columns);
        }
        Flush();
        return sentences;
    }

    [GeneratedRegex(@"\((?<open>[^()]+)(?<close>\))?|(?<end>\d+)\)")]
    private static partial Regex EntityBracket();

    private static NerSentence GumSentence(List<string[]> rows, string doc)
    {
        var tokens = rows.Select(r => r[1]).ToImmutableArray();
        var upos = rows.Select(r => r[3]).ToArray();
        var xpos = rows.Select(r => r[4]).ToArray();
        var heads = rows.Select(r => int.TryParse(r[6], NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h - 1 : -1).ToArray();
        var open = new Dictionary<string, (int Start, string Type)>();
        var mentions = new List<(int Start, int End, string Type)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var misc = rows[i][9];
            var at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
                continue;
            var value = misc[(at + 7)..];
            var bar = value.IndexOf('|', StringComparison.Ordinal);
            if (bar >= 0)
                value = value[..bar];
            foreach (Match match in EntityBracket().Matches(value))
            {
                if (match.Groups["open"].Success)
                {
                    var parts = match.Groups["open"].Value.Split('-');
                    if (parts.Length < 2)
                        continue;
                    if (match.Groups["close"].Success)
                        mentions.Add((i, i + 1, parts[1]));
                    else
                        open[parts[0]] = (i, parts[1]);
                }
                else if (open.Remove(match.Groups["end"].Value, out var started))
                {
                    mentions.Add((started.Start, i + 1, started.Type));
                }
            }
        }

        var named = new List<EntitySpan>();
        foreach (var (start, end, type) in mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (type is "time" or "quantity")
                continue;
            var head = -1;
            for (var k = start; k < end && head < 0; k++)
            {
                if (heads[k] < start || heads[k] >= end)
                    head = k;
            }
            if (head < 0 || upos[head] != "PROPN")
                continue;
            var (left, right) = ProperNounRun(upos, tokens, start, end, head);
            if (type == "person")
            {
                while (left < right && (PersonTitles.Contains(tokens[left]) || tokens[left] is "of" or "the" or "-"))
                    left++;
                if (left == right)
                    continue; // a title alone ("the Director") names no one
            }
            if (named.Any(n => n.Start < right && left < n.End))
                continue;
            var words = tokens.AsSpan()[left..right];
            var kind = type switch
            {
                // "Americans", "Koreans": GUM calls a group of people a person; CoNLL calls the demonym MISC.
                "person" when right - left == 1 && xpos[left] == "NNPS" => EntityKind.Other,
                "person" => EntityKind.Person,
                "organization" => EntityKind.Org,
                "place" => PlaceKindRules.Classify(words),
                "event" => EntityKind.Event,
                _ => EntityKind.Other,
            };
            named.Add(new EntitySpan(left, right, kind, type));
        }
        return new NerSentence(tokens, [.. named.OrderBy(n => n.Start)], doc);
    }

    // The capitalised run around the head: "the [Australian National Iodine Nutrition Study] published in …",
    // with "of", "the", "and", "for", "de" allowed between capitalised words ("[Bank of England]").
    private static (int Left, int Right) ProperNounRun(string[] upos, ImmutableArray<string> tokens, int start, int end, int head)
    {
        bool Capitalised(int k) => tokens[k].Length > 0 && (char.IsUpper(tokens[k][0]) || (upos[k] == "PROPN" && !char.IsLower(tokens[k][0])))
            && upos[k] is not ("DET" or "PRON" or "PUNCT" or "AUX" or "ADP" or "CCONJ" or "SCONJ");
        bool Connector(int k) => tokens[k] is "of" or "the" or "and" or "for" or "de" or "du" or "von" or "van" or "&" or "-" or "on" or "'s";
        var left = head;
        while (left - 1 >= start)
        {
            if (Capitalised(left - 1) || (upos[left - 1] == "NUM" && left - 1 > start && Capitalised(left - 2)))
                left--;
            else if (left - 2 >= start && Connector(left - 1) && tokens[left - 1] != "'s" && Capitalised(left - 2))
                left -= 2;
            else
                break;
        }
        var right = head + 1;
        while (right < end)
        {
            if (Capitalised(right))
            {
                right++;
            }
            else if (upos[right] == "NUM")
            {
                right++; // "Apollo 11", "World War II"
                break;
            }
            else if (right + 1 < end && Connector(right) && tokens[right] != "'s" && Capitalised(right + 1))
            {
                right += 2;
            }
            else
            {
                break;
            }
        }
        return (left, right);
    }

    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Secretary", "Minister", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "King", "Queen",
        "Prince", "Princess", "Pope", "General", "Gen.", "Senator", "Sen.", "Governor", "Gov.", "Chancellor", "Premier", "Professor", "Prof.",
        "Judge", "Justice", "Chief", "Captain", "Capt.", "Saint", "St.", "Emperor", "Empress", "Duke", "Rep.", "Representative", "Mayor",
        "Vice", "Prime", "Foreign", "Colonel", "Col.", "Admiral", "Lieutenant", "Sergeant", "Bishop", "Rabbi", "Reverend", "Rev.", "Father",
        "Sister", "Brother", "Uncle", "Aunt", "Officer", "Detective", "Coach", "Speaker", "Ambassador", "Commissioner", "Director",
        "Chairman", "Chairwoman", "Miss", "Earl", "Baron", "Count", "Countess", "Dame", "Doctor", "Dean", "Mother", "Minister", "Deputy",
        "Senior", "Assistant", "Associate", "Private", "Corporal", "Major", "Marshal", "Sheriff", "Inspector", "Agent", "Secretary-General",
    };
}
