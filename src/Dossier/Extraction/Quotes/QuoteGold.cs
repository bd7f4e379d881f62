using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Extraction.Quotes;

/// <summary>One hand-annotated direct quote: the report's file name, the first words of what was quoted, and who said
/// it (a canonical name, or an unnamed speaker's description as the report writes it).</summary>
/// <param name="File">The report's file name (no folder).</param>
/// <param name="Words">The first few words of the quote's content.</param>
/// <param name="Speaker">The speaker's canonical name or description.</param>
/// <param name="Note">Why the annotation is a judgement call, if it is one.</param>
public sealed record GoldQuote(string File, string Words, string Speaker, string? Note);

/// <summary>Reads a quote gold file: <c>{"quotes": [{"file", "words", "speaker", "note"?}, …]}</c>.</summary>
public static class QuoteGold
{
    /// <summary>The gold quotes, or empty when the file has no <c>quotes</c> list; entries missing a field are skipped.</summary>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    public static ImmutableArray<GoldQuote> Parse(string json)
    {
        using var gold = JsonDocument.Parse(json);
        if (gold.RootElement.ValueKind != JsonValueKind.Object || !gold.RootElement.TryGetProperty("quotes", out var list) || list.ValueKind != JsonValueKind.Array)
            return [];
        var result = ImmutableArray.CreateBuilder<GoldQuote>();
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || Text(entry, "file") is not { Length: > 0 } file
                || Text(entry, "words") is not { Length: > 0 } words || Text(entry, "speaker") is not { Length: > 0 } speaker)
                continue;
            result.Add(new GoldQuote(file, words, speaker, Text(entry, "note")));
        }
        return result.ToImmutable();
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
