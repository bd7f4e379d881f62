using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Extraction.Events;

/// <summary>One event mention of a corpus event gold (<c>testdata/seeds-events.json</c>): where a report tells it
/// and what it is.</summary>
/// <param name="File">The report's file name.</param>
/// <param name="Trigger">The trigger words as they appear in the report's clean body.</param>
/// <param name="Occurrence">Which occurrence of <paramref name="Trigger"/> in the body (1 = the first).</param>
/// <param name="Category">PLOVER category.</param>
/// <param name="Actors">Actors as canonical entity names.</param>
/// <param name="Targets">Targets as canonical entity names.</param>
/// <param name="Place">Canonical place name, or null when the report names none.</param>
/// <param name="Date">TIMEX date as precise as the report allows, or null.</param>
/// <param name="Status"><c>happened</c>, <c>planned</c>, <c>expected</c> or <c>reported</c>.</param>
/// <param name="Event">The real-world event this mention tells; mentions with the same key are one event.</param>
public sealed record CorpusGoldEvent(string File, string Trigger, int Occurrence, string Category,
    ImmutableArray<string> Actors, ImmutableArray<string> Targets, string? Place, string? Date, string Status, string Event);

/// <summary>Reads a corpus event gold: <c>{"events": [{"file", "trigger", "occurrence", "category", "actors",
/// "targets", "place", "date", "status", "event", "note"}]}</c>.</summary>
public static class CorpusEventGold
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private sealed record FileShape(ImmutableArray<EventShape>? Events);

    private sealed record EventShape(string? File, string? Trigger, int? Occurrence, string? Category,
        ImmutableArray<string>? Actors, ImmutableArray<string>? Targets, string? Place, string? Date, string? Status, string? Event);

    /// <summary>The event mentions of a gold file, in file order.</summary>
    /// <exception cref="FormatException">The JSON is malformed or a mention lacks its file, trigger or category.</exception>
    public static ImmutableArray<CorpusGoldEvent> Parse(string json)
    {
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new FormatException(exception.Message.Split('\n')[0], exception);
        }
        if (file?.Events is not { } events)
            throw new FormatException("no \"events\" list");
        var result = ImmutableArray.CreateBuilder<CorpusGoldEvent>(events.Length);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if (string.IsNullOrEmpty(e.File) || string.IsNullOrEmpty(e.Trigger) || string.IsNullOrEmpty(e.Category))
                throw new FormatException($"event {i + 1} has no file, trigger or category");
            result.Add(new CorpusGoldEvent(e.File, e.Trigger, e.Occurrence ?? 1, e.Category, e.Actors ?? [], e.Targets ?? [],
                e.Place, e.Date, e.Status ?? "happened", string.IsNullOrEmpty(e.Event) ? $"#{i + 1}" : e.Event));
        }
        return result.ToImmutable();
    }
}
