using System.Text.RegularExpressions;
using Dossier.Briefing;

namespace Dossier.Tests.Briefing;

public sealed class BriefBuilderTests
{
    private static readonly Dossier.Corpus.CorpusSnapshot Corpus = BriefFixture.Build();

    private static StoryBrief Brief() => BriefBuilder.Build(Corpus, BriefBuilder.FindStory(Corpus, null)!);

    [Fact]
    public void EveryCitationQuotesTheSentenceThatHoldsItsEvidence()
    {
        var brief = Brief();
        var docs = Corpus.Articles.ToDictionary(d => d.Id);
        Assert.NotEmpty(brief.Citations);
        foreach (var citation in brief.Citations)
        {
            var doc = docs[citation.Evidence.Article];
            Assert.Equal(citation.Evidence.Text, doc[citation.Evidence.Span]);
        }
        // The meeting cites both reports, each at the sentence that says it.
        var meeting = brief.Timeline.Single(e => e.Mode == "meet");
        var cited = meeting.Citations.Select(n => brief.Citations[n - 1].Evidence.Text).ToList();
        Assert.Contains(cited, text => text.Contains("met her Sylvanian counterpart", StringComparison.Ordinal));
        Assert.Contains(cited, text => text.Contains("held talks with Piotr Lenz", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTimelineIsInDateOrderWithUndatedEventsLast()
    {
        var timeline = Brief().Timeline;
        Assert.Equal(["2024-03-04", "2024-04", "undated"], timeline.Select(e => e.Date ?? "undated").ToArray());
        Assert.Equal("planned", timeline[1].Status);
        Assert.Equal("Ana Kovac → Piotr Lenz: CONSULT (meet)", timeline[0].What);
        Assert.Equal("Capitol City", timeline[0].Place);
    }

    [Fact]
    public void SourcesMarkTheRewriteAndPutTheOriginalFirst()
    {
        var sources = Brief().Sources;
        Assert.Equal(["original", "rewrite"], sources.Select(s => s.Kind).ToArray());
        Assert.Equal(sources[0].Article, sources[1].CopyOf);
        Assert.All(sources, s => Assert.NotEmpty(s.Citations));
    }

    [Fact]
    public void PeopleCarryTheirRolesWithTheCountryNamed()
    {
        var kovac = Brief().People.First();
        Assert.Equal("Ana Kovac", kovac.Name);
        Assert.Equal(["Foreign Minister (Freedonia)"], kovac.Roles.ToArray());
    }

    [Fact]
    public void QuotesIssuesAndContradictionsAreCited()
    {
        var brief = Brief();
        var group = Assert.Single(brief.Quotes);
        Assert.Equal("Ana Kovac", group.Speaker);
        Assert.NotEmpty(Assert.Single(group.Quotes).Citations);
        Assert.NotEmpty(Assert.Single(Assert.Single(brief.Issues).Positions).Citations);
        var contradiction = Assert.Single(brief.Contradictions);
        Assert.NotEmpty(contradiction.Citations);
        Assert.NotEmpty(contradiction.AgainstCitations);
    }

    [Fact]
    public void EveryLineOfTheMarkdownBriefCitesASource()
    {
        var markdown = MarkdownBriefWriter.Write(Brief());
        var body = markdown[..markdown.IndexOf("## Citations", StringComparison.Ordinal)];
        var factLines = body.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal) && !line.StartsWith("- **Ana Kovac**\n", StringComparison.Ordinal)
            || line.StartsWith("  - ", StringComparison.Ordinal) || (line.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(line[2]))).ToList();
        Assert.NotEmpty(factLines);
        var uncited = factLines.Where(line => !Regex.IsMatch(line, @"\[\d+\]") && !line.TrimEnd().EndsWith("**", StringComparison.Ordinal)).ToList();
        Assert.Empty(uncited);
        var numbers = Regex.Matches(body, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).Distinct();
        var listed = Regex.Matches(markdown[markdown.IndexOf("## Citations", StringComparison.Ordinal)..], @"^- \[(\d+)\]", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal(numbers.Order(), listed.Order());
    }

    [Fact]
    public void TheHtmlBriefIsSelfContainedWithATimelineAndANetwork()
    {
        var html = HtmlBriefWriter.Write(Brief());
        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var id in new[] { "sources", "timeline", "network", "people", "quotes", "issues", "contradictions", "citations" })
            Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Contains("<svg class=\"timeline\"", html);
        Assert.Contains("<svg class=\"network\"", html);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.DoesNotContain("<script", html);
        foreach (Match cite in Regex.Matches(html, @"href=""#c(\d+)"""))
            Assert.Contains($"id=\"c{cite.Groups[1].Value}\"", html);
    }

    [Fact]
    public void TheNetworkHasOneWeightedEdgePerActorTargetAndCategory()
    {
        var network = Brief().Network;
        Assert.Equal(["e-freedonia", "e-kovac", "e-lenz"], network.Nodes.Select(n => n.Id).ToArray());
        Assert.Equal(3, network.Edges.Length);
        Assert.Contains(network.Edges, e => e.Source == "e-lenz" && e.Target == "e-freedonia" && e.Category == "THREATEN" && e.Weight == 1);
    }

    [Fact]
    public void TheLargestStoryIsChosenWhenNoneIsNamed()
    {
        var corpus = Corpus with { Stories = [.. Corpus.Stories, new Dossier.Corpus.Story("s-0", "Small", [Corpus.Articles[0].Id], null, null, "")] };
        Assert.Equal("s-1", BriefBuilder.FindStory(corpus, null)!.Id);
        Assert.Equal("s-0", BriefBuilder.FindStory(corpus, "s-0")!.Id);
        Assert.Null(BriefBuilder.FindStory(corpus, "s-9"));
    }
}
