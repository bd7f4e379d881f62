using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Flags;

/// <summary>Evidence patterns for the quality flags. Data only; <see cref="QualityFlagger"/> holds the logic.</summary>
internal static class FlagRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex R(string pattern, RegexOptions extra = RegexOptions.IgnoreCase) => new(pattern, Options | extra, TimeSpan.FromSeconds(2));

    /// <summary>Round-trip translation and article-spinner artefacts: idioms translated word by word, synonym swaps no writer makes.</summary>
    public static readonly IReadOnlyList<(string Kind, Regex Pattern)> MachineTranslation =
    [
        ("garbled idiom", R(@"\braining cats\b(?! and dogs)")),
        ("garbled idiom", R(@"\bball is (?:now |currently |still )?in the (?:yard|garden|field|camp) of\b")),
        ("garbled idiom", R(@"\blike snow (?:on|in) a hot day\b")),
        ("garbled idiom", R(@"\bat the end of the time\b")),
        ("garbled idiom", R(@"\bas the saying goes\b")),
        ("spun synonym", R(@"\bexpert system\b(?! (?:shell|software))")),
        ("spun synonym", R(@"\b(?:has|have|had) actually (?:been|done|laid|taken|said|made|currently)\b")),
        ("spun synonym", R(@"\bforeign priest\b|\bprime priest\b")),
        ("spun synonym", R(@"\bvideo clip (?:phone )?call\b")),
        ("spun synonym", R(@"\bbrowse through came\b|\bthe browse through\b|\bhis browse through\b|\bher browse through\b")),
        ("spun synonym", R(@"\bdone something about it versus\b|\bcounterfeit consciousness\b|\bcolossal information\b|\bbosom (?:malignancy|disease)\b")),
        ("spun synonym", R(@"\bhrs after\b|\bgreater than \d+ hours\b|\bin much less than\b")),
        ("inserted link word", R(@"(?<=\p{Ll}[,]? )(?:Read|See|Click|Also Read|Read More)(?= (?:the|more|also|this|here) \p{Ll})", RegexOptions.None)),
        ("stray punctuation", R(@"\w\. \.(?:\s|$)", RegexOptions.None)),
    ];

    /// <summary>Beats no hard-news byline writes about: a bio full of them on a diplomacy story does not fit.</summary>
    public static readonly Regex OffBeatTopics = R(@"\b(parenting|sourdough|baking|recipes?|home organi[sz]ation|lifestyle|fashion|beauty|golden retrievers?|gardening|family dynamics|adolescen(?:ce|ts)|wellness|dating|weddings?|skincare|crafts?|horoscopes?|celebrity gossip|budget travel|home decor)\b");

    /// <summary>Phrases that open or organise an AI-written summary.</summary>
    public static readonly IReadOnlyList<(string Kind, Regex Pattern, int Score)> AiSummary =
    [
        ("breakdown opener", R(@"\bhere(?:'|’)?s (?:a|the) (?:breakdown|rundown|summary|look|quick look|closer look)\b|\bhere are the key\b"), 2),
        ("key points heading", R(@"^key (?:points|takeaways|highlights|facts)\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline), 1),
        ("conclusion heading", R(@"^(?:conclusion|in conclusion|final thoughts|the bottom line)\s*[:,]", RegexOptions.IgnoreCase | RegexOptions.Multiline), 1),
        ("summary cliché", R(@"\b(?:navigate (?:complex|the complexities)|a testament to|underscor(?:es|ing) the (?:complexities|importance)|in today's (?:fast-paced|ever-changing))\b"), 1),
    ];

    /// <summary>"Label: sentence" lines, the bullet style of generated summaries.</summary>
    public static readonly Regex LabelLine = R(@"^\p{Lu}[\p{L}\-’' ]{2,40}: \p{Lu}", RegexOptions.Multiline);

    /// <summary>Attribution verbs: sourced reporting has them, generated summaries rarely do.</summary>
    public static readonly Regex Attribution = R(@"\b(said|says|told|according to|stated|added)\b");
}
