using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;

namespace Dossier.Export.Json;

/// <summary>Writes a corpus as the JSON export contract (<c>docs/export.md</c>, schema in <c>docs/export.schema.json</c>).</summary>
/// <remarks>Deterministic: the same store gives byte-identical output (every list sorted by a stable key, no clock).</remarks>
public static class JsonExporter
{
    /// <summary>The value of the top-level <c>format</c> field.</summary>
    public const string FormatName = "dossier-export";

    /// <summary>The contract version written.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="corpus"/> to <paramref name="output"/> as UTF-8 JSON.</summary>
    public static void Write(CorpusSnapshot corpus, Stream output)
    {
        JsonSerializer.Serialize(output, Build(corpus), Options);
        output.Write("\n"u8);
    }

    /// <summary>The export of <paramref name="corpus"/> as a string.</summary>
    public static string ToJson(CorpusSnapshot corpus) => JsonSerializer.Serialize(Build(corpus), Options) + "\n";

    /// <summary>One article as it appears in the export's <c>articles</c> list (also what <c>dossier extract --json</c> prints).</summary>
    public static string ArticleToJson(Doc doc) => JsonSerializer.Serialize(ToArticle(doc), Options);

    /// <summary>Several articles as a JSON array of export <c>articles</c> entries.</summary>
    public static string ArticlesToJson(IEnumerable<Doc> docs) => JsonSerializer.Serialize(docs.Select(ToArticle).ToImmutableArray(), Options) + "\n";

    private static ExportDocument Build(CorpusSnapshot corpus)
    {
        var articles = corpus.Articles.OrderBy(doc => doc.Id.Value, StringComparer.Ordinal).ToImmutableArray();
        return new ExportDocument(
            FormatName,
            FormatVersion,
            [.. articles.Select(ToArticle)],
            [.. corpus.Copies
                .OrderBy(c => c.Article.Value, StringComparer.Ordinal).ThenBy(c => c.Of.Value, StringComparer.Ordinal)
                .Select(c => new ExportCopy(c.Article.Value, c.Of.Value, c.Kind, Math.Round(c.Similarity, 4), c.Wire))],
            [.. corpus.Stories
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => new ExportStory(s.Id, s.Title, [.. s.Articles.Select(a => a.Value).Order(StringComparer.Ordinal)], s.Start, s.End, s.Summary,
                    Cite(s.SummaryEvidence),
                    [.. s.Explanation.OrderBy(e => e.Article.Value, StringComparer.Ordinal)
                        .Select(e => new ExportAssignment(e.Article.Value, e.Via?.Value, Math.Round(e.Score, 4), e.Terms, e.Names, e.Date))]))],
            [.. corpus.Entities
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new ExportEntity(e.Id, e.Name, TypeName(e.Kind), e.Aliases,
                    [.. e.Roles.Select(r => new ExportRole(r.Title, r.Of, r.AsOf, Cite(r.Evidence)))],
                    [.. e.Mentions.Select(m => new ExportMention(m.Article.Value, m.Start, m.End, m.Text))],
                    [.. e.SideMentions.Select(m => new ExportSideMention(m.Article.Value, m.Field, m.Index, m.Start, m.End, m.Text))]))],
            [.. articles.SelectMany(doc => doc.Dates
                .OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End)
                .Select(d => new ExportDate(doc.Id.Value, d.Span.Start, d.Span.End, doc[d.Span], d.Value)))],
            [.. corpus.Events
                .OrderBy(v => v.Id, StringComparer.Ordinal)
                .Select(v => new ExportEvent(v.Id, v.Category, v.Mode, v.Cameo, v.Actors, v.Targets, v.Place, v.Date, v.Status, v.Story, Cite(v.Evidence)))],
            [.. corpus.Quotes
                .OrderBy(q => q.Id, StringComparer.Ordinal)
                .Select(q => new ExportQuote(q.Id, q.Speaker, q.SpeakerText, q.Text, q.Direct, q.Article.Value, q.Start, q.End))],
            [.. corpus.Issues
                .OrderBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => new ExportIssue(i.Id, i.Name, i.Stories, [.. i.Positions.Select(p => new ExportPosition(p.Holder, p.Stance, Cite(p.Evidence)))], Cite(i.Evidence)))],
            [.. corpus.Contradictions
                .Select(c => new ExportContradiction(c.Claim, Cite(c.Evidence), c.Against, Cite(c.AgainstEvidence), c.Note, c.Kind, c.Agrees))]);
    }

    private static ExportArticle ToArticle(Doc doc)
    {
        var raw = doc.Raw;
        var metadata = doc.Metadata;
        return new ExportArticle(
            doc.Id.Value,
            raw.Source,
            raw.FileName,
            raw.ItemKey.Length == 0 ? null : raw.ItemKey,
            KindName(raw.Kind),
            metadata.Url,
            metadata.Outlet,
            metadata.Headline,
            metadata.Bylines,
            metadata.Wire,
            metadata.Published,
            [.. metadata.DateSignals.Select(s => new ExportDateSignal(s.Value, s.Source, s.Text))],
            metadata.Language,
            doc.Text,
            metadata.Captions,
            metadata.Removed,
            [.. metadata.Flags.Select(f => new ExportFlag(f.Code, f.Detail, Cite(f.Evidence)))],
            [.. doc.Diagnostics.Select(d => new ExportDiagnostic(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Stage, d.Message, d.Span?.Start, d.Span?.End))]);
    }

    private static ImmutableArray<ExportEvidence> Cite(ImmutableArray<Evidence> evidence) =>
        [.. evidence.Select(e => new ExportEvidence(e.Article.Value, e.Span.Start, e.Span.End, e.Text))];

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Html => "html",
        SourceKind.FeedItem => "feed-item",
        _ => "text",
    };

    private static string TypeName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PERSON",
        EntityKind.Org => "ORG",
        EntityKind.Gpe => "GPE",
        EntityKind.Loc => "LOC",
        EntityKind.Facility => "FACILITY",
        EntityKind.Event => "EVENT",
        _ => "OTHER",
    };
}
