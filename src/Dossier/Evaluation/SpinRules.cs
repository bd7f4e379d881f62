namespace Dossier.Evaluation;

/// <summary>Word swaps of the kind article spinners make ("said" → "stated", "help" → "assist"), used to generate
/// synthetic rewrites for the copy-detection check. Written for Dossier from common English synonyms.</summary>
internal static class SpinRules
{
    /// <summary>Word → its spun replacement (lower case; the replacement takes the original's capitalisation).</summary>
    public static readonly IReadOnlyDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["said"] = "stated", ["says"] = "states", ["told"] = "informed", ["asked"] = "questioned", ["added"] = "included",
        ["help"] = "assist", ["helped"] = "assisted", ["helping"] = "assisting", ["show"] = "display", ["showed"] = "displayed",
        ["big"] = "large", ["large"] = "huge", ["small"] = "little", ["new"] = "brand-new", ["old"] = "aged", ["top"] = "leading",
        ["major"] = "significant", ["important"] = "crucial", ["key"] = "essential", ["main"] = "primary", ["high"] = "elevated",
        ["people"] = "individuals", ["person"] = "individual", ["man"] = "male", ["woman"] = "female", ["children"] = "kids",
        ["country"] = "nation", ["countries"] = "nations", ["government"] = "administration", ["officials"] = "authorities",
        ["official"] = "authority", ["police"] = "law enforcement", ["city"] = "town", ["state"] = "region", ["world"] = "globe",
        ["week"] = "wk", ["weeks"] = "wks", ["year"] = "yr", ["years"] = "yrs", ["hours"] = "hrs", ["day"] = "time",
        ["began"] = "started", ["begin"] = "start", ["started"] = "began", ["ended"] = "finished", ["end"] = "finish",
        ["make"] = "create", ["made"] = "created", ["making"] = "creating", ["take"] = "get", ["took"] = "got", ["taken"] = "gotten",
        ["give"] = "provide", ["gave"] = "provided", ["get"] = "obtain", ["got"] = "obtained", ["go"] = "head", ["went"] = "headed",
        ["come"] = "arrive", ["came"] = "arrived", ["see"] = "view", ["saw"] = "viewed", ["seen"] = "viewed", ["look"] = "appearance",
        ["find"] = "locate", ["found"] = "located", ["think"] = "believe", ["thought"] = "believed", ["know"] = "understand",
        ["known"] = "understood", ["want"] = "desire", ["wanted"] = "wished", ["need"] = "require", ["needed"] = "required",
        ["use"] = "utilize", ["used"] = "utilized", ["using"] = "utilizing", ["try"] = "attempt", ["tried"] = "attempted",
        ["keep"] = "maintain", ["kept"] = "maintained", ["leave"] = "exit", ["left"] = "exited", ["meet"] = "satisfy",
        ["met"] = "satisfied", ["talks"] = "conversations", ["talk"] = "conversation", ["meeting"] = "conference",
        ["attack"] = "assault", ["attacks"] = "assaults", ["killed"] = "eliminated", ["died"] = "passed away", ["death"] = "fatality",
        ["deaths"] = "fatalities", ["war"] = "battle", ["fight"] = "battle", ["fighting"] = "combating", ["army"] = "military force",
        ["troops"] = "soldiers", ["weapons"] = "arms", ["plan"] = "strategy", ["plans"] = "strategies", ["issue"] = "problem",
        ["issues"] = "problems", ["problem"] = "concern", ["change"] = "modification", ["changes"] = "modifications",
        ["support"] = "assistance", ["decision"] = "choice", ["report"] = "record", ["reported"] = "recorded", ["reports"] = "records",
        ["statement"] = "declaration", ["announced"] = "revealed", ["announcement"] = "revelation", ["claimed"] = "asserted",
        ["however"] = "nevertheless", ["also"] = "likewise", ["about"] = "regarding", ["before"] = "prior to", ["after"] = "following",
        ["because"] = "since", ["during"] = "throughout", ["against"] = "versus", ["under"] = "beneath", ["near"] = "close to",
        ["many"] = "numerous", ["several"] = "various", ["more"] = "even more", ["most"] = "many", ["very"] = "extremely",
        ["quickly"] = "swiftly", ["recently"] = "lately", ["already"] = "currently", ["now"] = "currently", ["still"] = "even now",
        ["home"] = "house", ["house"] = "residence", ["job"] = "work", ["jobs"] = "positions", ["money"] = "funds", ["cost"] = "expense",
        ["company"] = "firm", ["companies"] = "firms", ["business"] = "organization", ["market"] = "marketplace", ["price"] = "cost",
        ["prices"] = "costs", ["rise"] = "increase", ["rose"] = "increased", ["fell"] = "dropped", ["fall"] = "drop", ["cut"] = "reduce",
        ["law"] = "legislation", ["rules"] = "regulations", ["court"] = "tribunal", ["judge"] = "justice", ["case"] = "situation",
        ["vote"] = "ballot", ["election"] = "poll", ["leader"] = "head", ["leaders"] = "heads", ["president"] = "head of state",
        ["minister"] = "priest", ["spokesman"] = "representative", ["spokeswoman"] = "representative", ["group"] = "team",
        ["members"] = "participants", ["public"] = "community", ["news"] = "information", ["media"] = "press", ["reporters"] = "press reporters",
        ["expected"] = "anticipated", ["likely"] = "most likely", ["possible"] = "feasible", ["difficult"] = "tough", ["hard"] = "challenging",
        ["clear"] = "obvious", ["strong"] = "solid", ["serious"] = "major", ["recent"] = "current", ["early"] = "very early", ["late"] = "overdue",
    };

    /// <summary>Filler words spinners put after auxiliaries (each with its leading space).</summary>
    public static readonly IReadOnlyList<string> Fillers = [" actually", " certainly", " indeed", " really"];

    /// <summary>Lines spun sites wrap around the text.</summary>
    public static readonly IReadOnlyList<string> SpamLines =
    [
        "Spread the love", "Share this article on social media", "Related: Top stories you may have missed",
        "Leave a comment below and tell us what you think",
    ];

    /// <summary>Lines a republishing outlet adds to wire copy.</summary>
    public static readonly IReadOnlyList<string> CreditLines =
    [
        "(Reporting by staff correspondents; editing by the news desk)", "This story was republished from a wire service.",
        "Copyright wire service. All rights reserved.",
    ];
}
