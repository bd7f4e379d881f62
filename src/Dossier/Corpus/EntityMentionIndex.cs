using Dossier.Documents;

namespace Dossier.Corpus;

/// <summary>Every merged entity's mentions, grouped by the article they occur in (entity order, then mention order).</summary>
internal static class EntityMentionIndex
{
    public static Dictionary<ArticleId, List<(string Entity, EntityMention Mention)>> ByArticle(CorpusSnapshot corpus) =>
        corpus.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e.Id, Mention: m)))
            .GroupBy(x => x.Mention.Article)
            .ToDictionary(g => g.Key, g => g.ToList());
}
