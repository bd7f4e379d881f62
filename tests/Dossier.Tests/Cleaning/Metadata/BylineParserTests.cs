using Dossier.Cleaning.Metadata;

namespace Dossier.Tests.Cleaning.Metadata;

public sealed class BylineParserTests
{
    public static TheoryData<string, string[]> Bylines => new()
    {
        { "Jonas Berg", ["Jonas Berg"] },
        { "Jonas Berg and Ama Owusu", ["Jonas Berg", "Ama Owusu"] },
        { "Jonas Berg, Ama Owusu", ["Jonas Berg", "Ama Owusu"] },
        { "Jonas Berg in Bergen", ["Jonas Berg"] },
        { "Jonas Berg, Transport Correspondent", ["Jonas Berg"] },
        { "Ludo van der Berg", ["Ludo van der Berg"] },
        { "Staff Reporter", [] },
        { "Our Foreign Staff", [] },
        { "AFP", [] },
        { "Reuters Staff", [] },
        { "jonas@gazette.example", [] },
        { "News Desk", [] },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void Only_real_person_names_are_bylines(string text, string[] expected)
    {
        Assert.Equal(expected, BylineParser.Split(text));
    }
}
