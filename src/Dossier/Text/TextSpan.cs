using System.Text.Json.Serialization;

namespace Dossier.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's clean text.</summary>
/// <remarks>
/// Offsets count UTF-16 code units as .NET strings do, so <c>text[span.Start..span.End]</c> is the covered text.
/// A position <c>i</c> lies in the span when <c>Start &lt;= i &amp;&amp; i &lt; End</c>.
/// </remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must not exceed <paramref name="end"/>.</summary>
    // Without the attribute System.Text.Json would use the implicit parameterless struct constructor and read every span as 0-0.
    [JsonConstructor]
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First code unit covered.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit covered.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    [JsonIgnore]
    public bool IsEmpty => Start == End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"{Start}-{End}";
}
