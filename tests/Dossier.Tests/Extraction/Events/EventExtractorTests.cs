using Dossier.Documents;
using Dossier.Extraction.Events;
using Dossier.Extraction.Quotes;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Events;

public sealed class EventExtractorTests
{
    private static readonly DossierPipeline Pipeline = DossierPipeline.CreateDefault();

    // Each case: why, the text, then every event as "CATEGORY/mode/cameo trigger A[actors] T[targets] @place status".
    public static TheoryData<string, string, string> Cases => new()
    {
        { "a meeting that happened, with its place", "Foreign Minister Ana Lopez met Premier Li Wei in Hanoi.", "CONSULT//040 met A[Foreign Minister Ana Lopez] T[Premier Li Wei] @Hanoi happened" },
        { "a planned meeting", "Lopez will meet with Li in Hanoi on Friday.", "CONSULT//040 meet with A[Lopez] T[Li] @Hanoi planned" },
        { "an expected meeting", "Lopez is expected to meet Li next week.", "CONSULT//040 meet A[Lopez] T[Li] @- expected" },
        { "set to", "Lopez is set to visit Hanoi.", "CONSULT/visit/042 visit A[Lopez] T[] @Hanoi planned" },
        { "may", "Lopez may visit Hanoi.", "CONSULT/visit/042 visit A[Lopez] T[] @Hanoi expected" },
        { "a postponed visit stays a plan", "Lopez visited Hanoi after the trip was postponed twice.", "CONSULT/visit/042 visited A[Lopez] T[] @Hanoi planned" },
        { "a visit noun with its possessor", "Lopez's visit to Hanoi ended on Monday.", "CONSULT/visit/042 visit to A[Lopez] T[] @Hanoi happened" },
        { "held talks", "The two ministers held talks in Geneva.", "CONSULT//046 held talks A[The two ministers] T[] @Geneva happened" },
        { "a video call carried by a light verb", "Defence Minister Omar Haddad held a video call with his counterpart Ruth Adler.", "CONSULT/phone/041 video call A[Defence Minister Omar Haddad] T[his counterpart Ruth Adler] @- happened" },
        { "spoke by phone", "The two presidents spoke by phone on Tuesday.", "CONSULT/phone/041 spoke by phone A[The two presidents] T[] @- happened" },
        { "two actors joined by and", "Lopez and Li agreed to reopen the border.", "AGREE//030 agreed A[Lopez; Li] T[] @- happened" },
        { "hosting", "President Mara Quist hosted Chancellor Ben Oduya.", "CONSULT/visit/043 hosted A[President Mara Quist] T[Chancellor Ben Oduya] @- happened" },
        { "a warning", "The ministry warned Washington against new tariffs.", "THREATEN//130 warned A[The ministry] T[Washington] @- happened" },
        { "an appeal", "The envoy urged Ruritania to release the sailors.", "REQUEST//100 urged A[The envoy] T[Ruritania] @- happened" },
        { "an accusation", "Ruritania accused Freedonia of spying.", "ACCUSE/allege/112 accused A[Ruritania] T[Freedonia] @- happened" },
        { "criticism", "The council criticised the government.", "ACCUSE/disapprove/111 criticised A[The council] T[the government] @- happened" },
        { "sanctions", "Freedonia imposed sanctions on Ruritania.", "COERCE/restrict/163 imposed sanctions on A[Freedonia] T[Ruritania] @- happened" },
        { "a bill", "The parliament passed a bill on shipping.", "COERCE/restrict/172 passed a bill A[The parliament] T[] @- happened" },
        { "a deployment", "Ruritania deployed troops to the border.", "MOBILIZE/troops/154 deployed A[Ruritania] T[] @- happened" },
        { "exercises", "Freedonia held military exercises near the strait.", "MOBILIZE//150 held military exercises A[Freedonia] T[] @- happened" },
        { "a pledge", "The bank pledged new loans.", "AGREE//030 pledged A[The bank] T[] @- happened" },
        { "reported speech", "Officials said Lopez had met Li in Hanoi.", "CONSULT//040 met A[Lopez] T[Li] @Hanoi reported" },
        { "a press conference is not pressure", "Lopez spoke at a press conference.", "" },
        { "a noun visit without an actor or target is dropped", "The visit was long.", "" },
        { "talks with a time adjunct before 'with'", "Lopez flies to Hanoi for talks on Friday with Premier Li Wei.", "CONSULT//046 talks on Friday with A[Lopez] T[Premier Li Wei] @Hanoi planned" },
        { "a call in which one side told the other", "It followed an angry phone call on Monday in which Premier Li Wei told Lopez to stay out.", "CONSULT/phone/041 phone call A[Premier Li Wei] T[Lopez] @- happened" },
        { "a coordinated verb shares the clause's subject", "Lopez will hold meetings in Hanoi and may meet with Premier Li Wei.", "CONSULT//040 meet with A[Lopez] T[Premier Li Wei] @Hanoi expected" },
        { "an apposed name is the target", "Lopez spoke with Freedonia's defence minister, Adm. Li Wei, by video.", "CONSULT//040 spoke with A[Lopez] T[Adm. Li Wei] @- happened" },
    };

