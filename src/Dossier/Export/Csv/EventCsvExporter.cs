using System.Text;
using Dossier.Briefing;
using Dossier.Corpus;
using Dossier.Documents;

namespace Dossier.Export.Csv;

/// <summary>Writes one CSV row per event, with the columns event-data tools expect (RFC 4180 quoting, UTF-8).</summary>
/// <remarks>Several actors (or targets) of one event share a cell, separated by "; ". Rows are in date order, undated last.</remarks>
public static class EventCsvExporter
{
    /// <summary>The header row's column names.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "date", "actor", "actor_country", "target", "target_country", "plover_category", "mode", "cameo_code",
        "place", "status", "story", "source_article", "evidence_sentence",
    ];

    /// <summary>The events of <paramref name="corpus"/> as CSV text.</summary>
    public static string Write(CorpusSnapshot corpus)
    {
        var entities = corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var citations = new CitationIndex(corpus.Articles.ToDictionary(doc => doc.Id));
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var @event in corpus.Events.OrderBy(v => v.Date ?? "9999", StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal))
        {
            var evidence = @event.Evidence.FirstOrDefault();
            var number = evidence is null ? null : citations.Cite(evidence);
            var sentence = number is null ? null : citations.Get(number.Value).Evidence.Text;
            string[] row =
            [
                @event.Date ?? "",
                Names(@event.Actors, entities),
                Countries(@event.Actors, entities),
                Names(@event.Targets, entities),
                Countries(@event.Targets, entities),
                @event.Category,
                @event.Mode,
                @event.Cameo ?? "",
                @event.Place is null ? "" : Name(@event.Place, entities),
                @event.Status,
                @event.Story ?? "",
                evidence?.Article.Value ?? "",
                sentence ?? evidence?.Text ?? "",
            ];
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Names(IEnumerable<string> ids, IReadOnlyDictionary<string, Entity> entities) =>
        string.Join("; ", ids.Select(id => Name(id, entities)));

    private static string Name(string id, IReadOnlyDictionary<string, Entity> entities) =>
        entities.TryGetValue(id, out var entity) ? entity.Name : id;

    // A country is the entity itself when it is a place, else the "of" of its first role that names one.
    private static string Countries(IEnumerable<string> ids, IReadOnlyDictionary<string, Entity> entities) =>
        string.Join("; ", ids.Select(id =>
        {
            if (!entities.TryGetValue(id, out var entity))
                return "";
            if (entity.Kind == EntityKind.Gpe)
                return entity.Name;
            var of = entity.Roles.Select(r => r.Of).FirstOrDefault(o => o is not null);
            return of is null ? "" : Name(of, entities);
        }));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
