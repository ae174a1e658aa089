using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsApi.Contracts;

/// <summary>
/// Bodies written through the source generator's fast path: the generated writers for the <c>POST /api/analyze</c>
/// response and the party list page (<c>GET /api/parties</c>), with no converter lookups, write stack or per-property
/// metadata calls. The API's own options (<see cref="NewsApiJsonContext"/> in a resolver chain, with a string-enum
/// converter and the relaxed encoder) rule the fast path out; neither body has an enum, so this context carries the web
/// defaults and the writer the API's relaxed escaping: the bytes are the ones <c>Ok&lt;T&gt;</c> writes (pinned by tests).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalyzeResponse))]
[JsonSerializable(typeof(PagedResponse<PartyListItem>))]
public sealed partial class FastPathJson : JsonSerializerContext
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // The sentences repeat the text once, the summary and the facts' texts part of it again, and offsets, scores and
    // names come on top: the seed's 5,299 characters make 22,827 bytes.

    /// <summary>The analysis as UTF-8 JSON; <paramref name="textLength"/> (the analysed text's) sizes the buffer.</summary>
    public static byte[] Write(AnalyzeResponse response, int textLength) => Write(response, Default.AnalyzeResponse, 4096 + 4 * textLength);

    /// <summary>The party list page as UTF-8 JSON.</summary>
    public static byte[] Write(PagedResponse<PartyListItem> page) => Write(page, Default.PagedResponsePartyListItem, 256 + 96 * page.Items.Count);

    private static byte[] Write<T>(T value, JsonTypeInfo<T> type, int capacity)
    {
        var buffer = new ArrayBufferWriter<byte>(capacity);
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