    // Rules added while checking the seed reports by hand (own sentences, same dump format).
    public static TheoryData<string, string, string> SeedRuleCases => new()
    {
        { "a heading before a colon is not the subject", "Key Moves: Lopez met with Premier Li Wei.", "CONSULT//040 met with A[Lopez] T[Premier Li Wei] @- happened" },
        { "a day between a verb and its particle", "Lopez called Tuesday on Ruritania to free the sailors.", "REQUEST//100 called Tuesday on A[Lopez] T[Ruritania] @- happened" },
        { "a hyphenated pair of names holds the meeting", "A Lopez-Li meeting in Hanoi eased tensions.", "CONSULT//040 meeting A[Lopez; Li] T[] @Hanoi happened" },
        { "a possessed journey with a time and place is a visit", "Lopez will begin her visit Monday in Hanoi.", "CONSULT/visit/042 visit A[her] T[] @Hanoi planned" },
        { "a possessed journey without one is not", "Her visit was long and tiring.", "" },
        { "an infinitive describing someone reports nothing", "Lopez, the first minister to visit Hanoi in a decade, spoke at length.", "" },
        { "a purpose infinitive is not a destination", "Lopez's visit to ease tensions drew praise.", "" },
        { "a name in apposition before the verb acts", "The governor of the province, Omar Haddad, welcomed Lopez.", "CONSULT/visit/043 welcomed A[Omar Haddad] T[Lopez] @- happened" },
        { "the agent of a passive acts", "The law passed by Congress on Monday bans the app.", "COERCE/restrict/172 law passed A[Congress] T[] @- happened" },
        { "adverbials between subject and verb", "Ruritania has in recent weeks accused Freedonia of spying.", "ACCUSE/allege/112 accused A[Ruritania] T[Freedonia] @- happened" },
        { "a fronted participle clause: the main subject met", "Speaking after a meeting with Lopez, Premier Li Wei praised the talks.", "CONSULT//040 meeting with A[Premier Li Wei] T[Lopez] @- happened" },
        { "a meeting noun nobody holds is no event", "The reluctance to engage in talks with Freedonia is clear.", "" },
        { "a place in a relative clause is not the meeting's", "Lopez met students at the campus, where she hoped to teach in Freedonia.", "CONSULT//040 met A[Lopez] T[students] @- happened" },
        { "a place in an opening subordinate clause is not the call's", "After a strike in Tarsis, Lopez spoke with Li.", "CONSULT//040 spoke with A[Lopez] T[Li] @- happened" },
        { "a hope is expected, not planned", "Lopez expressed optimism that she would eventually hold talks with Li.", "CONSULT//046 hold talks A[she] T[Li] @- expected" },
        { "a present tense under a plan is planned", "The next stop is set to be harder when Lopez meets Li.", "CONSULT//040 meets A[Lopez] T[Li] @- planned" },
        { "a present journey with a time to come is planned", "Lopez heads to Hanoi this weekend.", "CONSULT/visit/042 heads to A[Lopez] T[] @Hanoi planned" },
        { "a summit between two leaders", "The summit between Lopez and Li ended early.", "CONSULT//040 summit between A[Lopez; Li] T[] @- happened" },
        { "discussions after an opening adverb", "Notably, Li smiled often during discussions with Lopez.", "CONSULT//040 discussions with A[Li] T[Lopez] @- happened" },
        { "an encouragement is an appeal", "Lopez will encourage Freedonia to show restraint.", "REQUEST//100 encourage A[Lopez] T[Freedonia] @- planned" },
        { "a gerund meeting with its guest named", "Lopez flew to Hanoi for likely meeting President Li Wei.", "CONSULT//040 meeting A[Lopez] T[President Li Wei] @- expected" },
        { "a meeting noun after a determiner is not a gerund", "The meeting Lopez wanted never came.", "" },
        { "a possessed journey the sentence places", "Lopez is expected in Hanoi on Monday for her second visit in a year.", "CONSULT/visit/042 visit A[her] T[] @Hanoi expected" },
        { "a possessed journey someone hopes for is not one", "Analysts hold low hopes for her visit.", "" },
        { "two verbs sharing an object", "Ruritanian officials have met or called their Freedonian counterparts.", "CONSULT//040 met A[Ruritanian officials] T[their Freedonian counterparts] @- happened" },
        { "unnamed officials of a named place", "The next stop is set to be harder when Lopez meets top cadres in Tarsis.", "CONSULT//040 meets A[Lopez] T[top cadres in Tarsis] @Tarsis planned" },
        { "a plan nobody announced is only expected", "Hanoi has not announced plans for Lopez to meet Li.", "CONSULT//040 meet A[Lopez] T[Li] @- expected" },
        { "a postponement marks only the event next to it", "A Lopez-Li meeting eased fears, prompting Omar Haddad to postpone a visit to Tarsis.", "CONSULT//040 meeting A[Lopez; Li] T[] @- happened | CONSULT/visit/042 visit to A[Omar Haddad] T[] @Tarsis planned" },
    };

