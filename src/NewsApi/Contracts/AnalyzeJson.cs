using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Contracts;

/// <summary>
/// The body of <c>POST /api/analyze</c> through the source generator's fast path: the generated writer for
/// <see cref="AnalyzeResponse"/> and everything in it, with no converter lookups, write stack or per-property
/// metadata calls. The API's own options (a string-enum converter in a resolver chain) rule the fast path out; the
/// response has no enum, so this context with the web defaults and a writer with the API's relaxed escaping writes the
/// bytes <c>Ok&lt;AnalyzeResponse&gt;</c> wrote (pinned by a test), in one buffer sized from the text.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalyzeResponse))]
public sealed partial class AnalyzeJson : JsonSerializerContext
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The response as UTF-8 JSON; <paramref name="textLength"/> (the analysed text's) sizes the buffer.</summary>
    public static byte[] Write(AnalyzeResponse response, int textLength)
    {
        // The sentences repeat the text once, the summary and the facts' texts part of it again, and offsets, scores and
        // names come on top: the seed's 5,299 characters make 22,827 bytes.
        var buffer = new ArrayBufferWriter<byte>(4096 + 4 * textLength);
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            JsonSerializer.Serialize(writer, response, Default.AnalyzeResponse);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
