namespace Dossier.Storage;

/// <summary>The store cannot be opened, read or written; the message names the file and the problem.</summary>
/// <param name="code">Stable diagnostic code (<c>DSR5xxx</c>).</param>
/// <param name="message">One line for the user.</param>
/// <param name="inner">The provider's exception.</param>
public sealed class StoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Stable diagnostic code.</summary>
    public string Code { get; } = code;
}