    [Theory]
    [MemberData(nameof(SeedRuleCases))]
    public void AppliesTheRulesFoundOnTheSeedReports(string because, string text, string expected) =>
        CodesEventsWithActorsTargetsPlaceAndStatus(because, text, expected);

    // Rules of the second pass over the seed reports (own sentences, same dump format).
    public static TheoryData<string, string, string> SecondPassCases => new()
    {
        { "engaging with someone is a meeting", "Lopez engaged with Premier Li Wei on Monday.", "CONSULT//040 engaged with A[Lopez] T[Premier Li Wei] @- happened" },
        { "a pit stop made in a place is a visit", "Lopez made a brief pit stop in Tarsis.", "CONSULT/visit/042 pit stop A[Lopez] T[] @Tarsis happened" },
        { "a stopover is a visit", "Minister Ana Lopez made a stopover in Tarsis on her way home.", "CONSULT/visit/042 stopover A[Minister Ana Lopez] T[] @Tarsis happened" },
        { "a person who was in a named place visited it", "Minister Ana Lopez was in Hanoi last week.", "CONSULT/visit/042 was in A[Minister Ana Lopez] T[] @Hanoi happened" },
        { "being in talks is no visit", "Minister Ana Lopez was in talks about the loan.", "" },
        { "a thing in a place is no visit", "The cargo ship was in Tarsis for repairs.", "" },
        { "a participle in apposition to a name is a visit", "Ana Lopez, visiting the governor of the province, praised the plan.", "CONSULT/visit/042 visiting A[Ana Lopez] T[the governor] @- happened" },
        { "a visiting delegation describes, it reports no visit", "The visiting delegation toured the port.", "" },
        { "the named members of a group are the guests", "Li recently entertained several foreign leaders including Chancellor Ben Oduya.", "CONSULT/visit/043 entertained A[Li] T[Chancellor Ben Oduya] @- happened" },
        { "a gerund after an opening 'before' belongs to the main subject", "A day before meeting Premier Li Wei, Lopez toured a market.", "CONSULT//040 meeting A[Lopez] T[Premier Li Wei] @- planned" },
        { "a list in the opening clause is not the main subject", "Before meeting Premier Li Wei to discuss trade, Ruritania and Tarsis, Lopez toured a market.", "CONSULT//040 meeting A[Lopez] T[Premier Li Wei] @- planned" },
        { "a government head ends the guest's description", "Lopez will meet Hanoi’s top brass on Friday.", "CONSULT//040 meet A[Lopez] T[Hanoi’s top brass] @- planned" },
        { "a list in a purpose clause does not name the guests", "Lopez will meet Hanoi’s top brass to tackle issues including Tarsis.", "CONSULT//040 meet A[Lopez] T[Hanoi’s top brass] @- planned" },
        { "a meeting noun taking up the meeting just told", "Lopez wanted to meet Li again, although a meeting had taken place in June.", "CONSULT//040 meet A[Lopez] T[Li] @- planned | CONSULT//040 meeting A[Lopez] T[Li] @- happened" },
        { "a meeting noun after another kind of event is no meeting", "Lopez urged Li to act, and a meeting was arranged.", "REQUEST//100 urged A[Lopez] T[Li] @- happened" },
        { "a caution is a warning", "Premier Li Wei cautioned Ruritania against new tariffs.", "THREATEN//130 cautioned A[Premier Li Wei] T[Ruritania] @- happened" },
        { "alleging that is accusing", "Ruritania has repeatedly alleged that Freedonia spies on its ports.", "ACCUSE/allege/112 alleged that A[Ruritania] T[] @- happened" },
        { "an alleged strike is not an allegation", "An alleged strike hit the port.", "" },
        { "a snub is a rejection", "Ruritania snubbed Lopez at the summit.", "REJECT//120 snubbed A[Ruritania] T[Lopez] @- happened" },
        { "an invasion is a fight", "Ruritania invaded Freedonia in March.", "FIGHT//190 invaded A[Ruritania] T[Freedonia] @- happened" },
        { "a relative pronoun stands for the name before it", "Lopez met Premier Li Wei, who cautioned against haste.", "CONSULT//040 met A[Lopez] T[Premier Li Wei] @- happened | THREATEN//130 cautioned A[Premier Li Wei] T[] @- happened" },
        { "a snub after a hope of talks", "Lopez voiced hope that she might hold talks with Li after Ruritania snubbed her at a summit.", "CONSULT//046 hold talks A[she] T[Li] @- expected | REJECT//120 snubbed A[Ruritania] T[] @- happened" },
        { "what nobody announced is not someone's report", "Hanoi has not announced plans for Lopez to meet Li, although a meeting was held in June.", "CONSULT//040 meet A[Lopez] T[Li] @- expected | CONSULT//040 meeting A[Lopez] T[Li] @- happened" },
        { "a description opening the sentence holds the talks", "The head of Ruritanian diplomacy will have talks with Freedonian leaders.", "CONSULT//046 have talks A[The head of Ruritanian diplomacy] T[Freedonian leaders] @- planned" },
    };

