using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Cleaning.Boilerplate;
using Dossier.Cleaning.Html;
using Dossier.Documents;
using Dossier.Ingest;

namespace Dossier.Cleaning.Metadata;

/// <summary>Everything the metadata cascade decided, with the facts the quality flags need.</summary>
internal sealed record ResolvedMetadata(ArticleMetadata Metadata, ImmutableArray<DateSignal> DateConflicts);

/// <summary>Combines markup, feed and text evidence into headline, outlet, bylines, wire, URL, language and date.</summary>
/// <remarks>Order of trust: feed fields and markup first (written by the publishing system), then the text's own header
/// and credit lines. A field with no evidence stays null.</remarks>
internal static class MetadataResolver
{
    private static readonly Regex AgencyInParens = new(@"\((?<agency>[A-Za-z][A-Za-z .\-]{1,30})\)\s*[-–—:]", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    public static ResolvedMetadata Resolve(TextAnalysis analysis, PageMetadata? page, FeedItemInfo? feed, string rawText, IReadOnlyList<string> body)
    {
        var wire = ResolveWire(analysis, page, body);
        var outlet = FeedOutlet(feed?.FeedTitle) ?? page?.SiteName ?? ResolveOutlet(analysis, rawText);
        if (outlet is not null && MetadataRules.Agency(outlet) is { } agencyOutlet)
            outlet = agencyOutlet;
        if (outlet is null && wire is not null && !analysis.ThirdPartyChrome)
            outlet = wire;

        var bylines = new List<string>();
        void AddNames(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                if (!bylines.Contains(name, StringComparer.OrdinalIgnoreCase) && !string.Equals(name, outlet, StringComparison.OrdinalIgnoreCase))
                    bylines.Add(name);
            }
        }
        if (feed is not null)
            AddNames(feed.Authors.SelectMany(BylineParser.Split));
        if (page is not null)
            AddNames(page.Authors);
        foreach (var text in analysis.BylineTexts)
            AddNames(BylineParser.Split(text));

        var url = page?.Url ?? feed?.Link ?? analysis.Urls.LastOrDefault()?.Trim();

        var signals = new List<DateSignal>();
        if (page is not null)
            signals.AddRange(page.DateSignals);
        if (feed?.Published is { } published)
            signals.Add(new DateSignal(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "feed", published.ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        if (url is not null && page?.Url is null && DateLineParser.FromUrl(url) is { } urlDay)
            signals.Add(new DateSignal(urlDay, "url", url));
        foreach (var line in analysis.HeaderDateLines)
        {
            var value = DateLineParser.Parse(line)?.Value ?? DateLineParser.FindAll(line).Select(f => f.Value).FirstOrDefault();
            if (value is not null)
                signals.Add(new DateSignal(value, "header", line));
        }
        if (analysis.DatelineMonthDay is not null)
        {
            var year = signals.Select(s => int.Parse(s.Value[..4], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            if (year > 0 && DateLineParser.MonthDay(analysis.DatelineMonthDay, year) is { } datelineDay)
                signals.Add(new DateSignal(datelineDay, "dateline", analysis.Dateline!));
        }
        foreach (var caption in analysis.Captions)
        {
            foreach (var found in DateLineParser.FindAll(caption))
                signals.Add(new DateSignal(found.Value, "caption", caption.Substring(found.Index, found.Length)));
        }
        foreach (var paragraph in body.Take(500))
        {
            foreach (var found in DateLineParser.FindAll(paragraph.Length > 20_000 ? paragraph[..20_000] : paragraph).Take(20))
                signals.Add(new DateSignal(found.Value, "text", paragraph.Substring(found.Index, found.Length)));
        }
        AddWeekdaySignals(signals, body);
        var distinct = signals.Distinct().Take(100).ToList();
        var (day, conflicts) = DateResolver.Resolve(distinct);

        var headline = feed?.Title ?? page?.Headline ?? analysis.Headline;
        var metadata = new ArticleMetadata
        {
            Url = url,
            Outlet = outlet,
            Headline = headline is null ? null : Paragraphs.Fold(headline),
            Bylines = [.. bylines],
            Wire = wire,
            Published = day,
            DateSignals = [.. distinct],
            Language = LanguageDetector.Detect(string.Join("\n", body)) ?? page?.Language,
            Captions = [.. analysis.Captions],
            Removed = [.. analysis.Removed],
        };
        return new ResolvedMetadata(metadata, conflicts);
    }

    // News leads name the day of the event ("said on Thursday"), which is the publication day or the day before.
    // The first day name of the lead becomes a weak text signal for each strong candidate it fits, so between two
    // disagreeing strong dates the one the story's own weekday fits gets the support.
    private static void AddWeekdaySignals(List<DateSignal> signals, IReadOnlyList<string> body)
    {
        var lead = string.Join(" ", body.Take(2));
        var match = MetadataRules.Weekday.Match(lead.Length > 2000 ? lead[..2000] : lead);
        if (!match.Success)
            return;
        var weekday = Enum.Parse<DayOfWeek>(match.Value, ignoreCase: true);
        var strong = signals.Where(s => DateResolver.Weight(s.Source) >= 3).Select(s => s.Value).Distinct().ToList();
        if (strong.Count == 0)
        {
            // No stated date: the day the lead names, on or after the newest photo, is the best evidence there is.
            var newest = signals.Where(s => s.Source == "caption").Select(s => s.Value).DefaultIfEmpty().Max(StringComparer.Ordinal);
            if (newest is not null && DateOnly.TryParseExact(newest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor))
            {
                var offset = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
                signals.Add(new DateSignal(anchor.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "text", match.Value));
            }
            return;
        }
        foreach (var candidate in strong)
        {
            if (!DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                continue;
            if (day.DayOfWeek == weekday)
                signals.Add(new DateSignal(candidate, "text", match.Value));
            else if (day.AddDays(-1).DayOfWeek == weekday)
                signals.Add(new DateSignal(day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "text", match.Value));
        }
    }

    // A feed's title often adds a section to the outlet's name ("Eastbridge Review - Asia & Diplomacy").
    private static string? FeedOutlet(string? title)
    {
        if (title is null)
            return null;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", ": " })
        {
            var cut = title.IndexOf(separator, StringComparison.Ordinal);
            if (cut > 1)
                return title[..cut].Trim();
        }
        return title;
    }

    private static string? ResolveWire(TextAnalysis analysis, PageMetadata? page, IReadOnlyList<string> body)
    {
        if (analysis.DatelineAgency is not null && MetadataRules.Agency(analysis.DatelineAgency) is { } datelineAgency)
            return datelineAgency;
        foreach (var paragraph in body.Take(2))
        {
            var head = paragraph.Length > 300 ? paragraph[..300] : paragraph;
            var match = AgencyInParens.Match(head);
            if (match.Success && MetadataRules.Agency(match.Groups["agency"].Value) is { } agency)
                return agency;
        }
        foreach (var line in analysis.CreditLines)
        {
            var match = MetadataRules.AgencyMention.Match(line);
            if (match.Success)
                return MetadataRules.Agency(match.Value);
        }
        foreach (var text in analysis.BylineTexts.Concat(page?.Authors ?? []))
        {
            var match = MetadataRules.AgencyMention.Match(text);
            if (match.Success)
                return MetadataRules.Agency(match.Value);
        }
        return null;
    }

    private static string? ResolveOutlet(TextAnalysis analysis, string rawText)
    {
        foreach (var candidate in analysis.OutletCandidates)
        {
            var name = MetadataRules.CompanySuffix.Replace(candidate.Trim(), "").Trim().TrimEnd('.', ',');
            if (name.Length < 2)
                continue;
            return NormaliseCase(name, rawText);
        }
        return null;
    }

    // An all-caps masthead ("THE HARBOUR LEDGER") is written as the text itself writes the name elsewhere, else in title case.
    private static string NormaliseCase(string name, string rawText)
    {
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || !letters.All(char.IsUpper))
            return name;
        var index = 0;
        while ((index = rawText.IndexOf(name, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var found = rawText.Substring(index, name.Length);
            if (!found.Where(char.IsLetter).All(char.IsUpper))
                return found;
            index += name.Length;
        }
        var words = name.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && (i == 0 || words[i] is not ("of" or "the" or "and" or "for" or "in" or "on")))
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
        }
        return string.Join(' ', words);
    }
}
