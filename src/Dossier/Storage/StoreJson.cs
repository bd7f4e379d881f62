using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Storage;

/// <summary>The JSON form in which store providers keep annotation layers and corpus records.</summary>
/// <remarks>Provider-neutral, so SQLite and a server store keep the same payloads; the raw input is stored apart.</remarks>
public static class StoreJson
{
    /// <summary>Options shared by every store payload.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Every layer of <paramref name="doc"/> except its raw input.</summary>
    public static string SerializeLayers(Doc doc) => JsonSerializer.Serialize(
        new DocLayers(doc.Text, doc.Metadata, doc.Layers, doc.Sentences, doc.Tokens, doc.Mentions, doc.Dates, doc.Quotes, doc.Events, doc.Diagnostics),
        Options);

    /// <summary>A document rebuilt from its raw input and its stored layers.</summary>
    public static Doc DeserializeDoc(RawArticle raw, string layersJson)
    {
        var layers = JsonSerializer.Deserialize<DocLayers>(layersJson, Options)
            ?? throw new JsonException("Stored layers are empty.");
        return new Doc
        {
            Id = raw.Id,
            Raw = raw,
            Text = layers.Text,
            Metadata = layers.Metadata,
            Layers = layers.Layers,
            Sentences = layers.Sentences,
            Tokens = layers.Tokens,
            Mentions = layers.Mentions,
            Dates = layers.Dates,
            Quotes = layers.Quotes,
            Events = layers.Events,
            Diagnostics = layers.Diagnostics,
        };
    }

    /// <summary>A value as a store payload.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A store payload read back.</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is empty.");

    private sealed record DocLayers(
        string Text,
        ArticleMetadata Metadata,
        Layers Layers,
        ImmutableArray<Sentence> Sentences,
        ImmutableArray<Token> Tokens,
        ImmutableArray<Mention> Mentions,
        ImmutableArray<DateMention> Dates,
        ImmutableArray<Quote> Quotes,
        ImmutableArray<EventMention> Events,
        ImmutableArray<Diagnostic> Diagnostics);
}
