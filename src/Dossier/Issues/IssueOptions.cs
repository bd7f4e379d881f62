namespace Dossier.Issues;

/// <summary>Settings of issue tagging.</summary>
public sealed record IssueOptions
{
    /// <summary>Lexicon matches a story's own reports need for the story to be tagged with an issue (one passing
    /// mention is background, not an issue of the story).</summary>
    public int MinMentions { get; init; } = 2;

    /// <summary>Reports cited per story and issue.</summary>
    public int EvidencePerStory { get; init; } = 3;
}
