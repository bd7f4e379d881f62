namespace Dossier.Tests.Extraction.Quotes;

/// <summary>Verbs that introduce speech, as a reader would list them; a speaker phrase never contains one.</summary>
internal static class QuoteCuesForTests
{
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "noted", "warned", "urged", "stressed", "wrote", "asked", "replied",
    };

    public static bool IsCue(string word) => Cues.Contains(word.Trim(',', '.'));
}
