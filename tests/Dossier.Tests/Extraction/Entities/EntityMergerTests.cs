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

            He met Chen Jining, Secretary of the Shanghai Municipal Committee of the Communist Party of China, on Thursday.

            China's Defence Minister Dong Jun spoke with reporters on Friday.
            """));
        var blinken = Assert.Single(Named(corpus, "Antony Blinken").Roles);
        Assert.Equal(("Secretary of State", "United States", "2024-04-26"), (blinken.Title, blinken.Of, blinken.AsOf));
        Assert.Contains("US Secretary of State Antony Blinken", blinken.Evidence.Single().Text);

        var chen = Assert.Single(Named(corpus, "Chen Jining").Roles);
        Assert.Equal(("Secretary", "Shanghai Municipal Committee of the Communist Party of China"), (chen.Title, chen.Of));

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
