using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Entities;

public sealed class EntityMergerTests
{
    private static readonly DossierPipeline Pipeline = DossierPipeline.CreateDefault();

    private static Doc Article(string text, string published = "2024-04-26")
    {
        var raw = new RawArticle("test.txt", "", SourceKind.Text, text, ArticleId.Hash(System.Text.Encoding.UTF8.GetBytes(text)), "utf-8");
        var doc = Pipeline.Process(raw);
        return doc with { Metadata = doc.Metadata with { Published = published } };
    }

    private static CorpusSnapshot Merge(params Doc[] docs) =>
        Pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs] });

    private static Entity Named(CorpusSnapshot corpus, string name) =>
        Assert.Single(corpus.Entities, e => e.Name == name);

    [Fact]
    public void TitlesInitialsAndSurnamesOfOnePersonAreOneEntity()
    {
        var doc = Article("""
            Officials expect a long visit this week in the capital of the country.

            Secretary of State Antony J. Blinken met Foreign Minister Wang Yi in Beijing on Friday.

            Mr. Blinken said the talks were useful. Blinken left on Saturday, and Antony Blinken will return in June.
            """);
        var blinken = doc.Mentions.Where(m => doc[m.Span].Contains("Blinken")).ToList();
        Assert.Equal(4, blinken.Count);
        Assert.Single(blinken.Select(m => m.EntityKey).Distinct());

        var entity = Named(Merge(doc), "Antony Blinken");
        Assert.Equal(EntityKind.Person, entity.Kind);
        Assert.Equal(4, entity.Mentions.Length);
    }

    [Fact]
    public void PeopleSharingASurnameStayApart()
    {
        var corpus = Merge(
            Article("Foreign Minister Wang Yi met the envoy in Beijing on Monday. Spokesman Wang Wenbin declined to comment on the talks."),
            Article("Analyst Wang Huiyao of the Center for China and Globalization said the talks in Beijing were useful."));
        var wangs = corpus.Entities.Where(e => e.Kind == EntityKind.Person && e.Name.StartsWith("Wang ", StringComparison.Ordinal)).Select(e => e.Name).Order();
        Assert.Equal(["Wang Huiyao", "Wang Wenbin", "Wang Yi"], wangs);
    }

    [Fact]
    public void TheSamePersonInTwoArticlesIsOneEntityAndASurnameAloneJoinsThem()
    {
        var corpus = Merge(
            Article("Treasury Secretary Janet Yellen arrived in Guangzhou on Thursday for talks with Chinese officials."),
            Article("Yellen told reporters in Beijing that the talks had been frank and useful."));
        var yellen = Named(corpus, "Janet Yellen");
        Assert.Equal(2, yellen.Mentions.Select(m => m.Article).Distinct().Count());
    }

    [Fact]
    public void RolesAreReadAsTheTextStatesThem()
    {
        var corpus = Merge(Article("""
            US Secretary of State Antony Blinken landed in Shanghai on Wednesday to begin a three-day visit.

            He met Chen Jining, Secretary of the Harbin Municipal Committee of the Party, on Thursday.

            China's Defence Minister Dong Jun spoke with reporters on Friday.
            """));
        var blinken = Assert.Single(Named(corpus, "Antony Blinken").Roles);
        Assert.Equal(("Secretary of State", "United States", "2024-04-26"), (blinken.Title, blinken.Of, blinken.AsOf));
        Assert.Contains("US Secretary of State Antony Blinken", blinken.Evidence.Single().Text);

        var chen = Assert.Single(Named(corpus, "Chen Jining").Roles);
        Assert.Equal(("Secretary", "Harbin Municipal Committee of the Party"), (chen.Title, chen.Of));

        var dong = Assert.Single(Named(corpus, "Dong Jun").Roles);
        Assert.Equal(("Defence Minister", "China"), (dong.Title, dong.Of));
    }

    [Fact]
    public void TwoTitledNamesJoinedByAndAreTwoPeopleAndASurnameTaggedAsAPlaceIsThePerson()
    {
        var corpus = Merge(Article("""
            Commerce Secretary Gina Raimondo and US Treasury Secretary Janet Yellen both travelled to Beijing last year.

            Antony Blinken arrived on Tuesday. Talks between Blinken and US officials went on for hours.
            """));
        var people = corpus.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).Order();
        Assert.Equal(["Antony Blinken", "Gina Raimondo", "Janet Yellen"], people);
        Assert.Equal(2, Named(corpus, "Antony Blinken").Mentions.Length);
    }

    [Fact]
    public void DemonymsAndAliasesStandForTheirCountry()
    {
        var corpus = Merge(
            Article("Chinese officials said the United States should lift the tariffs."),
            Article("The U.S. envoy met officials in China on Tuesday."));
        var china = Named(corpus, "China");
        Assert.Equal(EntityKind.Gpe, china.Kind);
        Assert.Contains("Chinese", china.Aliases);
        Assert.Contains("U.S.", Named(corpus, "United States").Aliases);
    }

    [Fact]
    public void AMisspelledPlaceJoinsTheCommonSpellingButNamesThatDifferMoreDoNot()
    {
        var entities = EntityMerger.Merge(
        [
            Keyed("a", "Talks in Guangzhou and Guangzhou again.", ("Guangzhou", "gpe:guangzhou"), ("Guangzhou", "gpe:guangzhou")),
            Keyed("b", "Talks in Guangzou went on.", ("Guangzou", "gpe:guangzou")),
            Keyed("c", "Talks in Hangzhou went on.", ("Hangzhou", "gpe:hangzhou")),
        ], EntityLexicon.Default);
        Assert.Equal(["Guangzhou", "Hangzhou"], entities.Select(e => e.Name).Order());
        Assert.Equal(3, entities.Single(e => e.Name == "Guangzhou").Mentions.Length);
    }

    [Fact]
    public void PeopleInCaptionsAndCreditsAreEntitiesWithSideMentionsAndTheirCreditAsRole()
    {
        var doc = Article("Foreign Minister Kari Dahl met envoys in Oslo on Monday. Dahl said the talks were useful.");
        doc = doc with
        {
            Metadata = doc.Metadata with
            {
                Outlet = "The Fjord Times",
                Bylines = ["Ada Berg"],
                Captions = ["Foreign Minister Kari Dahl greets Ambassador Lena Ortiz in Oslo. Photo: Ines Moreau/Pool/AFP"],
                Removed = ["(Reporting by Ada Berg; Editing by Tomas Berg)"],
            },
        };
        var corpus = Merge(doc);
        var dahl = Named(corpus, "Kari Dahl");
        Assert.Equal(2, dahl.Mentions.Length);
        Assert.Contains(dahl.SideMentions, m => m.Field == "captions" && m.Text == "Kari Dahl");
        var ortiz = Named(corpus, "Lena Ortiz");
        Assert.Empty(ortiz.Mentions);
        Assert.Contains(ortiz.Roles, r => r.Title == "Ambassador");
        Assert.Equal(("Photographer", "AFP"), Named(corpus, "Ines Moreau").Roles.Select(r => (r.Title, r.Of)).Single());
        var berg = Named(corpus, "Ada Berg");
        Assert.Equal(2, berg.SideMentions.Length);
        Assert.Equal(("Reporter", "The Fjord Times"), berg.Roles.Select(r => (r.Title, r.Of)).Single());
        Assert.Equal("Editor", Named(corpus, "Tomas Berg").Roles.Single().Title);
    }

    [Fact]
    public void AGarbledNameInOneReportJoinsThePersonButOtherPeopleSharingTheSurnameStayApart()
    {
        var corpus = Merge(
            Article("Foreign Minister Wang Yi met the envoy in Beijing on Monday. Wang Yi said ties were steady."),
            Article("Foreign Minister Wang Yi hosted talks on Tuesday, and Wang Yi spoke of a red line."),
            Article("Foreign Minister Wang Yee told the visitor that relations were fragile."),
            Article("Spokesman Wang Wenbin declined to comment, and analyst Wang Huiyao said the talks were useful."));
        var wangs = corpus.Entities.Where(e => e.Kind == EntityKind.Person && e.Name.StartsWith("Wang ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Wang Huiyao", "Wang Wenbin", "Wang Yi"], wangs.Select(e => e.Name).Order());
        Assert.Contains("Wang Yee", Named(corpus, "Wang Yi").Aliases);
    }

    [Fact]
    public void ADescriptionThatNamesNoOneIsTheOnePersonHoldingThatOffice()
    {
        var corpus = Merge(Article("""
            US Secretary of State Mara Quinn is expected in Oslo on Wednesday for talks with Norwegian leaders.

            The head of American diplomacy will also meet students, officials said.

            It is the first visit by an American Secretary of State since 2015.
            """));
        var quinn = Named(corpus, "Mara Quinn");
        Assert.Contains("The head of American diplomacy", quinn.Aliases);
        Assert.Equal(2, quinn.Mentions.Length);
        Assert.Equal(("Secretary of State", "United States"), quinn.Roles.Select(r => (r.Title, r.Of)).Single());
    }

    [Fact]
    public void AnOfficeWrittenWithoutItsHolderInASubheadingIsThePersonHoldingIt()
    {
        var corpus = Merge(Article("""
            Quinn starts a three-day visit to Norway

            US Secretary of State to meet students before talks in Oslo

            US Secretary of State Mara Quinn arrived in Oslo on Wednesday for talks with Norwegian leaders.
            """));
        var quinn = Named(corpus, "Mara Quinn");
        Assert.Contains(quinn.Aliases, a => a.Equals("US Secretary of State", StringComparison.Ordinal));
        Assert.Equal(2, quinn.Mentions.Length);
    }

    public static TheoryData<string, string, string, string?> StatedRoles => new()
    {
        { "Defense Secretary Tom Reyes spoke by video with his Chinese counterpart Li Feng on Tuesday.", "Li Feng", "Defence Minister", "China" },
        { "Foreign Minister Kari Dahl said she had told her US counterpart Mara Quinn about the plan.", "Mara Quinn", "Secretary of State", "United States" },
        { "Norway's foreign minister, Kari Dahl, was in Beijing earlier this month.", "Kari Dahl", "Foreign Minister", "Norway" },
        { "The growth is fragile, said Lars Eide, associate professor at the Oslo School of Economics in Norway.", "Lars Eide", "Associate professor", "Oslo School of Economics" },
        { "UN spokesman Tomas Berg stressed the importance of calm.", "Tomas Berg", "Spokesman", "UN" },
        { "The island swears in a new president, Ana Soto, next month.", "Ana Soto", "President", null },
        { "According to Pentagon press secretary Maj. Gen. Ray Holt, the call lasted an hour.", "Ray Holt", "Press Secretary", "Pentagon" },
        { "She also met Finance Minister Lan Fo'an over the weekend.", "Lan Fo'an", "Finance Minister", null },
        { "More trips may follow by US Treasury Secretary Ana Reyes and Commerce Secretary Tom Vik next month.", "Tom Vik", "Commerce Secretary", "United States" },
    };

    [Theory]
    [MemberData(nameof(StatedRoles))]
    public void RolesStatedAroundANameAreRead(string text, string person, string title, string? of)
    {
        var corpus = Merge(Article(text));
        Assert.Contains((title, of), Named(corpus, person).Roles.Select(r => (r.Title, r.Of)));
    }

    [Fact]
    public void InstitutionNamesSummaryLabelsAndLoneSentenceOpenersAreNotPeople()
    {
        var corpus = Merge(Article("""
            Defense Secretary Tom Reyes visited the Lars Eide School of Music in Oslo.

            Harbour Talks: Officials met for five hours on Monday.

            "Stiff competition needs steady diplomacy," Reyes said.
            """));
        Assert.Equal(["Tom Reyes"], corpus.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name));
    }

    private static Doc Keyed(string id, string text, params (string Words, string Key)[] mentions)
    {
        var raw = new RawArticle(id + ".txt", "", SourceKind.Text, text, id.PadRight(16, '0'), "utf-8");
        var found = new List<Mention>();
        var from = 0;
        foreach (var (words, key) in mentions)
        {
            var at = text.IndexOf(words, from, StringComparison.Ordinal);
            found.Add(new Mention(new Text.TextSpan(at, at + words.Length), EntityKind.Gpe, key));
            from = at + words.Length;
        }
        return Doc.From(raw) with { Text = text, Mentions = [.. found] };
    }
}