    [Theory]
    [MemberData(nameof(SecondPassCases))]
    public void AppliesTheRulesOfTheSecondSeedPass(string because, string text, string expected) =>
        CodesEventsWithActorsTargetsPlaceAndStatus(because, text, expected);

    // Rules of the third pass: arguments (places, targets) and triggers the first two passes missed (own sentences).
    public static TheoryData<string, string, string> ArgumentCases => new()
    {
        { "a where-clause after a place happened there", "Lopez made a brief stopover in Tarsis, where she met students.", "CONSULT/visit/042 stopover A[Lopez] T[] @Tarsis happened | CONSULT//040 met A[she] T[students] @Tarsis happened" },
        { "a described destination names its place", "Minister Ana Lopez visited the port city of Tarsis on Monday.", "CONSULT/visit/042 visited A[Minister Ana Lopez] T[] @Tarsis happened" },
        { "a meeting takes the place of the visit told before", "Lopez began her visit to Tarsis in the morning.\n\nGovernor Omar Haddad welcomed Lopez warmly.\n\nLopez also met students.", "CONSULT/visit/042 visit to A[Lopez] T[] @Tarsis happened | CONSULT/visit/043 welcomed A[Governor Omar Haddad] T[Lopez] @Tarsis happened | CONSULT//040 met A[Lopez] T[students] @Tarsis happened" },
        { "a tour through two places carries neither", "Lopez visited Tarsis and then travelled to Hanoi.\n\nLopez also met students.", "CONSULT/visit/042 visited A[Lopez] T[] @Tarsis happened | CONSULT/visit/042 travelled to A[Lopez] T[] @Hanoi happened | CONSULT//040 met A[Lopez] T[students] @- happened" },
        { "a plan is not placed by a visit that happened", "Lopez arrived in Tarsis on Monday.\n\nLopez will meet students.", "CONSULT/visit/042 arrived in A[Lopez] T[] @Tarsis happened | CONSULT//040 meet A[Lopez] T[students] @- planned" },
        { "someone else's visit places nothing", "Haddad arrived in Tarsis on Monday.\n\nLopez met students.", "CONSULT/visit/042 arrived in A[Haddad] T[] @Tarsis happened | CONSULT//040 met A[Lopez] T[students] @- happened" },
        { "a bill's target is whom it forces", "The parliament passed a bill forcing the sale of Orbit Media to a local buyer.", "COERCE/restrict/172 passed a bill A[The parliament] T[Orbit Media] @- happened" },
        { "a law requiring something of a company", "The law passed by Congress on Monday requiring that the popular Orbit app be sold drew protests.", "COERCE/restrict/172 law passed A[Congress] T[Orbit] @- happened" },
        { "a bill that only funds someone targets no one", "The Senate moved ahead on Sunday with a measure that adds money for Tarsis.", "COERCE/restrict/172 moved ahead on Sunday with A[The Senate] T[] @- happened" },
        { "a time before 'with' in a law's passage", "The Senate moved ahead this weekend with the legislation.", "COERCE/restrict/172 moved ahead this weekend with A[The Senate] T[] @- happened" },
        { "moving ahead with talks is no law", "The Senate moved ahead with talks on the budget.", "" },
        { "an allegation blames the other country it names", "Norway has repeatedly alleged that Norwegian sailors were questioned at Swedish ports.", "ACCUSE/allege/112 alleged that A[Norway] T[Swedish] @- happened" },
        { "a warning about a country's exports targets the country", "Norway warns about Swedish exports of fuel.", "THREATEN//130 warns A[Norway] T[Swedish] @- happened" },
        { "a plural subject makes a base form a present tense", "Norwegian officials warn Swedish companies are selling fuel.", "THREATEN//130 warn A[Norwegian officials] T[Swedish] @- happened" },
        { "speech opened in a fronted clause ends at its comma", "While Sweden denies selling fuel to Tarsis, Norway warns about Swedish exports.", "THREATEN//130 warns A[Norway] T[Swedish] @- happened" },
        { "a reiterated commitment is a pledge to the allies named", "Norway reiterated its commitment to defending allies like Iceland.", "AGREE//0334 reiterated its commitment to A[Norway] T[Iceland] @- happened" },
        { "a gerund after 'after' has the main subject and its partner", "Ruritania invaded Tarsis in May, days after agreeing a partnership with Freedonia.", "FIGHT//190 invaded A[Ruritania] T[Tarsis] @- happened | AGREE//030 agreeing A[Ruritania] T[Freedonia] @- happened" },
        { "agreeing with nobody named is no agreement", "Lopez spoke at length after agreeing to disagree.", "" },
        { "a nominal invasion by its possessor", "Trade fell after Russia's invasion of Ukraine.", "FIGHT//190 invasion of A[Russia] T[Ukraine] @- happened" },
        { "a nominal invasion without an invader keeps its target", "Trade fell after the invasion of Ukraine.", "FIGHT//190 invasion of A[] T[Ukraine] @- happened" },
        { "a strike by a country adjective on a country's building", "After an alleged Swedish strike on a Norwegian depot in Tarsis, Lopez spoke with Li.", "FIGHT//195 strike on A[Swedish] T[Norwegian] @Tarsis happened | CONSULT//040 spoke with A[Lopez] T[Li] @- happened" },
        { "an appeal inside a during-which clause", "Lopez will hold talks with Li on Friday, during which she is expected to plead for calm.", "CONSULT//046 hold talks A[Lopez] T[Li] @- planned | REQUEST//100 plead for A[she] T[] @- expected" },
        { "asking for is an appeal", "Lopez will ask for further steps.", "REQUEST//100 ask for A[Lopez] T[] @- planned" },
        { "an agreement reached between two sides, and the meeting it was reached at is theirs", "The visit followed an agreement to resume flights reached between Lopez and Li at a meeting in Tarsis.", "AGREE//030 agreement A[Lopez; Li] T[] @Tarsis happened | CONSULT//040 meeting A[Lopez; Li] T[] @Tarsis happened" },
        { "an agreement reached with someone", "The ministry praised the agreement reached with Premier Li Wei on fishing.", "AGREE//030 agreement A[The ministry] T[Premier Li Wei] @- happened" },
        { "criticising what someone called a country's strategy targets the country", "But the official criticised what they called Freedonia's reckless strategy.", "ACCUSE/disapprove/111 criticised A[the official] T[Freedonia] @- happened" },
        { "an agreement as a thing is no event", "The trade agreement runs for ten years.", "" },
        { "a capital right before the verb acts", "Lopez hoped to hold talks with Li after Beijing snubbed him.", "CONSULT//046 hold talks A[Lopez] T[Li] @- expected | REJECT//120 snubbed A[Beijing] T[] @- happened" },
    };

