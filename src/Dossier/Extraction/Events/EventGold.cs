using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Extraction.Events;

/// <summary>One expected event of the event gold file.</summary>
/// <param name="Trigger">The trigger words.</param>
/// <param name="Category">PLOVER category.</param>
/// <param name="Mode">PLOVER mode (empty for none).</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="Actors">Actor words as they appear.</param>
/// <param name="Targets">Target words as they appear.</param>
/// <param name="Status"><c>happened</c>, <c>planned</c>, <c>expected</c> or <c>reported</c>.</param>
public sealed record GoldEvent(string Trigger, string Category, string Mode, string Cameo, ImmutableArray<string> Actors, ImmutableArray<string> Targets, string Status);

/// <summary>One text of the event gold file and its expected events.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Text">The text.</param>
/// <param name="Events">The events it reports.</param>
public sealed record GoldEventItem(string Id, string Text, ImmutableArray<GoldEvent> Events);

/// <summary>Reads the event gold JSON (<c>eval/events/gold.json</c>): <c>{"items": [{"id", "text", "events": [...]}]}</c>.</summary>
public static class EventGold
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private sealed record FileShape(ImmutableArray<ItemShape>? Items);

    private sealed record ItemShape(string? Id, string? Text, ImmutableArray<EventShape>? Events);

    private sealed record EventShape(string? Trigger, string? Category, string? Mode, string? Cameo, ImmutableArray<string>? Actors, ImmutableArray<string>? Targets, string? Status);

    /// <summary>The items of a gold file.</summary>
    /// <exception cref="FormatException">The JSON is malformed or an item lacks its text or an event its trigger or category.</exception>
    public static ImmutableArray<GoldEventItem> Parse(string json)
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
        if (file?.Items is not { } items)
            throw new FormatException("no \"items\" list");
        var result = ImmutableArray.CreateBuilder<GoldEventItem>(items.Length);
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item.Text))
                throw new FormatException($"item {item.Id ?? "?"} has no text");
            var events = ImmutableArray.CreateBuilder<GoldEvent>();
            foreach (var e in item.Events ?? [])
            {
                if (string.IsNullOrEmpty(e.Trigger) || string.IsNullOrEmpty(e.Category))
                    throw new FormatException($"item {item.Id ?? "?"}: an event has no trigger or category");
                events.Add(new GoldEvent(e.Trigger, e.Category, e.Mode ?? "", e.Cameo ?? "", e.Actors ?? [], e.Targets ?? [], e.Status ?? "happened"));
            }
            result.Add(new GoldEventItem(item.Id ?? "", item.Text, events.ToImmutable()));
        }
        return result.ToImmutable();
    }
}
