using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Evaluation;

/// <summary>A role a gold person holds: the title, and whose office it is (null: any owner, or none, is accepted).</summary>
public sealed record GoldRole(string Title, string? Of);

/// <summary>One person of a gold set, with other spellings the texts use and the roles they state.</summary>
public sealed record GoldPerson(string Name, ImmutableArray<string> Also, ImmutableArray<GoldRole> Roles);

/// <summary>Reads the <c>people</c> section of a demo folder's <c>gold.json</c> (<c>{"people": {"list": [...]}}</c>).</summary>
public static class PersonGold
{
    /// <summary>The gold people, or empty when the file has no <c>people</c> list.</summary>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    public static ImmutableArray<GoldPerson> Parse(string json)
    {
        using var gold = JsonDocument.Parse(json);
        if (!gold.RootElement.TryGetProperty("people", out var people) || !people.TryGetProperty("list", out var list) || list.ValueKind != JsonValueKind.Array)
            return [];
        var result = ImmutableArray.CreateBuilder<GoldPerson>();
        foreach (var entry in list.EnumerateArray())
        {
            if (!entry.TryGetProperty("name", out var name) || name.GetString() is not { Length: > 0 } text)
                continue;
            var also = entry.TryGetProperty("also", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToImmutableArray()
                : [];
            var roles = entry.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray()
                    .Where(x => x.TryGetProperty("title", out _))
                    .Select(x => new GoldRole(x.GetProperty("title").GetString()!, x.TryGetProperty("of", out var of) && of.ValueKind == JsonValueKind.String ? of.GetString() : null))
                    .ToImmutableArray()
                : [];
            result.Add(new GoldPerson(text, also, roles));
        }
        return result.ToImmutable();
    }
}