    [Theory]
    [MemberData(nameof(ArgumentCases))]
    public void LinksPlacesTargetsAndTriggersOfTheThirdPass(string because, string text, string expected) =>
        CodesEventsWithActorsTargetsPlaceAndStatus(because, text, expected);

    [Fact]
    public void ACallDatedOnlyByItsMonthIsNotPlacedByAVisit()
    {
        // "earlier this month" does not tell that the call was made during the stay the report tells.
        const string text = "Lopez arrived in Tarsis on Friday.\n\nEarlier this month Lopez spoke with Li.\n\nLopez met students on Friday.";
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        DateMention At(int start, int length, string value) => new(new TextSpan(start, start + length), value);
        var dated = doc with
        {
            Dates =
            [
                At(text.IndexOf("on Friday", StringComparison.Ordinal), 9, "2024-04-26"),
                At(text.IndexOf("Earlier this month", StringComparison.Ordinal), 18, "2024-04"),
                At(text.LastIndexOf("on Friday", StringComparison.Ordinal), 9, "2024-04-26"),
            ],
            Layers = doc.Layers | Layers.Dates,
        };
        var events = EventExtractor.Extract(dated);
        Assert.Null(Assert.Single(events, e => dated[e.Trigger] == "spoke with").Place);
        Assert.Equal("Tarsis", dated[Assert.Single(events, e => dated[e.Trigger] == "met").Place!.Value]);
    }

