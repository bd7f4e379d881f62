using System.Text.RegularExpressions;

namespace Dossier.Cleaning.Boilerplate;

/// <summary>The patterns that mark a line of a scraped page as something other than story text.</summary>
/// <remarks>
/// Data only: <see cref="BoilerplateRemover"/> holds the logic. Every rule names the kind of page furniture it matches,
/// so a removed line can be explained. Patterns are anchored and short, and are only run on the first
/// <see cref="MaxTestedLength"/> characters of a line, so a hostile multi-megabyte line costs no more than a short one.
/// </remarks>
internal static class BoilerplateRules
{
    /// <summary>Lines longer than this are only tested on their head.</summary>
    public const int MaxTestedLength = 400;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private static Regex R(string pattern) => new(pattern, Options, TimeSpan.FromSeconds(2));

    /// <summary>"© 2024 Northern Courier Ltd. All rights reserved": the holder of a copyright line.</summary>
    public static readonly Regex CopyrightHolder = new(@"^(?:©|\(c\)|copyright)\s*(?:\(?\d{4}\)?\s*)?(?<holder>\p{Lu}[\p{L}\d&'’ .\-]{1,60}?)(?:\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|Media Group)\.?)?\s*(?:[.,|·]|\ball rights\b|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    /// <summary>"THE NORTHERN COURIER - Business": an all-caps outlet, a dash, a section.</summary>
    public static readonly Regex OutletDashSection = new(@"^(?<outlet>[\p{Lu}\d&'’ .]{4,60}) [-–—] (?<section>\p{Lu}[\p{L} &]{1,40})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    /// <summary>A named rule: the furniture it recognises and its pattern.</summary>
    public sealed record Rule(string Name, Regex Pattern, bool ThirdPartyChrome = false);

    /// <summary>Whole-line furniture: a line matching one of these is never story text.</summary>
    public static readonly IReadOnlyList<Rule> LineRules =
    [
        // Inserted teasers that point to other stories.
        new("read-also", R(@"^(read|see|watch|listen)\s+(also|more)\b"), ThirdPartyChrome: true),
        new("read-also", R(@"^(also read|related( stories| articles| news)?|more on this( story)?|recommended( for you)?|you may also like|you might also like|trending now|most read|most popular)\s*[:\-–—]?"), ThirdPartyChrome: true),
        new("read-also", R(@"^read\s*:\s+\S"), ThirdPartyChrome: true),
        new("read-also", R(@"^see also\b"), ThirdPartyChrome: true),
        // A teaser line that ends in its link ("… Full Story", "… [more]", "… Click here").
        new("teaser", R(@"(\bfull story|\bread more|\bmore\s*»|\[more\]|\bclick here)\s*[.»>]*\s*$")),
        // Box headings of related-story, headline and advert lists.
        new("teaser", R(@"^(also in the news|sponsored links?|more (news|stories|headlines)( from [\w .]+)?|top stories|latest (news|headlines)|most (read|viewed|emailed|commented)( stories)?|other [\w ]{1,30} news( and resources)?)\s*:?\s*$")),
        // Share widgets.
        new("share", R(@"^(spread the love|share (this|on|via)\b.*|share this (article|story|post)|click to share\b.*|tweet this|share|print|email this)\s*$"), ThirdPartyChrome: true),
        // Comment widgets.
        new("comments", R(@"^(leave a (reply|comment)|post (a )?comment|add (a )?comment|cancel reply|comments?( \(\d+\))?|\d+ comments?|view comments|show comments|join the conversation|replying to\b.*)\s*$"), ThirdPartyChrome: true),
        new("comments", R(@"^your email address will not be published"), ThirdPartyChrome: true),
        new("comments", R(@"^save my name,? email"), ThirdPartyChrome: true),
        new("comments", R(@"^(comment|name|e-?mail|website|url)\s*\*?\s*$"), ThirdPartyChrome: true),
        new("comments", R(@"^comments are (moderated|closed)\b"), ThirdPartyChrome: true),
        new("comments", R(@"\bcomments faq\b|\bcommunity (standards|guidelines)\b")),
        // Donation and subscription pleas.
        new("donation", R(@"^(support|help)\b.{0,80}\b(journalism|press freedom|newsroom|our (work|team|reporting)|independent)\b")),
        new("donation", R(@"\b(become a|monthly)\b.{0,40}\bpatrons?\b|\bmake a (one-off|one-time) (contribution|donation)\b|\breader-funded\b|\bdonate\b|\bno paywall\b")),
        new("donation", R(@"^(subscribe|sign up)\b.{0,80}\b(newsletter|today|now|free)\b|^newsletter\b")),
        new("donation", R(@"^(before you go|support us|donate now|contribute)\b")),
        // Copyright and legal lines.
        new("copyright", R(@"^(©|\(c\)|copyright\b)")),
        new("copyright", R(@"\ball rights reserved\b|\ball (legal )?rights of\b|\brights of reproduction\b|\breproduction without permission\b|\bmay not be (published|reproduced|rewritten|redistributed)\b")),
        new("copyright", R(@"\b(redistribution|republication|reproduction)\b.{0,80}\bprohibited\b")),
        // Disclaimers and syndication notes.
        new("disclaimer", R(@"\b(do(es)? not necessarily (reflect|represent)|(does|do) not endorse|not responsible for the content)\b")),
        new("disclaimer", R(@"^\(?\s*this (news )?(article|story|report) (was |is )?(provided|sourced|supplied)\b")),
        // Reader call-outs, newsletter and bookmark widgets, polls.
        new("share", R(@"^(when (you see )?news happen(s|ing)\b|(send|e-?mail) this (article|story|page)\b|social bookmark|bookmark this\b|poll\s*:)")),
        new("donation", R(@"\b(receive|get) our (free )?e-?newsletter\b|\bsign up for our\b")),
        // Editorial standards blurbs.
        new("standards", R(@"^our standards\s*:|\btrust principles\b")),
        // Navigation: breadcrumbs, menus, footers.
        new("navigation", R(@"^home\s*([»›>/|]|&gt;)")),
        new("navigation", R(@"^(privacy policy|terms (of use|and conditions)|cookie (policy|settings)|contact us|about us|advertise( with us)?|skip to (main )?content|back to top|accept( all)?( cookies)?)\b.{0,60}$")),
        new("navigation", R(@"^(advertisement|sponsored( content)?|ad|promoted)\s*$")),
        new("navigation", R(@"^follow us\b|^(click|tap) here\b|^download (our|the) app\b")),
        // A bare URL.
        new("url", R(@"^(https?://|www\.)\S+$")),
    ];

    /// <summary>A stamp line ("POSTED: 2:35 pm PST December 30, 2007", "Last updated at 11:25am on 07.01.08").</summary>
    public static readonly Regex Timestamp = R(@"^[|•·\s]*(posted|updated|published|last updated|last modified|first published)\b\s*(on|at)?\s*:?.{0,60}\d");

    /// <summary>A clock time ("07:48 PM", "15:58:00"): a date line with one is a stamp, a bare date may be a listing.</summary>
    public static readonly Regex ClockTime = R(@"\b\d{1,2}:\d{2}\b");

    /// <summary>Credit trailers naming reporters and editors (not story text, but a byline source).</summary>
    public static readonly Regex CreditTrailer = R(@"^\(?\s*(reporting|writing|writing and reporting|covering|additional reporting|editing|compiled|edited)\s+by\b");

    /// <summary>The first clause of a credit trailer that names the story's reporters (not editors or helpers).</summary>
    public static readonly Regex TrailerByline = R(@"^\(?\s*(?:reporting|writing|writing and reporting|covering|reported|written)\s+by\s+(?<names>[^;().]+)");

    /// <summary>A photo credit marker inside a caption line.</summary>
    public static readonly Regex CaptionCredit = R(@"\b(file photo|photo|photograph|picture|image|photo credit|credit|pic)s?\s*:\s*\S|\((photo|picture|image)s?( by)?\b|©\s*[A-Z][A-Za-z]+\s*[–—-]\s*\S|\bphoto\s*:\s*reuters\b|/(AFP|Reuters|AP|Getty( Images)?|Pool|EPA|Xinhua|Bloomberg)\.?\s*$|\b(Getty Images|AP Photo|AFP Photo|Reuters Photo)\b");

    /// <summary>A line that opens with "By Name".</summary>
    public static readonly Regex ByLine = R(@"^by\s+(?<names>\p{Lu}[\p{L}.'’\- ]+(?:(?:,| and | & )\s*\p{Lu}[\p{L}.'’\- ]+)*)(?<rest>.*)$");

    /// <summary>A date line ending in "by Name" ("April 28, 2024 by Jane Roe").</summary>
    public static readonly Regex TrailingBy = R(@"\bby\s+(?<names>\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){1,3})\s*$");

    /// <summary>Words that make a standalone header line an outlet name.</summary>
    public static readonly Regex OutletWord = R(@"\b(press|news|times|post|herald|journal|tribune|ledger|courier|sentinel|standard|review|daily|gazette|insights?|express|mail|telegraph|guardian|observer|chronicle|star|globe|inquirer|monitor|record|today|weekly|magazine|media|network|radio|tv|broadcasting|wire|dispatch|bulletin|reporter|examiner|argus|mirror|sun|independent|free press)\b");

    /// <summary>Separators in a header line that joins an outlet with a section or a date ("THE LEDGER | World").</summary>
    public static readonly char[] HeaderSeparators = ['|', '•', '·'];

    /// <summary>Bio openings: "Name has been/is a/was ... reporter".</summary>
    public static readonly Regex BioOpening = R(@"^(?<name>\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,3}) (has|had|is|was|joined|covers|writes|holds)\b");

    /// <summary>Words that make a paragraph a career biography.</summary>
    public static readonly Regex BioCareer = R(@"\b(reporter|correspondent|journalist|writer|editor|columnist|freelancer?|blog(ger)?|contributor|news desk|staff writer|get in touch|contact (me|her|him)|since (19|20)\d\d|before joining|prior to joining|covering everything|fellowship)\b");

    /// <summary>A dateline opening the first paragraph ("BEIJING (AFP) -", "GUANGZHOU, China, April 6 (Reuters) -", "SHANGHAI:").</summary>
    public static readonly Regex Dateline = new(
        @"^(?<place>(?:\p{Lu}[\p{Lu}\p{Ll}.'’\-]*)(?:[ ,]+\p{Lu}[\p{L}.'’\-]*){0,3}?)(?:,\s*(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?<day>\d{1,2}))?\s*(?:\((?<agency>[A-Za-z][A-Za-z .\-]{1,30})\))?\s*(?<sep>[-–—:])(?:\s+|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));

    /// <summary>Structure of AI-written summaries.</summary>
    public static readonly Regex NumberedSection = R(@"^\d{1,2}\.\s+\p{Lu}[^.!?]{2,90}:$");
}
