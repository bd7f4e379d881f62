using Dossier.Documents;

namespace Dossier.Extraction.Entities;

/// <summary>The tagger's tag set: O, then Begin/Inside/Last/Unit for each <see cref="EntityKind"/>.</summary>
internal static class BilouTags
{
    public const int KindCount = 7;
    public const int Count = 1 + 4 * KindCount;
    public const int O = 0;

    public static int Begin(EntityKind kind) => 1 + 4 * (int)kind;
    public static int Inside(EntityKind kind) => 2 + 4 * (int)kind;
    public static int Last(EntityKind kind) => 3 + 4 * (int)kind;
    public static int Unit(EntityKind kind) => 4 + 4 * (int)kind;

    public static EntityKind KindOf(int tag) => (EntityKind)((tag - 1) / 4);

    /// <summary>0 O, 1 B, 2 I, 3 L, 4 U.</summary>
    public static int PositionOf(int tag) => tag == O ? 0 : (tag - 1) % 4 + 1;

    public static string Name(int tag) => tag == O ? "O" : "BILU"[PositionOf(tag) - 1] + "-" + KindOf(tag);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1 at sentence start), and end the sentence when <paramref name="last"/>.</summary>
    public static bool Allowed(int previous, int tag, bool last)
    {
        var position = PositionOf(tag);
        var open = previous > 0 && PositionOf(previous) is 1 or 2;
        if (open)
            return position is 2 or 3 && KindOf(tag) == KindOf(previous) && (position == 3 || !last);
        return position is 0 or 4 || (position == 1 && !last);
    }

    /// <summary>Tags for gold spans over <paramref name="length"/> tokens.</summary>
    public static int[] Encode(int length, IEnumerable<EntitySpan> spans)
    {
        var tags = new int[length];
        foreach (var span in spans)
        {
            if (span.End - span.Start == 1)
            {
                tags[span.Start] = Unit(span.Kind);
                continue;
            }
            tags[span.Start] = Begin(span.Kind);
            for (var i = span.Start + 1; i < span.End - 1; i++)
                tags[i] = Inside(span.Kind);
            tags[span.End - 1] = Last(span.Kind);
        }
        return tags;
    }

    /// <summary>Spans from a valid tag sequence.</summary>
    public static List<(int Start, int End, EntityKind Kind)> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, EntityKind)>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            switch (PositionOf(tags[i]))
            {
                case 4:
                    spans.Add((i, i + 1, KindOf(tags[i])));
                    start = -1;
                    break;
                case 1:
                    start = i;
                    break;
                case 3 when start >= 0:
                    spans.Add((start, i + 1, KindOf(tags[i])));
                    start = -1;
                    break;
                case 0:
                    start = -1;
                    break;
            }
        }
        return spans;
    }
}