    // Who a pronoun actor stands for: "when he …" after a name is that person; "his visit" belongs to the person the
    // sentence is about.
    public static TheoryData<string, string, string> ReferentCases => new()
    {
        { "Ana Lopez praised the approach of Omar Haddad when he visited Tarsis.", "he", "Omar Haddad" },
        { "Ana Lopez, the new envoy of Ruritania, opened her visit Monday in Tarsis.", "her", "Ana Lopez" },
        { "The head of Ruritanian diplomacy will have talks with Li on Friday, during which she is expected to plead for calm.", "she", "The head of Ruritanian diplomacy" },
        { "A Norwegian foreign ministry official said on Tuesday that ties were improving. But the official criticised Sweden.", "the official", "Norwegian foreign ministry official" },
    };

    [Theory]
    [MemberData(nameof(ReferentCases))]
    public void APronounActorStandsForThePersonTheSentenceNames(string text, string pronoun, string person)
    {
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var e = Assert.Single(doc.Events, e => e.Actors.Any(a => doc[a] == pronoun));
        Assert.Equal(person, doc[Assert.Single(e.ActorReferents)]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodesEventsWithActorsTargetsPlaceAndStatus(string because, string text, string expected)
    {
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var actual = string.Join(" | ", doc.Events.Select(e => Dump(doc, e)));
        Assert.True(expected == actual, $"{because}:\n expected: {expected}\n actual:   {actual}");
    }

    [Fact]
    public void ADateLedBySinceIsABoundaryNotTheEventsDate()
    {
        const string text = "Lopez held a call with Li last week, their first call since November 2022.";
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var lastWeek = text.IndexOf("last week", StringComparison.Ordinal);
        var november = text.IndexOf("November 2022", StringComparison.Ordinal);
        var since = new TextSpan(november - 6, november - 1);
        DateMention November() => new(new TextSpan(november, november + 13), "2022-11") { Cue = since };
        var onlyBoundary = doc with { Dates = [November()], Layers = doc.Layers | Layers.Dates };
        var both = doc with { Dates = [new DateMention(new TextSpan(lastWeek, lastWeek + 9), "2024-W16"), November()], Layers = doc.Layers | Layers.Dates };
        Assert.Null(Assert.Single(EventExtractor.Extract(onlyBoundary)).Date);
        Assert.Equal("2024-04-15/2024-04-21", Assert.Single(EventExtractor.Extract(both)).Date); // ISO week 16 as its days
    }

    [Fact]
    public void AnUndatedEventCarriesTheLeadsDayMarkedAsCarried()
    {
        // The lead names the day; a later paragraph's undated meeting carries it, marked as carried, and a day named
        // later in the report (a background event) is not used.
        const string text = "Lopez arrived in Hanoi on Friday.\n\nThe visit came two days after Li signed a law on Wednesday.\n\nLopez met students before leaving.";
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var friday = text.IndexOf("on Friday", StringComparison.Ordinal);
        var wednesday = text.IndexOf("on Wednesday", StringComparison.Ordinal);
        var dated = doc with
        {
            Dates = [new DateMention(new TextSpan(friday, friday + 9), "2024-04-26"), new DateMention(new TextSpan(wednesday, wednesday + 12), "2024-04-24")],
            Layers = doc.Layers | Layers.Dates,
        };
        var met = Assert.Single(EventExtractor.Extract(dated), e => dated[e.Trigger] == "met");
        Assert.Equal("2024-04-26", met.Date);
        Assert.True(met.DateFromContext);
        var arrived = Assert.Single(EventExtractor.Extract(dated), e => dated[e.Trigger] == "arrived in");
        Assert.False(arrived.DateFromContext);
    }

    [Fact]
    public void WhatHappenedDoesNotCarryADayAfterPublication()
    {
        const string text = "Lopez will arrive in Hanoi on Friday.\n\nLopez met students.";
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var friday = text.IndexOf("on Friday", StringComparison.Ordinal);
        var dated = doc with
        {
            Metadata = doc.Metadata with { Published = "2024-04-24" },
            Dates = [new DateMention(new TextSpan(friday, friday + 9), "2024-04-26")],
            Layers = doc.Layers | Layers.Dates,
        };
        Assert.Null(Assert.Single(EventExtractor.Extract(dated), e => dated[e.Trigger] == "met").Date);
    }

    [Theory]
    [InlineData("Lopez will meet Li in Hanoi on Friday.\n\nLopez spoke with Li by phone.", null)]
    [InlineData("Lopez met Li in Hanoi on Friday.\n\nLopez spoke with Li by phone.", "2024-04-26")]
    public void WhatHappenedDoesNotCarryADayTheReportNamesOnlyAsAPlanEvenWithoutAPublicationDate(string text, string? expected)
    {
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var friday = text.IndexOf("on Friday", StringComparison.Ordinal);
        var dated = doc with
        {
            Metadata = doc.Metadata with { Published = null },
            Dates = [new DateMention(new TextSpan(friday, friday + 9), "2024-04-26")],
            Layers = doc.Layers | Layers.Dates,
        };
        Assert.Equal(expected, Assert.Single(EventExtractor.Extract(dated), e => dated[e.Trigger] == "spoke with").Date);
    }

    [Fact]
    public void TheDateComesFromTheDatesLayerWhenItIsThere()
    {
        const string text = "Lopez met Li in Hanoi on Friday.";
        var doc = QuoteEvaluation.Annotate(Pipeline, text, "test");
        var friday = text.IndexOf("on Friday", StringComparison.Ordinal);
        var withDates = doc with { Dates = [new DateMention(new TextSpan(friday, friday + 9), "2024-04-26")], Layers = doc.Layers | Layers.Dates };
        Assert.Null(Assert.Single(doc.Events).Date);
        Assert.Equal("2024-04-26", Assert.Single(EventExtractor.Extract(withDates)).Date);
    }

    private static string Dump(Doc doc, EventMention e)
    {
        string Join(IEnumerable<TextSpan> spans) => string.Join("; ", spans.Select(s => doc[s]));
        return $"{e.Category}/{e.Mode}/{e.Cameo} {doc[e.Trigger]} A[{Join(e.Actors)}] T[{Join(e.Targets)}] @{(e.Place is { } p ? doc[p] : "-")} {e.Status}";
    }
}
