using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Ingest;

namespace Dossier.Tests.Extraction.Entities;

public sealed class CreditReaderTests
{
    // Each case: a removed block or a caption written for these tests, then the credits as "Name=Title(of Owner)" joined by " | ".
    public static TheoryData<string, bool, string> Lines => new()
    {
        { "(Reporting by Ana Kovac; Additional reporting by Piotr Lenz and Mira Holt in Oslo; Editing by Tomas Berg)", false,
          "Ana Kovac=Reporter(of Wire Service) | Piotr Lenz=Contributing reporter(of Wire Service) | Mira Holt=Contributing reporter(of Wire Service) | Tomas Berg=Editor(of Wire Service)" },
        { "Additional reporting by Lea Stone, Omar Haddad, and Kim Ode in Bergen.", false,
          "Lea Stone=Contributing reporter(of Wire Service) | Omar Haddad=Contributing reporter(of Wire Service) | Kim Ode=Contributing reporter(of Wire Service)" },
        { "The minister arrives at the harbour in Tromso on May 2. Photo: Ines Moreau/Pool/AFP", true, "Ines Moreau=Photographer(of AFP)" },
        { "Fishing boats in the fjord at dawn © Reuters – Jon Vik", true, "Jon Vik=Photographer(of Reuters)" },
        { "File photo: Sara Lind, via Flickr.", true, "Sara Lind=Photographer" },
        { "Ministers meet in the capital. PHOTO: REUTERS", true, "" },
        // A removed "Read also" headline names people who are not credited for this report.
        { "Read also: Ana Kovac wins the regional chess title", false, "" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void ReadsReportersEditorsAndPhotographersFromCreditLines(string line, bool caption, string expected)
    {
        var raw = new RawArticle("t.txt", "", SourceKind.Text, "Body.", "0000000000000000", "utf-8");
        var doc = Doc.From(raw) with
        {
            Text = "Body.",
            Metadata = ArticleMetadata.Empty with
            {
                Wire = "Wire Service",
                Captions = caption ? [line] : [],
                Removed = caption ? [] : [line],
            },
        };
        var text = caption ? doc.Metadata.Captions[0] : doc.Metadata.Removed[0];
        var credits = CreditReader.Read(doc);
        Assert.Equal(expected, string.Join(" | ", credits.Select(c => $"{c.Span.Of(text)}={c.Title}{(c.Of is null ? "" : $"(of {c.Of})")}")));
    }

    [Fact]
    public void ABylineIsTheReporterOfTheOutlet()
    {
        var raw = new RawArticle("t.txt", "", SourceKind.Text, "Body.", "0000000000000000", "utf-8");
        var doc = Doc.From(raw) with { Metadata = ArticleMetadata.Empty with { Outlet = "The Fjord Times", Bylines = ImmutableArray.Create("Ada Berg", "Staff") } };
        var credit = Assert.Single(CreditReader.Read(doc));
        Assert.Equal(("bylines", 0, "Reporter", "The Fjord Times"), (credit.Field, credit.Index, credit.Title, credit.Of));
    }
}
