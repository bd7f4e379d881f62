using System.Collections.Concurrent;

namespace Dossier.Extraction.Entities;

/// <summary>Interns word shapes: there are few of them, so each is allocated once per process.</summary>
internal static class ShapeCache
{
    private static readonly ConcurrentDictionary<string, string> Shapes = new(StringComparer.Ordinal);

    public static string GetOrAdd(ReadOnlySpan<char> shape)
    {
        var lookup = Shapes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(shape, out var existing))
            return existing;
        var text = shape.ToString();
        return Shapes.GetOrAdd(text, text);
    }
}
