using System.Collections.Immutable;
using System.Text;
using Dossier.Corpus;
using Dossier.Evaluation;

namespace Dossier.Extraction.Quotes;

/// <summary>Scores of the direct quotes found in a folder of reports against a <see cref="QuoteGold"/> file.</summary>
/// <param name="Quotes">Direct-quote precision and recall: a found quote is right when it matches a gold quote of its report.</param>
/// <param name="SpeakerRight">Matched gold quotes whose found speaker is the gold speaker.</param>
/// <param name="SpeakerJudged">Matched gold quotes.</param>
/// <param name="Errors">One line per missed gold quote, extra found quote and wrong speaker, in report order.</param>
public sealed record QuoteGoldEvaluation(PrfScore Quotes, int SpeakerRight, int SpeakerJudged, ImmutableArray<string> Errors)
{
    /// <summary>Share of matched quotes whose speaker is right (1 when none matched).</summary>
    public double SpeakerAccuracy => SpeakerJudged == 0 ? 1 : (double)SpeakerRight / SpeakerJudged;
}

/// <summary>Matches the direct quotes a corpus run found against hand-annotated gold quotes.</summary>
/// <remarks>
/// A found quote matches a gold quote of the same report when its content starts with the gold words, or — for gold
/// words of three or more, so that one word like "responsibly" cannot hide inside a longer quote — contains them: a
/// quote broken by its attribution may be found as one quote and then matches both gold parts. Text is compared
/// lower-cased with curly quotes and apostrophes made straight and runs of white space made one space. A speaker is
/// right when the speaker entity's name or the speaker text, both without a leading "a", "an" or "the", equals the gold
/// speaker or contains it as whole words (so "US officials" is right for "US officials", and a description with more
/// words than the gold one still counts).
/// </remarks>
public static class QuoteGoldEvaluator
{
    /// <summary>Scores <paramref name="corpus"/> (articles, entities and quote records) against <paramref name="gold"/>.</summary>
    public static QuoteGoldEvaluation Score(CorpusSnapshot corpus, IReadOnlyList<GoldQuote> gold)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(gold);
        var names = corpus.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var quotesByArticle = corpus.Quotes.Where(q => q.Direct).GroupBy(q => q.Article)
            .ToDictionary(g => g.Key, g => g.OrderBy(q => q.Start).ThenBy(q => q.End).ToList());
        var tp = 0;
        var fp = 0;
        var fn = 0;
        var right = 0;
        var judged = 0;
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var article in corpus.Articles.OrderBy(a => a.Raw.FileName, StringComparer.Ordinal))
        {
            var file = article.Raw.FileName;
            var found = quotesByArticle.TryGetValue(article.Id, out var list) ? list : [];
            var expected = gold.Where(g => g.File == file).ToList();
            var contents = found.Select(q => Normalise(q.Text).TrimStart('"', '\'', ' ')).ToList();
            var matchedFound = new bool[found.Count];
            var match = new int[expected.Count];
            for (var i = 0; i < expected.Count; i++)
            {
                var words = Normalise(expected[i].Words);
                match[i] = contents.FindIndex(c => c.StartsWith(words, StringComparison.Ordinal));
                if (match[i] < 0 && words.Split(' ').Length >= 3)
                    match[i] = contents.FindIndex(c => c.Contains(words, StringComparison.Ordinal));
                if (match[i] < 0)
                {
                    fn++;
                    errors.Add($"{file}: missed \"{expected[i].Words}\" ({expected[i].Speaker})");
                    continue;
                }
                matchedFound[match[i]] = true;
                judged++;
                var quote = found[match[i]];
                var entity = quote.Speaker is { } id && names.TryGetValue(id, out var name) ? name : null;
                if (SpeakerMatches(expected[i].Speaker, entity, quote.SpeakerText))
                    right++;
                else
                    errors.Add($"{file}: speaker of \"{expected[i].Words}\" is {expected[i].Speaker}, found {(entity is null ? "" : entity + " / ")}\"{quote.SpeakerText}\"");
            }
            for (var k = 0; k < found.Count; k++)
            {
                if (matchedFound[k])
                {
                    tp++;
                    continue;
                }
                fp++;
                errors.Add($"{file}: extra \"{Lead(found[k].Text)}\" ({found[k].SpeakerText})");
            }
        }
        return new QuoteGoldEvaluation(new PrfScore(tp, fp, fn), right, judged, errors.ToImmutable());
    }

    /// <summary>True when the found speaker (entity name or speaker text) names <paramref name="gold"/>.</summary>
    internal static bool SpeakerMatches(string gold, string? entityName, string speakerText)
    {
        var wanted = WithoutDeterminer(Normalise(gold));
        foreach (var candidate in new[] { entityName, speakerText })
        {
            if (candidate is null)
                continue;
            var have = WithoutDeterminer(Normalise(candidate));
            if (have == wanted || (" " + have + " ").Contains(" " + wanted + " ", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string WithoutDeterminer(string phrase)
    {
        foreach (var determiner in new[] { "a ", "an ", "the " })
        {
            if (phrase.StartsWith(determiner, StringComparison.Ordinal))
                return phrase[determiner.Length..];
        }
        return phrase;
    }

    // The first five words, so an error listing never prints a whole sentence of the report.
    private static string Lead(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(5)) + (words.Length > 5 ? " …" : "");
    }

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c switch { '’' or '‘' or '`' => '\'', '“' or '”' or '«' or '»' => '"', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }
}
