namespace Dossier.Ingest;

/// <summary>Bytes decoded to text, with how the encoding was chosen.</summary>
/// <param name="Text">The text, without a byte-order mark.</param>
/// <param name="Encoding">The encoding's web name (<c>utf-8</c>, <c>windows-1252</c>, ...).</param>
/// <param name="Evidence">Why: <c>bom</c>, <c>declared</c>, <c>utf-8-valid</c> or <c>fallback</c>.</param>
/// <param name="UnknownDeclaredCharset">A declared charset name that is not known, if any.</param>
public sealed record DecodedText(string Text, string Encoding, string Evidence, string? UnknownDeclaredCharset = null);
