using System.Collections.Immutable;
using Dossier.Cleaning.Boilerplate;
using Dossier.Cleaning.Metadata;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Cleaning.Flags;

/// <summary>Raises the reliability flags (date-conflict, machine-translation, implausible-byline, ai-summary, republished) with evidence.</summary>
/// <remarks>Evidence spans point into the clean body; a flag whose evidence was removed as boilerplate (a bio, a credit
/// line) carries an empty evidence list and says what it saw in its detail.</remarks>
internal static class QualityFlagger
{
    // Flags are judged on the head of very long bodies: evidence spans stay valid (a prefix) and regex time stays bounded.
    private const int MaxScanned = 200_000;

    public static ImmutableArray<QualityFlag> Flag(ArticleId id, string fullBody, TextAnalysis analysis, ResolvedMetadata resolved)
    {
        var body = fullBody.Length > MaxScanned ? fullBody[..MaxScanned] : fullBody;
        var flags = ImmutableArray.CreateBuilder<QualityFlag>();
        var metadata = resolved.Metadata;

        if (!resolved.DateConflicts.IsEmpty)
        {
            var evidence = resolved.DateConflicts.Concat(metadata.DateSignals.Where(s => s.Value == metadata.Published))
                .Select(s => Find(id, body, s.Text)).OfType<Evidence>().Distinct().ToImmutableArray();
            var against = string.Join("; ", resolved.DateConflicts.Select(s => $"{s.Source} says {s.Value} (\"{Short(s.Text)}\")"));
            var stated = metadata.DateSignals.Any(s => DateResolver.Weight(s.Source) >= 3);
            var how = stated ? "chosen" : "inferred from the newest photo caption and the lead's day name (no stated date)";
            flags.Add(new QualityFlag("date-conflict", $"publication date {metadata.Published} {how}, but {against}", evidence));
        }

        var translation = MachineTranslation(id, body);
        if (translation is not null)
            flags.Add(translation);

        foreach (var (name, bio) in analysis.Bios)
        {
            if (!metadata.Bylines.Any(b => SamePerson(b, name)))
                continue;
            var reasons = new List<string>();
            var offBeat = FlagRules.OffBeatTopics.Matches(bio).Select(m => m.Value).Where(topic => !body.Contains(topic, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            if (offBeat.Count > 0)
                reasons.Add("the author bio is about " + string.Join(", ", offBeat));
            if (metadata.Wire is not null && !MetadataRules.AgencyMention.Matches(bio).Any(m => MetadataRules.Agency(m.Value) == metadata.Wire))
                reasons.Add($"the story is {metadata.Wire} copy but the bio never mentions {metadata.Wire}");
            if (reasons.Count > 0)
                flags.Add(new QualityFlag("implausible-byline", $"{name}: {string.Join("; ", reasons)} (bio: \"{Short(bio)}\")", []));
        }

        var summary = AiSummary(id, body);
        if (summary is not null)
            flags.Add(summary);

        if (metadata.Wire is not null && (metadata.Outlet is not null && !string.Equals(metadata.Outlet, metadata.Wire, StringComparison.OrdinalIgnoreCase) || analysis.ThirdPartyChrome))
        {
            var evidence = analysis.Dateline is not null && analysis.DatelineAgency is not null ? Find(id, body, analysis.Dateline) : null;
            var where = metadata.Outlet is not null && metadata.Outlet != metadata.Wire ? $"published by {metadata.Outlet}" : "published on a third-party site (share, comment or teaser widgets)";
            flags.Add(new QualityFlag("republished", $"{metadata.Wire} wire copy {where}", evidence is null ? [] : [evidence]));
        }
        return flags.ToImmutable();
    }

    private static QualityFlag? MachineTranslation(ArticleId id, string body)
    {
        var evidence = new List<Evidence>();
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (kind, pattern) in FlagRules.MachineTranslation)
        {
            foreach (System.Text.RegularExpressions.Match match in pattern.Matches(body))
            {
                evidence.Add(new Evidence(id, new TextSpan(match.Index, match.Index + match.Length), match.Value));
                kinds.Add(kind);
            }
        }
        // Quote marks that open twice without closing: what translation engines leave of nested quotations.
        var offset = 0;
        foreach (var paragraph in body.Split("\n\n"))
        {
            var opens = paragraph.Count(c => c == '“');
            var closes = paragraph.Count(c => c == '”');
            if (opens + closes > 0 && opens != closes)
            {
                evidence.Add(new Evidence(id, new TextSpan(offset, offset + paragraph.Length), paragraph));
                kinds.Add("broken quote marks");
            }
            offset += paragraph.Length + 2;
        }
        if (evidence.Count < 2)
            return null;
        evidence.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new QualityFlag("machine-translation", $"{evidence.Count} translation artefacts ({string.Join(", ", kinds)})", [.. evidence]);
    }

    private static QualityFlag? AiSummary(ArticleId id, string body)
    {
        var score = 0;
        var evidence = new List<Evidence>();
        var kinds = new List<string>();
        foreach (var (kind, pattern, weight) in FlagRules.AiSummary)
        {
            var matches = pattern.Matches(body);
            if (matches.Count == 0)
                continue;
            score += weight;
            kinds.Add(kind);
            foreach (System.Text.RegularExpressions.Match match in matches.Take(3))
                evidence.Add(new Evidence(id, new TextSpan(match.Index, match.Index + match.Length), match.Value));
        }
        var lines = body.Split('\n');
        var numbered = 0;
        var offset = 0;
        foreach (var line in lines)
        {
            if (BoilerplateRules.NumberedSection.IsMatch(line))
            {
                numbered++;
                if (numbered <= 3)
                    evidence.Add(new Evidence(id, new TextSpan(offset, offset + line.Length), line));
            }
            offset += line.Length + 1;
        }
        if (numbered >= 3)
        {
            score += 2;
            kinds.Add($"{numbered} numbered sections");
        }
        if (FlagRules.LabelLine.Matches(body).Count >= 5)
        {
            score++;
            kinds.Add("label: text lines");
        }
        var words = BoilerplateRemover.Words(body);
        if (words >= 150 && body.IndexOfAny(['"', '“', '”']) < 0 && !FlagRules.Attribution.IsMatch(body))
        {
            score++;
            kinds.Add("no quotations or attributions");
        }
        if (score < 4)
            return null;
        evidence.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new QualityFlag("ai-summary", $"reads as a generated summary: {string.Join(", ", kinds)}", [.. evidence]);
    }

    private static Evidence? Find(ArticleId id, string body, string text)
    {
        if (text.Length == 0)
            return null;
        var index = body.IndexOf(text, StringComparison.Ordinal);
        return index < 0 ? null : new Evidence(id, new TextSpan(index, index + text.Length), text);
    }

    private static bool SamePerson(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        var lastA = a.Split(' ')[^1];
        var lastB = b.Split(' ')[^1];
        return string.Equals(lastA, lastB, StringComparison.OrdinalIgnoreCase);
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
