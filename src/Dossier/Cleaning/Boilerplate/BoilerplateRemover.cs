using System.Text.RegularExpressions;
using Dossier.Cleaning.Metadata;

namespace Dossier.Cleaning.Boilerplate;

/// <summary>Sorts the lines of a scraped article into story text, header fields, captions and boilerplate.</summary>
/// <remarks>
/// Works on lines (one paragraph or one block per line), so it serves plain-text scrapes and the blocks an HTML
/// extractor found alike. The header (lines before the first prose paragraph) is read for headline, outlet, byline and
/// date; the rest is story text unless a rule in <see cref="BoilerplateRules"/> says otherwise; a final sweep drops the
/// short fragments that page footers leave after the story.
/// </remarks>
internal static class BoilerplateRemover
{
    private enum Role { Body, Headline, Header, Caption, Removed }

    /// <summary>Sorts <paramref name="lines"/> (folded, non-empty) into a <see cref="TextAnalysis"/>.</summary>
    /// <param name="lines">The article's lines in order.</param>
    /// <param name="knownHeadline">A headline known from markup; lines repeating it are not body text.</param>
    public static TextAnalysis Analyse(IReadOnlyList<string> lines, string? knownHeadline = null)
    {
        var analysis = new TextAnalysis();
        var roles = new Role[lines.Count];
        var bylineNames = CollectByLineNames(lines);
        var firstProse = FindFirstProse(lines);

        // Header: everything before the first prose paragraph.
        var headline = knownHeadline;
        for (var i = 0; i < firstProse; i++)
        {
            var line = lines[i];
            roles[i] = ClassifyHeaderLine(line, i, lines, roles, analysis, ref headline, bylineNames);
        }
        if (knownHeadline is null && headline is not null)
            analysis.Headline = headline;

        // Body.
        var strongEnd = -1;
        for (var i = firstProse; i < lines.Count; i++)
        {
            var line = lines[i];
            var role = ClassifyBodyLine(line, i, lines, roles, analysis, headline, bylineNames, out var strongEndMarker);
            roles[i] = role;
            if (strongEndMarker && strongEnd < 0 && i >= lines.Count / 2)
                strongEnd = i;
        }

        SweepTail(lines, roles, strongEnd);
        Assemble(lines, roles, analysis);
        return analysis;
    }

