using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Copies;

/// <summary>Short invented news texts (written for these tests) about one fictional event, in the forms copies take.</summary>
internal static class CopyTexts
{
    public const string Original = """
        VELLMAR (AFP) - The port city of Vellmar opened its new ferry terminal on Monday after four years of building work, Mayor Ilse Brandvik said.

        The terminal cost 240 million kroner and has 14 berths for ferries to the islands of Orsund and Kalve.

        "This terminal joins the islands to the mainland for the next fifty years," Brandvik told reporters at the opening ceremony.

        Harbour director Tomas Ekholm said the first ferry left for Orsund at 6:15 am with 312 passengers on board.

        The old terminal, built in 1962, will be demolished in the spring to make room for a public park.

        Critics in the city council had complained that the project ran 30 million kroner over budget.

        Ekholm said the extra cost came from stronger foundations needed after the storm of 2021.

        Ferry traffic to the islands has doubled in the last decade, according to figures from the regional transport office.

        © 2024 AFP
        """;

    // Same wire copy: a new top line, a few words changed, one paragraph dropped, an unrelated link inserted.
    public const string Syndicated = """
        THE COASTAL HERALD | Regional

        VELLMAR: The port city of Vellmar opened its new ferry terminal on Monday after four years of construction work, Mayor Ilse Brandvik said.

        The terminal cost 240 million kroner and has 14 berths for ferries to the islands of Orsund and Kalve.

        "This terminal joins the islands to the mainland for the next fifty years," Brandvik told reporters at the opening ceremony.

        Read also: Night buses return to the old town from June

        Harbour director Tomas Ekholm said the first ferry left for Orsund at 6:15 am with 312 passengers on board.

        The old terminal, built in 1962, will be knocked down in the spring to make room for a public park.

        Ekholm said the extra cost came from stronger foundations needed after the storm of 2021.

        Ferry traffic to the islands has doubled in the last decade, according to figures from the regional transport office.

        © 2024 AFP
        """;

    // Machine-spun: synonyms swapped, a name garbled, the same facts in the same order.
    public const string Spun = """
        Spread the love

        The harbour town of Vellmar unveiled its fresh ferry station on Monday after four years of construction labour, Mayor Ilse Brandvick stated.

        The station price 240 million kroner and possesses 14 moorings for ferries to the islands of Orsund and Kalve.

        "This station links the islands to the mainland for the following fifty years," Brandvick informed journalists at the opening ceremony.

        Harbour director Tomas Ekholm stated the initial ferry departed for Orsund at 6:15 am with 312 travellers on board.

        The previous station, constructed in 1962, shall be torn down in the spring to make space for a public park.

        Detractors in the municipal council had grumbled that the scheme ran 30 million kroner over budget.

        Ekholm stated the additional expense came from sturdier foundations required after the storm of 2021.
        """;

    // A summary: fewer, shorter sentences that keep the facts and their order.
    public const string Summary = """
        Vellmar Ferry Terminal: Key Points

        Vellmar opened its new ferry terminal on Monday after four years of building work.

        The terminal cost 240 million kroner and has 14 berths serving Orsund and Kalve.

        Harbour director Tomas Ekholm said the first ferry left for Orsund with 312 passengers.

        The old terminal from 1962 will be demolished in the spring for a public park.

        The project ran 30 million kroner over budget because of stronger foundations after the storm of 2021.
        """;

    // Another outlet's own report of the same event: same names and figures, its own sentences.
    public const string Independent = """
        Islanders cheered as the first boat pulled away from Vellmar's glass-roofed terminal at dawn on Monday.

        For Greta Lind, who commutes to a bakery on Orsund, the new building means a warm waiting room at last.

        Mayor Ilse Brandvik cut a ribbon in front of a crowd of several hundred, many of them carrying flags.

        The building has 14 berths, and the city says it will serve Orsund and Kalve for decades.

        Not everyone was celebrating: opposition councillor Hakon Rudd called the 30 million kroner overspend a scandal.

        Harbour director Tomas Ekholm defended the budget, pointing to the damage left by the storm of 2021.

        Ticket prices will stay the same until the end of the year, the ferry company said.
        """;

    public static Doc Doc(string text, string? published = null)
    {
        var hash = ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text));
        var raw = new RawArticle("test.txt", "", SourceKind.Text, text, hash, "utf-8");
        return new Doc
        {
            Id = raw.Id,
            Raw = raw,
            Text = text.Replace("\r\n", "\n", StringComparison.Ordinal),
            Layers = Layers.CleanText | Layers.Metadata,
            Metadata = new ArticleMetadata { Published = published },
        };
    }
}
