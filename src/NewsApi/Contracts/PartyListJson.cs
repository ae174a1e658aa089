using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Contracts;

/// <summary>
/// The party list's body (<c>GET /api/parties</c>) through the source generator's fast path: the generated writer
/// for <see cref="PagedResponse{T}"/> of <see cref="PartyListItem"/>, with no converter lookups or write stack. The API's
/// own options (<see cref="NewsApiJsonContext"/> in a resolver chain, with a string-enum converter and the relaxed
/// encoder) rule the fast path out, so this context carries the web defaults, and the writer the API's relaxed
/// escaping: the bytes are the ones <c>Ok&lt;PagedResponse&lt;PartyListItem&gt;&gt;</c> writes (pinned by a test).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PagedResponse<PartyListItem>))]
public sealed partial class PartyListJson : JsonSerializerContext
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The page as UTF-8 JSON.</summary>
    public static byte[] Write(PagedResponse<PartyListItem> page)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + 96 * page.Items.Count);
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            JsonSerializer.Serialize(writer, page, Default.PagedResponsePartyListItem);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
