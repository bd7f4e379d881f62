namespace Dossier.Documents;

/// <summary>One hint at an article's publication date, kept even when another hint wins.</summary>
/// <param name="Value">The date it points to, ISO 8601 (<c>YYYY-MM-DD</c>, or <c>YYYY-MM</c>/<c>YYYY</c>).</param>
/// <param name="Source">Where it was found: <c>header</c>, <c>url</c>, <c>dateline</c>, <c>text</c>, <c>caption</c>, <c>meta</c> or <c>feed</c>.</param>
/// <param name="Text">The words or markup value it was read from.</param>
public sealed record DateSignal(string Value, string Source, string Text);
