using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Tests.Extraction.Entities;

/// <summary>The people of the five real seed reports (read from <see cref="RepoPaths.Seeds"/> at run time).</summary>
public sealed class SeedEntityTests
{
    private static readonly Lazy<CorpusSnapshot> Seeds = new(() =>
    {
        var options = new IngestOptions();
        var reader = new SourceReader(options);
        var raws = SourceScanner.Expand([RepoPaths.Seeds], options, []).SelectMany(f => reader.Read(f).Articles).ToList();
        var pipeline = DossierPipeline.CreateDefault();
        var docs = pipeline.ProcessMany(raws);
        return pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.OrderBy(d => d.Id)] });
    });

    private static List<Entity> People(string name) =>
        [.. Seeds.Value.Entities.Where(e => e.Kind == EntityKind.Person && (e.Name == name || e.Aliases.Contains(name)))];

    public static TheoryData<string, string, string> Principals => new()
    {
        { "Antony Blinken", "Secretary of State", "United States" },
        { "Wang Yi", "Foreign Minister", "China" },
        { "Xi Jinping", "President", "China" },
        { "Joe Biden", "President", "United States" },
        { "Janet Yellen", "Treasury Secretary", "United States" },
        { "Chen Jining", "Party Secretary", "Shanghai" },
        { "Sergei Lavrov", "Foreign Minister", "Russia" },
    };

    [Theory]
    [MemberData(nameof(Principals))]
    public void EachPrincipalIsExactlyOneEntityWithTheRoleTheReportsState(string name, string title, string of)
    {
        var person = Assert.Single(People(name));
        Assert.Contains(person.Roles, r => r.Title == title && r.Of == of);
        Assert.Equal(1, Seeds.Value.Entities.Count(e => e.Aliases.Contains(name)));
    }

    [Fact]
    public void TheThreeWangsStayThreePeople()
    {
        var wangs = new[] { "Wang Yi", "Wang Wenbin", "Wang Huiyao" }.Select(n => Assert.Single(People(n)).Id).Distinct();
        Assert.Equal(3, wangs.Count());
    }

    [Fact]
    public void TheRoleDescriptionsOfTheSecretaryOfStateResolveToHim()
    {
        var blinken = Assert.Single(People("Antony Blinken"));
        Assert.Contains(blinken.Aliases, a => a.Contains("head of American diplomacy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PhotographersAndReportersCreditedOutsideTheBodyArePeople()
    {
        var credited = Seeds.Value.Entities.Where(e => e.Kind == EntityKind.Person && e.Mentions.IsEmpty && !e.SideMentions.IsEmpty).ToList();
        Assert.Contains(credited, e => e.Roles.Any(r => r.Title == "Photographer"));
        Assert.Contains(credited, e => e.Roles.Any(r => r.Title == "Contributing reporter"));
        Assert.Contains(credited, e => e.Roles.Any(r => r.Title == "Editor"));
    }

    [Fact]
    public void NamesInsideInstitutionNamesAndLabelsAreNotPeople()
    {
        Assert.Empty(People("Lee Kuan Yew"));
        Assert.DoesNotContain(Seeds.Value.Entities, e => e.Kind == EntityKind.Person && e.Name.Split(' ').Length == 1);
    }
}
