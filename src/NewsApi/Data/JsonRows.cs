using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Data;

/// <summary>
/// Rows for a set-based insert: <c>INSERT … SELECT j.value -&gt;&gt; 'Column' … FROM jsonb_each(@Rows) j</c>. However many rows
/// a batch has, the statement text is fixed, so it is prepared (with its triggers) once per batch and binds one
/// parameter, where a statement executed per row binds every column of every row by name.
/// </summary>
internal static class JsonRows
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new FiniteDouble() } };

    public static string Of<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows, Options);

    /// <summary>JSON has no NaN or infinity: such a value is stored as NULL, as SQLite stores a bound NaN.</summary>
    private sealed class FiniteDouble : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