    private static HashSet<string> CollectByLineNames(IReadOnlyList<string> lines)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Length > 200)
                continue;
            var match = BoilerplateRules.ByLine.Match(line);
            if (match.Success)
            {
                foreach (var name in BylineParser.Split(match.Groups["names"].Value))
                    names.Add(name);
            }
        }
        return names;
    }

    private static int FindFirstProse(IReadOnlyList<string> lines)
    {
        var limit = Math.Min(lines.Count, 40);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (IsProse(line) && !IsCaption(line) && !MatchesRule(line, out _) && !BoilerplateRules.ByLine.IsMatch(Head(line)) && DateLineParser.Parse(line) is null)
                return i;
            // A dateline alone on its line ("SHANGHAI:") opens the story.
            if (IsStandaloneDateline(line) && i + 1 < lines.Count && IsProse(lines[i + 1]))
                return i;
        }
        return 0;
    }

    private static Role ClassifyHeaderLine(string line, int index, IReadOnlyList<string> lines, Role[] roles, TextAnalysis analysis,
        ref string? headline, HashSet<string> bylineNames)
    {
        if (MatchesRule(line, out var rule))
        {
            analysis.RuleHits.Add(rule!.Name);
            analysis.ThirdPartyChrome |= rule.ThirdPartyChrome;
            if (rule.Name == "url")
                analysis.Urls.Add(line);
            return Role.Removed;
        }
        if (IsCaption(line))
        {
            MarkPreviousAsCaption(index, lines, roles, headline);
            return Role.Caption;
        }
        var by = BoilerplateRules.ByLine.Match(Head(line));
        if (by.Success && Words(line) <= 12)
        {
            analysis.BylineTexts.Add(by.Groups["names"].Value);
            return Role.Header;
        }
        var segments = SplitHeader(line);
        if (segments.Count >= 2)
        {
            // "OUTLET | Section | Section" or "Outlet | date" or "Outlet - Section".
            var any = false;
            foreach (var segment in segments)
            {
                if (DateLineParser.Parse(segment) is not null)
                {
                    analysis.HeaderDateLines.Add(segment);
                    any = true;
                }
            }
            if (LooksLikeOutlet(segments[0]) || any)
            {
                if (DateLineParser.Parse(segments[0]) is null)
                    analysis.OutletCandidates.Add(segments[0]);
                return Role.Header;
            }
            if (segments.Count >= 3 && segments.All(s => Words(s) <= 5))
                return Role.Removed;
        }
        var date = DateLineParser.Parse(line);
        if (date is not null)
        {
            analysis.HeaderDateLines.Add(line);
            if (date.Agency is not null)
                analysis.CreditLines.Add(line);
            if (date.Byline is not null)
                analysis.BylineTexts.Add(date.Byline);
            return Role.Header;
        }
        if (headline is null && LooksLikeOutlet(line) && Words(line) <= 5)
        {
            analysis.OutletCandidates.Add(line);
            return Role.Header;
        }
        if (headline is not null && LooksLikeOutlet(line) && Words(line) <= 5 && !EndsSentence(line))
        {
            analysis.OutletCandidates.Add(line);
            return Role.Header;
        }
        if (headline is null && Words(line) >= 3 && line.Length <= 300)
        {
            headline = line;
            return Role.Headline;
        }
        if (headline is not null && Same(line, headline))
            return Role.Removed;
        if (bylineNames.Contains(line))
            return Role.Header;
        if (Words(line) <= 12 && !EndsSentence(line) && BoilerplateRules.Timestamp.IsMatch(line))
            return Role.Header;
        // A standfirst (sub-headline) is part of the story; short leftovers are alt text or chrome.
        return Words(line) >= 8 ? Role.Body : Role.Removed;
    }

    private static Role ClassifyBodyLine(string line, int index, IReadOnlyList<string> lines, Role[] roles, TextAnalysis analysis,
        string? headline, HashSet<string> bylineNames, out bool strongEnd)
    {
        strongEnd = false;
        var words = Words(line);
        if (headline is not null && Same(line, headline))
        {
            // The headline repeated above each photo, as galleries print it.
            return Role.Caption;
        }
        if (words <= 80 && IsCaption(line))
        {
            MarkPreviousAsCaption(index, lines, roles, headline);
            return Role.Caption;
        }
        if (words <= 20 && index <= FirstBodyIndex(roles, index) + 3 && DateLineParser.Parse(line) is { } date)
        {
            // A date line just below a standfirst is still header.
            analysis.HeaderDateLines.Add(line);
            if (date.Byline is not null)
                analysis.BylineTexts.Add(date.Byline);
            return Role.Removed;
        }
        if (words <= 12 && !EndsSentence(line) && (BoilerplateRules.Timestamp.IsMatch(line) || BoilerplateRules.ClockTime.IsMatch(line) && DateLineParser.Parse(line) is not null))
        {
            // A stamp further down (a posting time, an update line, a comment's date) is furniture, not a date signal.
            analysis.RuleHits.Add("timestamp");
            return Role.Removed;
        }
        if (words <= 45 && MatchesRule(line, out var rule))
        {
            analysis.RuleHits.Add(rule!.Name);
            analysis.ThirdPartyChrome |= rule.ThirdPartyChrome;
            if (rule.Name == "url")
                analysis.Urls.Add(line);
            if (rule.Name == "copyright")
                analysis.CreditLines.Add(line);
            if (rule.Name == "copyright" && CopyrightHolder(line) is { } holder)
                analysis.OutletCandidates.Add(holder);
            strongEnd = rule.Name is "copyright" or "comments" or "donation" or "standards";
            return Role.Removed;
        }
        if (words <= 60 && BoilerplateRules.CreditTrailer.IsMatch(Head(line)))
        {
            var names = BoilerplateRules.TrailerByline.Match(line);
            if (names.Success)
                analysis.BylineTexts.Add(names.Groups["names"].Value);
            analysis.RuleHits.Add("credit-trailer");
            strongEnd = true;
            return Role.Removed;
        }
        var by = BoilerplateRules.ByLine.Match(Head(line));
        if (by.Success && words <= 8)
        {
            analysis.BylineTexts.Add(by.Groups["names"].Value);
            analysis.RuleHits.Add("byline");
            return Role.Removed;
        }
        if (words <= 4 && bylineNames.Contains(line))
        {
            analysis.RuleHits.Add("byline");
            return Role.Removed;
        }
        var segments = SplitHeader(line);
        if (segments.Count >= 3 && segments.All(s => Words(s) <= 6))
        {
            analysis.RuleHits.Add("navigation");
            strongEnd = true;
            return Role.Removed;
        }
        if (words >= 15 && index >= lines.Count * 0.6 && BoilerplateRules.BioOpening.Match(line) is { Success: true } bio
            && BoilerplateRules.BioCareer.IsMatch(line.Length > 2000 ? line[..2000] : line))
        {
            analysis.Bios.Add((bio.Groups["name"].Value, line));
            analysis.RuleHits.Add("author-bio");
            strongEnd = true;
            return Role.Removed;
        }
        return Role.Body;
    }

    // After the story ends (a copyright line, a comment widget, a donation plea), fragments without sentence
    // punctuation are page furniture; and at the very end, short fragments are furniture wherever the end marker is.
    private static void SweepTail(IReadOnlyList<string> lines, Role[] roles, int strongEnd)
    {
        if (strongEnd >= 0)
        {
            for (var i = strongEnd + 1; i < lines.Count; i++)
            {
                if (roles[i] == Role.Body && !EndsSentence(lines[i]))
                    roles[i] = Role.Removed;
            }
        }
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (roles[i] != Role.Body)
                continue;
            if (Words(lines[i]) <= 6 && !EndsSentence(lines[i]))
            {
                roles[i] = Role.Removed;
                continue;
            }
            break;
        }
    }

    private static void Assemble(IReadOnlyList<string> lines, Role[] roles, TextAnalysis analysis)
    {
        var datelineAttempts = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (roles[i])
            {
                case Role.Body:
                    if (analysis.Dateline is null && datelineAttempts++ < 2)
                    {
                        if (TryDateline(line, analysis))
                        {
                            // A dateline alone on its line joins the paragraph it introduces.
                            var next = NextBody(roles, i);
                            if (line.Length == analysis.Dateline!.Length && next >= 0)
                            {
                                analysis.Body.Add(line + " " + lines[next]);
                                i = next;
                                continue;
                            }
                        }
                    }
                    analysis.Body.Add(line);
                    break;
                case Role.Caption:
                    analysis.Captions.Add(line);
                    break;
                case Role.Removed:
                    analysis.Removed.Add(line);
                    break;
                case Role.Header:
                    analysis.Removed.Add(line);
                    break;
                case Role.Headline:
                    break;
            }
        }
    }

    private static int FirstBodyIndex(Role[] roles, int current)
    {
        for (var j = 0; j < current; j++)
        {
            if (roles[j] == Role.Body)
                return j;
        }
        return current;
    }

    private static int NextBody(Role[] roles, int from)
    {
        for (var j = from + 1; j < roles.Length; j++)
        {
            if (roles[j] == Role.Body)
                return j;
            if (roles[j] != Role.Caption && roles[j] != Role.Removed)
                return -1;
        }
        return -1;
    }

    private static bool TryDateline(string line, TextAnalysis analysis)
    {
        var match = BoilerplateRules.Dateline.Match(Head(line));
        if (!match.Success)
            return false;
        var place = match.Groups["place"].Value;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var separator = match.Groups["sep"].Value;
        var upper = place.Where(char.IsLetter).All(char.IsUpper) && place.Count(char.IsLetter) >= 3;
        var placeWords = place.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length;
        var accepted = agency is not null && MetadataRules.Agency(agency) is not null
            || upper
            || separator != ":" && placeWords <= 2 && !match.Groups["month"].Success && match.Value.Contains(' ' + separator);
        if (!accepted)
            return false;
        analysis.Dateline = match.Value.TrimEnd();
        analysis.DatelineAgency = agency;
        if (match.Groups["month"].Success)
            analysis.DatelineMonthDay = match.Groups["month"].Value + " " + match.Groups["day"].Value;
        return true;
    }

    private static bool IsStandaloneDateline(string line)
    {
        if (line.Length > 60)
            return false;
        var match = BoilerplateRules.Dateline.Match(line);
        return match.Success && match.Length >= line.TrimEnd().Length && line.Where(char.IsLetter).All(char.IsUpper);
    }

    private static void MarkPreviousAsCaption(int index, IReadOnlyList<string> lines, Role[] roles, string? headline)
    {
        for (var j = index - 1; j >= 0 && j >= index - 2; j--)
        {
            if (roles[j] is not (Role.Body or Role.Removed))
                return;
            var previous = lines[j];
            var duplicate = previous.Length >= 20 && lines[index].StartsWith(previous[..Math.Min(previous.Length, 60)], StringComparison.OrdinalIgnoreCase);
            var altText = Words(previous) <= 5 && !EndsSentence(previous) && (char.IsLower(previous[0]) || previous.All(c => !char.IsLetter(c) || char.IsLower(c)));
            var headlineRepeat = headline is not null && Same(previous, headline);
            if (duplicate || altText || headlineRepeat)
            {
                roles[j] = Role.Caption;
                continue;
            }
            return;
        }
    }

    private static bool MatchesRule(string line, out BoilerplateRules.Rule? matched)
    {
        var head = Head(line);
        foreach (var rule in BoilerplateRules.LineRules)
        {
            if (rule.Pattern.IsMatch(head))
            {
                matched = rule;
                return true;
            }
        }
        matched = null;
        return false;
    }

    private static bool IsCaption(string line) => BoilerplateRules.CaptionCredit.IsMatch(line.Length > 2000 ? line[..2000] : line);

    private static string? CopyrightHolder(string line)
    {
        var match = BoilerplateRules.CopyrightHolder.Match(Head(line));
        if (!match.Success)
            return null;
        var holder = match.Groups["holder"].Value.Trim().TrimEnd('.');
        return holder.Length >= 2 && MetadataRules.Agency(holder) is null ? holder : null;
    }

    private static List<string> SplitHeader(string line)
    {
        if (line.Length > 300)
            return [line];
        var parts = line.Split(BoilerplateRules.HeaderSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 1)
        {
            // "THE NORTHERN COURIER - Business": an all-caps outlet before a dash.
            var dash = BoilerplateRules.OutletDashSection.Match(line);
            if (dash.Success)
                return [dash.Groups["outlet"].Value.Trim(), dash.Groups["section"].Value.Trim()];
        }
        return parts;
    }

    internal static bool LooksLikeOutlet(string text)
    {
        if (text.Length > 80 || EndsSentence(text))
            return false;
        var words = Words(text);
        if (words is 0 or > 6)
            return false;
        var letters = text.Where(char.IsLetter).ToList();
        var allCaps = letters.Count >= 4 && letters.All(char.IsUpper) && words >= 2;
        return allCaps || BoilerplateRules.OutletWord.IsMatch(text) && text.Split(' ').All(w => w.Length == 0 || !char.IsLetter(w[0]) || char.IsUpper(w[0]));
    }

    // Headlines rarely end a sentence; a long line with a full stop inside is prose even when a quote or link ends it.
    internal static bool IsProse(string line)
    {
        var words = Words(line);
        return words >= 12 && EndsProse(line) || words >= 25 && line.Contains(". ", StringComparison.Ordinal);
    }

    // A sentence ends in . ! ? or … possibly followed by closing quotes or brackets (a headline may end in a quote).
    private static bool EndsProse(string line)
    {
        var trimmed = line.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ']', '»');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':';
    }

    internal static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length == 0)
            return false;
        var last = trimmed[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or '…' or ')' or ';';
    }

    internal static int Words(string line)
    {
        var count = 0;
        var inWord = false;
        var limit = Math.Min(line.Length, 4000);
        for (var i = 0; i < limit; i++)
        {
            var letter = char.IsLetterOrDigit(line[i]);
            if (letter && !inWord)
                count++;
            inWord = letter || (inWord && line[i] is '\'' or '’' or '-');
        }
        return count;
    }

    private static string Head(string line) => line.Length > BoilerplateRules.MaxTestedLength ? line[..BoilerplateRules.MaxTestedLength] : line;

    private static bool Same(string a, string b) => string.Equals(Paragraphs.Fold(a), Paragraphs.Fold(b), StringComparison.OrdinalIgnoreCase);
}
