using Dossier.Extraction.Dates;

namespace Dossier.Tests.Extraction.Dates;

public sealed class TimexValuesTests
{
    public static TheoryData<string?, string?, bool> Pairs => new()
    {
        { "1989-11-06T17", "1989-11-06T17:00", true },
        { "1989-10-27T24", "1989-10-27T24:00", true },
        { "P1E", "P10Y", true },
        { "P2Q", "P6M", true },
        { "P1W", "P7D", true },
        { "P1D", "PT24H", true },
        { "2024-04-26", "2024-04-26", true },
        { null, null, true },
        // Different times, however close, stay different.
        { "1989-11-06T17", "1989-11-06T17:30", false },
        { "P1Y", "P13M", false },
        { "PXE", "PXC", false },
        { "2024-W17", "2024-04-22", false },
        { "2024-04-26", null, false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void OnlyDifferentSpellingsOfTheSameTimeAreEquivalent(string? a, string? b, bool equivalent)
    {
        Assert.Equal(equivalent, TimexValues.Equivalent(a, b));
        Assert.Equal(equivalent, TimexValues.Equivalent(b, a));
    }
}
