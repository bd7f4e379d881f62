using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Documents;

/// <summary>The stable identifier of one article: <c>a-</c> followed by 16 hex digits of the SHA-256 of its source bytes.</summary>
/// <remarks>The same bytes always give the same id, so re-ingesting a file cannot create a second row for it.</remarks>
[JsonConverter(typeof(ArticleIdJsonConverter))]
public readonly record struct ArticleId(string Value) : IComparable<ArticleId>
{
    /// <summary>The prefix every article id starts with.</summary>
    public const string Prefix = "a-";

    /// <summary>The id of an article whose source bytes hash to <paramref name="sha256Hex"/>.</summary>
    public static ArticleId FromContentHash(string sha256Hex) => new(Prefix + sha256Hex[..16]);

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <inheritdoc />
    public int CompareTo(ArticleId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

internal sealed class ArticleIdJsonConverter : JsonConverter<ArticleId>
{
    public override ArticleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("Article id must be a string."));

    public override void Write(Utf8JsonWriter writer, ArticleId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
