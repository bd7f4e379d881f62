using System.Collections.Immutable;
using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>Within one article, gives every mention of the same entity the same <see cref="Mention.EntityKey"/>.</summary>
/// <remarks>
/// People: "Antony Blinken", "Antony J. Blinken", "Secretary Blinken" and "Mr. Blinken" share their identifying words
/// (titles and middle initials dropped); a lone surname ("Blinken", or "Xi" for Chinese word order) joins the one full
/// name in the article that ends (else starts) with it — and when several share it ("Wang Yi", "Wang Wenbin"), the one
/// named most recently before it. Full names are never merged with each other. Demonyms and aliases stand for their
/// country ("Chinese", "U.S." → <c>gpe:china</c>, <c>gpe:united states</c>).
/// </remarks>
internal static class MentionLinker
{
    public static ImmutableArray<Mention> Link(string text, ImmutableArray<Mention> tagged, ImmutableArray<Token> tokens, EntityLexicon lexicon, Gazetteer gazetteer)
    {
        var tidy = Tidy(text, TitledNames(text, tagged, lexicon, gazetteer), lexicon, gazetteer);
        var mentions = SurnamesArePeople(text, AddCountryWords(text, NamesAfterTitles(text, tidy, tokens, lexicon, gazetteer), tokens, lexicon, gazetteer), lexicon);
        var keys = new string[mentions.Length];
        var words = new string[mentions.Length][];
        var fullNames = new List<(string Key, string[] Words)>();
        for (var m = 0; m < mentions.Length; m++)
        {
            var surface = mentions[m].Span.Of(text);
            keys[m] = NameKeys.Key(mentions[m].Kind, surface, lexicon);
            words[m] = mentions[m].Kind == EntityKind.Person ? NameKeys.Words(surface, lexicon) : [];
            if (words[m].Length >= 2 && !fullNames.Any(f => f.Key == keys[m]))
                fullNames.Add((keys[m], words[m]));
        }
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Length; m++)
        {
            if (words[m].Length == 1)
            {
                var word = words[m][0];
                var candidates = fullNames.Where(f => f.Words[^1] == word).ToList();
                if (candidates.Count == 0)
                    candidates = fullNames.Where(f => f.Words[0] == word).ToList();
                if (candidates.Count == 1)
                {
                    keys[m] = candidates[0].Key;
                }
                else if (candidates.Count > 1)
                {
                    // The person named most recently before this mention; else the first named after it.
                    var recent = candidates.Where(c => lastSeen.ContainsKey(c.Key)).OrderByDescending(c => lastSeen[c.Key]).FirstOrDefault();
                    keys[m] = recent.Key ?? candidates[0].Key;
                }
            }
            lastSeen[keys[m]] = m;
        }
        var builder = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        for (var m = 0; m < mentions.Length; m++)
        {
            var mention = mentions[m];
            // A lone word the gazetteer knows as a place, naming no person of this article ("Washington"), is the place.
            if (mention.Kind == EntityKind.Person && words[m].Length == 1 && keys[m] == "person:" + words[m][0]
                && (gazetteer.Lookup([mention.Span.Of(text)]) & (GazetteerCategory.Country | GazetteerCategory.Place)) != 0)
            {
                mention = mention with { Kind = EntityKind.Gpe };
                keys[m] = NameKeys.Key(EntityKind.Gpe, mention.Span.Of(text), lexicon);
            }
            builder.Add(mention with { EntityKey = keys[m] });
        }
        return builder.MoveToImmutable();
    }

    // "Blinken" tagged as a place in an article that names Antony Blinken is Blinken.
    private static ImmutableArray<Mention> SurnamesArePeople(string text, ImmutableArray<Mention> mentions, EntityLexicon lexicon)
    {
        var surnames = mentions.Where(m => m.Kind == EntityKind.Person)
            .Select(m => NameKeys.Words(m.Span.Of(text), lexicon))
            .Where(w => w.Length >= 2)
            .Select(w => w[^1])
            .ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
            return mentions;
        var builder = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var mention in mentions)
        {
            var surface = mention.Span.Of(text);
            var single = mention.Kind != EntityKind.Person && !surface.Contains(' ') && !lexicon.Countries.ContainsKey(surface);
            builder.Add(single && surnames.Contains(NameKeys.Fold(surface)) ? mention with { Kind = EntityKind.Person } : mention);
        }
        return builder.MoveToImmutable();
    }

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Shoal", "Reef", "Island", "Islands", "Isle", "Atoll", "Strait", "Sea", "Bay", "Gulf", "River", "Lake", "Mountains",
        "Peninsula", "Canal", "Desert", "Valley", "Plateau", "Archipelago",
    };

    // The mention ends at a colon (or at a bracket closed just before one: "Shanghai Stop (April 24-25):"), and it and
    // the capitalised words before it (after a list number) are the whole start of the line, at most five words: a
    // heading of a listicle or summary, not a name in running text.
    private static bool IsLineLabel(string text, Text.TextSpan span, string surface)
    {
        var after = span.End;
        if (PersonRules.BracketBeforeColon().Match(text, after) is { Success: true } bracket)
            after += bracket.Length;
        if (after >= text.Length || text[after] != ':')
            return false;
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var before = text[lineStart..span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => PersonRules.ListNumber().IsMatch(w)).ToArray();
        if (before.Length == 0 && !surface.Contains(' ', StringComparison.Ordinal))
            return false;
        return before.Length + surface.Split(' ').Length <= 5 && before.All(w => char.IsUpper(w[0]));
    }

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Institute", "Institution", "University", "College", "Reuters", "Group", "Bank", "Agency", "Party",
        "Council", "Committee", "Ministry", "Department", "Company", "Corporation", "Corp.", "Inc.", "Ltd.", "Foundation",
        "Association", "Society", "Times", "Post", "Journal", "News", "Press", "Network", "Fund", "Commission", "Office",
        "School", "Academy", "Hospital", "Club", "League",
    };

    // A demonym or country alias the tagger missed ("Chinese officials said …") is still a mention of the country.
    private static ImmutableArray<Mention> AddCountryWords(string text, ImmutableArray<Mention> mentions, ImmutableArray<Token> tokens, EntityLexicon lexicon, Gazetteer gazetteer)
    {
        var added = new List<Mention>();
        var m = 0;
        foreach (var token in tokens)
        {
            while (m < mentions.Length && mentions[m].Span.End <= token.Span.Start)
                m++;
            if (m < mentions.Length && mentions[m].Span.Overlaps(token.Span))
                continue;
            var word = token.Span.Of(text);
            if (word.Length < 2 || !char.IsUpper(word[0]) || !lexicon.Countries.ContainsKey(word))
                continue;
            var listed = gazetteer.Lookup([word]);
            if ((listed & GazetteerCategory.Demonym) != 0)
                added.Add(new Mention(token.Span, EntityKind.Other));
            else if ((listed & GazetteerCategory.Country) != 0)
                added.Add(new Mention(token.Span, EntityKind.Gpe));
        }
        return added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(x => x.Span.Start)];
    }

    // "President Joe Biden" or "FM Wang Yi" tagged as something other than a person: the words after the title are a
    // person the article names in full, or a person the gazetteer lists, so the mention is that person (the title stays
    // outside the span, for the role reader). "Shanghai Party" before "Secretary Chen Jining": a place or organisation
    // span that runs into a title ("Party Secretary") ends before it.
    private static ImmutableArray<Mention> TitledNames(string text, ImmutableArray<Mention> mentions, EntityLexicon lexicon, Gazetteer gazetteer)
    {
        var people = mentions.Where(m => m.Kind == EntityKind.Person)
            .Select(m => string.Join(' ', NameKeys.Words(m.Span.Of(text), lexicon)))
            .Where(w => w.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var mention in mentions)
        {
            var surface = mention.Span.Of(text);
            if (mention.Kind == EntityKind.Person || !surface.Contains(' ', StringComparison.Ordinal))
            {
                builder.Add(mention);
                continue;
            }
            var words = surface.Split(' ');
            var offsets = new int[words.Length];
            for (int i = 0, at = 0; i < words.Length; at += words[i].Length + 1, i++)
                offsets[i] = at;
            var handled = false;
            // "Finance Minister [Lan Fo'an]" tagged as a place: a title just before two or three capitalised words.
            var run = words.TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !lexicon.Titles.Contains(w)).Count();
            if (run is 2 or 3 && TitleBefore(text, mention.Span.Start, lexicon)
                && (gazetteer.Lookup(words.Take(run).ToArray()) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Org)) == 0
                && !words.Take(run).Any(w => lexicon.Countries.ContainsKey(w)))
            {
                builder.Add(new Mention(new Text.TextSpan(mention.Span.Start, mention.Span.Start + offsets[run - 1] + words[run - 1].Length), EntityKind.Person));
                continue;
            }
            // Skip a leading country or demonym ("U.S."), then titles; what remains must be a name.
            var start = lexicon.Countries.ContainsKey(words[0]) ? 1 : 0;
            var afterTitles = start;
            for (var changed = true; changed && afterTitles < words.Length - 1;)
            {
                changed = false;
                for (var length = Math.Min(lexicon.MaxTitleWords, words.Length - afterTitles - 1); length >= 1; length--)
                {
                    if (lexicon.Titles.Contains(string.Join(' ', words.Skip(afterTitles).Take(length))))
                    {
                        afterTitles += length;
                        changed = true;
                        break;
                    }
                }
            }
            if (afterTitles > start)
            {
                var rest = string.Join(' ', words.Skip(afterTitles));
                var key = string.Join(' ', NameKeys.Words(rest, lexicon));
                if (people.Contains(key) || (gazetteer.Lookup(words.Skip(afterTitles).ToArray()) & GazetteerCategory.Person) != 0)
                {
                    builder.Add(new Mention(new Text.TextSpan(mention.Span.Start + offsets[afterTitles], mention.Span.End), EntityKind.Person));
                    handled = true;
                }
            }
            // "Chinese counterpart Li Feng on Tuesday" tagged as an event: a role noun, then two or three capitalised
            // words, are a person.
            for (var k = 0; k < words.Length - 2 && !handled; k++)
            {
                if (!RoleRules.RoleNouns.Contains(words[k]) || !char.IsLower(words[k][0]))
                    continue;
                var count = words.Skip(k + 1).TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !lexicon.Titles.Contains(w)).Take(4).Count();
                if (count is 2 or 3 && (gazetteer.Lookup(words.Skip(k + 1).Take(count).ToArray()) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Org)) == 0)
                {
                    builder.Add(new Mention(new Text.TextSpan(mention.Span.Start + offsets[k + 1], mention.Span.Start + offsets[k + count] + words[k + count].Length), EntityKind.Person));
                    handled = true;
                }
            }
            if (!handled && mention.Kind is EntityKind.Org or EntityKind.Gpe or EntityKind.Other)
            {
                // The span's last word starts a title that goes on after it: "Shanghai Party" + "Secretary".
                var after = text[mention.Span.End..Math.Min(text.Length, mention.Span.End + 40)];
                var next = after.TrimStart().Split(' ', 2)[0];
                for (var i = words.Length - 1; i >= 1 && !handled; i--)
                {
                    var phrase = string.Join(' ', words.Skip(i)) + " " + next;
                    if (after.StartsWith(' ') && next.Length > 0 && char.IsUpper(next[0]) && lexicon.Titles.Contains(phrase) && !lexicon.Titles.Contains(string.Join(' ', words.Skip(i))))
                    {
                        builder.Add(mention with { Span = new Text.TextSpan(mention.Span.Start, mention.Span.Start + offsets[i] - 1) });
                        handled = true;
                    }
                }
            }
            if (!handled)
                builder.Add(mention);
        }
        return builder.ToImmutable();
    }

    // "Finance Minister Lan Fo'an", "Maj. Gen. Ray Holt": two or three capitalised words right after a title, followed by
    // no further capitalised word, are one person — whether the tagger left them untagged or tagged only part of them
    // ("Holt"), in which case the part grows to the whole name.
    private static ImmutableArray<Mention> NamesAfterTitles(string text, ImmutableArray<Mention> mentions, ImmutableArray<Token> tokens, EntityLexicon lexicon, Gazetteer gazetteer)
    {
        var kept = mentions.ToList();
        Mention? CoveringAt(int t) => kept.FirstOrDefault(m => m.Span.Overlaps(tokens[t].Span));
        for (var i = 1; i < tokens.Length; i++)
        {
            // A name starts with a capital letter; most tokens do not, and need no title lookup.
            if (!char.IsUpper(text[tokens[i].Span.Start]))
                continue;
            var titled = false;
            for (var length = Math.Min(lexicon.MaxTitleWords, i); length >= 1 && !titled; length--)
            {
                var words = Enumerable.Range(i - length, length).Select(t => tokens[t].Span.Of(text)).ToList();
                // "Grace King High School": a title word inside a capitalised name is not a title.
                var previous = i - length > 0 ? tokens[i - length - 1].Span.Of(text) : "";
                var inName = previous.Length > 0 && char.IsUpper(previous[0]) && lexicon.CountryOf(previous) is null
                    && !previous.EndsWith("'s", StringComparison.Ordinal) && !previous.EndsWith("’s", StringComparison.Ordinal)
                    && !text.AsSpan(tokens[i - length - 1].Span.End, tokens[i - length].Span.Start - tokens[i - length - 1].Span.End).Contains('\n');
                titled = !inName && char.IsUpper(words[0][0]) && lexicon.Titles.Contains(string.Join(' ', words));
            }
            if (!titled || CoveringAt(i) is { } first && (first.Kind != EntityKind.Person || first.Span.Start != tokens[i].Span.Start))
                continue;
            var end = i;
            var names = 0;
            var inside = new List<Mention>();
            while (end < tokens.Length && names < 4)
            {
                // A name does not run across a line break ("… President Xi" then a dateline).
                if (end > i && text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).Contains('\n'))
                    break;
                var word = tokens[end].Span.Of(text);
                if (CoveringAt(end) is { } covering)
                {
                    // A person the tagger found inside the name joins it; so does one word it took for something else
                    // that no list knows as a place or organisation ("Lena [Ortiz]").
                    var single = covering.Span == tokens[end].Span && !lexicon.Countries.ContainsKey(word)
                        && (gazetteer.Lookup([word]) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Org | GazetteerCategory.Demonym)) == 0;
                    if (covering.Span.Start != tokens[end].Span.Start || covering.Kind != EntityKind.Person && !single)
                        break;
                    inside.Add(covering);
                    while (end < tokens.Length && tokens[end].Span.Start < covering.Span.End)
                    {
                        if (char.IsLetter(tokens[end].Span.Of(text)[0]))
                            names++;
                        end++;
                    }
                    continue;
                }
                var joined = end > i && tokens[end].Span.Start == tokens[end - 1].Span.End && (word[0] is '\'' or '’' or '-');
                if (!joined && !(char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.')))
                    break;
                if (!joined && (lexicon.Titles.Contains(word) || lexicon.Countries.ContainsKey(word)))
                    break;
                if (!joined)
                    names++;
                end++;
                // "Ban Ki-moon's special envoy": the possessive ends the name.
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                    break;
            }
            if (names is < 2 or > 3 || end < tokens.Length && CoveringAt(end) is null && char.IsUpper(tokens[end].Span.Of(text)[0]) && tokens[end].Span.Of(text).Length > 1
                && !text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).Contains('\n'))
                continue;
            var span = new Text.TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            if ((gazetteer.Lookup(span.Of(text).Split(' ')) & (GazetteerCategory.Country | GazetteerCategory.Place | GazetteerCategory.Org)) != 0
                || PersonRules.InstitutionAfterName().IsMatch(" " + span.Of(text)[(span.Of(text).LastIndexOf(' ') + 1)..]))
                continue;
            if (inside.Count == 1 && inside[0].Span == span && inside[0].Kind == EntityKind.Person)
                continue; // the tagger had the whole name already
            foreach (var part in inside)
                kept.Remove(part);
            kept.Add(new Mention(span, EntityKind.Person));
            i = end;
        }
        return kept.Count == mentions.Length && kept.SequenceEqual(mentions) ? mentions : [.. kept.OrderBy(x => x.Span.Start)];
    }

    private static bool TitleBefore(string text, int start, EntityLexicon lexicon)
    {
        var before = text[Math.Max(0, start - 60)..start];
        if (before.Length == 0 || before[^1] != ' ')
            return false;
        var words = before.TrimEnd().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(lexicon.MaxTitleWords, words.Length); length >= 1; length--)
        {
            var phrase = string.Join(' ', words[^length..]);
            if (char.IsUpper(phrase[0]) && lexicon.Titles.Contains(phrase))
                return true;
        }
        return false;
    }

    // Drops "people" that are a title alone ("Gen."), a time ("9:05pm") or a pair of countries ("US-China").
    private static ImmutableArray<Mention> Tidy(string text, ImmutableArray<Mention> mentions, EntityLexicon lexicon, Gazetteer gazetteer)
    {
        var kept = ImmutableArray.CreateBuilder<Mention>(mentions.Length);
        foreach (var mention in mentions)
        {
            var surface = mention.Span.Of(text);
            if (mention.Kind == EntityKind.Person)
            {
                // "Ban Ki-moon's Special": a possessive ends the name.
                var possessive = surface.IndexOfAny(['\'', '’']);
                if (possessive > 0 && possessive + 2 < surface.Length && surface[possessive + 1] == 's' && surface[possessive + 2] == ' ')
                {
                    var cut = mention with { Span = new Text.TextSpan(mention.Span.Start, mention.Span.Start + possessive + 2) };
                    if (cut.Span.Of(text).Contains(' ', StringComparison.Ordinal))
                    {
                        kept.Add(cut);
                        continue;
                    }
                }
                if (lexicon.Titles.Contains(surface) || lexicon.TitleStarts.Contains(surface) || !char.IsLetter(surface[0]))
                    continue;
                // A short all-capitals word alone ("FAQ") is an acronym, not a person.
                if (surface.Length <= 4 && surface.All(c => !char.IsLower(c)))
                    continue;
                // "Stimson Center", "Thomson Reuters": an organisation's head word ends the name.
                var last = surface[(surface.LastIndexOf(' ') + 1)..];
                if (surface.Contains(' ') && OrganisationHeads.Contains(last))
                {
                    kept.Add(mention with { Kind = EntityKind.Org });
                    continue;
                }
                // "Second Thomas Shoal", "Scarborough Reef": a geographic feature's head word ends the name.
                if (surface.Contains(' ') && PlaceHeads.Contains(last))
                {
                    kept.Add(mention with { Kind = EntityKind.Loc });
                    continue;
                }
                // "Lee Kuan Yew School of Public Policy": a name that is part of an institution's name.
                if (PersonRules.InstitutionAfterName().IsMatch(text.AsSpan(mention.Span.End)))
                    continue;
                // "Fentanyl Action: …", "TikTok Law: …" opening a line of a summary is a label, unless the article names it
                // elsewhere. A lone name opening a line ("Blinken: …") is a transcript's speaker and stays.
                if (IsLineLabel(text, mention.Span, surface)
                    && text.IndexOf(surface, mention.Span.End, StringComparison.Ordinal) < 0 && text.LastIndexOf(surface, mention.Span.Start, StringComparison.Ordinal) < 0)
                    continue;
                if (surface.Contains('-') && surface.Split('-').All(part =>
                        lexicon.Countries.ContainsKey(part) || (gazetteer.Lookup([part]) & GazetteerCategory.Country) != 0))
                    continue;
            }
            // "April 19" in a caption is a date, whatever the tagger made of it.
            if (PersonRules.DateLike().IsMatch(surface))
                continue;
            kept.Add(mention);
        }
        return kept.ToImmutable();
    }
}
