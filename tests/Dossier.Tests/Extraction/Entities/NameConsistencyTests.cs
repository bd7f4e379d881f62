using Dossier.Documents;
using Dossier.Extraction.Entities;

namespace Dossier.Tests.Extraction.Entities;

public sealed class NameConsistencyTests
{
    private static List<List<(int Start, int End, EntityKind Kind)>> Apply(string[][] sentences, params List<(int, int, EntityKind)>[] spans)
    {
        var lists = spans.Select(s => s.ToList()).ToList();
        NameConsistency.Apply(NerModel.Default, sentences, lists);
        return lists;
    }

    [Fact]
    public void ASurnameAfterTheFullNameIsThePersonWhereverTheTaggerMissedOrMistypedIt()
    {
        string[][] sentences =
        [
            ["Environment", "Minister", "Adaeze", "Okonkwo", "spoke", "."],
            ["Okonkwo", "said", "the", "plan", "holds", "."],
            ["Critics", "of", "Okonkwo", "left", "."],
        ];
        var result = Apply(sentences, [(2, 4, EntityKind.Person)], [], [(2, 3, EntityKind.Org)]);
        Assert.Equal([(0, 1, EntityKind.Person)], result[1]);
        Assert.Equal([(2, 3, EntityKind.Person)], result[2]);
    }

    [Fact]
    public void ANameTakesTheKindMostOfItsMentionsGot()
    {
        string[][] sentences = [["Talks", "in", "Port", "Keller", "."], ["Port", "Keller", "is", "calm", "."], ["Port", "Keller", "waits", "."]];
        var result = Apply(sentences, [(2, 4, EntityKind.Gpe)], [(0, 2, EntityKind.Gpe)], [(0, 2, EntityKind.Person)]);
        Assert.Equal([(0, 2, EntityKind.Gpe)], result[2]);
    }

    [Fact]
    public void AMultiWordNameRecurringUntaggedIsTaggedButLowerCaseWordsAndOverlapsAreLeftAlone()
    {
        string[][] sentences = [["The", "Harbour", "Trust", "met", "."], ["Later", "the", "Harbour", "Trust", "voted", "."], ["A", "trust", "fund", "."]];
        var result = Apply(sentences, [(1, 3, EntityKind.Org)], [], []);
        Assert.Equal([(2, 4, EntityKind.Org)], result[1]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public void AGivenNameAloneAfterTheFullNameWrittenTwiceIsThePerson()
    {
        string[][] sentences =
        [
            ["Relatives", "of", "Teodoro", "Almanzar", "spoke", "."],
            ["Teodoro", "stayed", "home", "."],
            ["Teodoro", "Almanzar", "is", "six", "."],
        ];
        Assert.Empty(Apply(sentences[..2], [(2, 4, EntityKind.Person)], [])[1]); // a name tagged once may be a tagging slip
        var result = Apply(sentences, [(2, 4, EntityKind.Person)], [], [(0, 2, EntityKind.Person)]);
        Assert.Equal([(0, 1, EntityKind.Person)], result[1]);
    }

    [Fact]
    public void ACompanyNamedWithItsFormIsTheCompanyWhereverItsNameRecursWithoutIt()
    {
        string[][] sentences =
        [
            ["Harlan", "Voss", "Corp.", "cut", "jobs", "."],
            ["Harlan", "Voss", "makes", "pumps", "."],
            ["Orlik", "Co.", "agreed", "."],
            ["Orlik", "said", "so", "."],
        ];
        var result = Apply(sentences, [(0, 3, EntityKind.Org)], [(0, 2, EntityKind.Person)], [(0, 2, EntityKind.Org)], []);
        Assert.Equal([(0, 2, EntityKind.Org)], result[1]);
        Assert.Equal([(0, 1, EntityKind.Org)], result[3]);
    }

    [Fact]
    public void ACompanysFirstWordAloneIsTheCompanyUnlessItIsAListedNameOfSomethingElse()
    {
        string[][] sentences =
        [
            ["Harlow", "Voss", "Co.", "and", "American", "Vellum", "Corp.", "merged", "."],
            ["Harlow", "said", "profits", "rose", "."],
            ["American", "investors", "cheered", "."],
        ];
        var result = Apply(sentences, [(0, 3, EntityKind.Org), (4, 7, EntityKind.Org)], [(0, 1, EntityKind.Person)], [(0, 1, EntityKind.Other)]);
        Assert.Equal([(0, 1, EntityKind.Org)], result[1]);
        Assert.Equal([(0, 1, EntityKind.Other)], result[2]);
    }
}
