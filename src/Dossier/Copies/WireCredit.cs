using Dossier.Documents;

namespace Dossier.Copies;

/// <summary>How strongly an article presents itself as an agency's own wire copy.</summary>
/// <param name="Agency">The agency credited, or null.</param>
/// <param name="Strength">2 for a wire dateline at the top (the agency's own copy), 1 for a credit line or a wire field
/// (a republication credits the agency too), 0 for none.</param>
internal sealed record WireCredit(string? Agency, int Strength)
{
    public static readonly WireCredit None = new(null, 0);

    public static WireCredit Of(Doc doc)
    {
        var head = doc.Text.Length > CopyRules.DatelineWindow ? doc.Text[..CopyRules.DatelineWindow] : doc.Text;
        var dateline = CopyRules.Dateline().Match(head);
        if (dateline.Success)
            return new WireCredit(CopyRules.Agency(dateline.Groups["agency"].Value), 2);
        if (!string.IsNullOrEmpty(doc.Metadata.Wire))
            return new WireCredit(CopyRules.Agency(doc.Metadata.Wire) ?? doc.Metadata.Wire, 1);
        var credit = CopyRules.Credit().Match(doc.Text);
        if (credit.Success)
            return new WireCredit(credit.Groups["reuters"].Success ? "Reuters" : CopyRules.Agency(credit.Groups["agency"].Value), 1);
        return None;
    }
}
