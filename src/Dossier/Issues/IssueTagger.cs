using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Issues;

/// <summary>Tags each story with the bilateral issues its reports touch, from the lexicon in <see cref="IssueRules"/>,
/// each with the sentences that show it.</summary>
/// <remarks>
/// A story touches an issue when its own reports (copies are not counted twice) mention it at least
/// <see cref="IssueOptions.MinMentions"/> times. Evidence: the first mentioning sentence of up to
/// <see cref="IssueOptions.EvidencePerStory"/> reports. Positions (each side's stance) are not derived yet.
/// </remarks>
public sealed class IssueTagger(IssueOptions? options = null) : ICorpusStage
{
    private readonly IssueOptions _options = options ?? new IssueOptions();

    /// <inheritdoc />
    public StageInfo Info { get; } = new("issues", Layers.CleanText | Layers.Stories, Layers.Issues,
        "Bilateral issues each story touches (Taiwan, trade, fentanyl, …), from a lexicon, with cited sentences.");

    /// <inheritdoc />
    public CorpusSnapshot Run(CorpusSnapshot corpus, StageContext context)
    {
        var byId = corpus.Articles.ToDictionary(d => d.Id);
        var copies = corpus.Copies.Select(c => c.Article).ToHashSet();
        var stories = new Dictionary<string, List<string>>();
        var evidence = new Dictionary<string, List<Evidence>>();
        foreach (var story in corpus.Stories.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var reports = story.Articles.Where(a => byId.ContainsKey(a) && !copies.Contains(a)).Order().Select(a => byId[a]).ToList();
            foreach (var issue in IssueRules.Issues)
            {
                var mentions = 0;
                var cited = new List<Evidence>();
                foreach (var doc in reports)
                {
                    var count = issue.Pattern.Count(doc.Text);
                    if (count == 0)
                        continue;
                    mentions += count;
                    if (cited.Count < _options.EvidencePerStory && FirstSentence(doc, issue) is { } sentence)
                        cited.Add(sentence);
                }
                if (mentions < _options.MinMentions)
                    continue;
                if (!stories.TryGetValue(issue.Id, out var list))
                {
                    stories[issue.Id] = list = [];
                    evidence[issue.Id] = [];
                }
                list.Add(story.Id);
                evidence[issue.Id].AddRange(cited);
            }
        }
        var records = IssueRules.Issues
            .Where(issue => stories.ContainsKey(issue.Id))
            .Select(issue => new IssueRecord("i-" + issue.Id, issue.Name, [.. stories[issue.Id]], []) { Evidence = [.. evidence[issue.Id]] })
            .ToImmutableArray();
        return corpus with { Issues = records };
    }

    private static Evidence? FirstSentence(Doc doc, IssueRules.IssueDefinition issue)
    {
        var match = issue.Pattern.Match(doc.Text);
        if (!match.Success)
            return null;
        var spans = (doc.Layers & Layers.Sentences) != 0 && doc.Sentences.Length > 0 ? [.. doc.Sentences.Select(s => s.Span)] : RoughSentences.Split(doc.Text);
        var sentence = spans.FirstOrDefault(s => s.Start <= match.Index && match.Index < s.End);
        return sentence == default ? Evidence.Of(doc, new TextSpan(match.Index, match.Index + match.Length)) : Evidence.Of(doc, sentence);
    }
}
