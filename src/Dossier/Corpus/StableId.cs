using System.Security.Cryptography;
using System.Text;

namespace Dossier.Corpus;

/// <summary>Ids for cross-article records that stay the same across runs: a prefix and hex digits of the SHA-256 of a key.</summary>
internal static class StableId
{
    /// <summary><paramref name="prefix"/> followed by the first <paramref name="hexDigits"/> (even) hex digits of SHA-256(<paramref name="key"/>).</summary>
    public static string From(string prefix, string key, int hexDigits = 16) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, hexDigits / 2));
}
