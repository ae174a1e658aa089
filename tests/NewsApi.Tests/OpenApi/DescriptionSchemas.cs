using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// Validates requests and responses against the committed OpenAPI description (OpenAPI 3.0) with JsonSchema.Net:
/// each schema is turned into JSON Schema 2020-12 (<c>nullable: true</c> becomes a null alternative, component
/// references point into <c>$defs</c>), and formats (date, date-time) are enforced, as a strict client would.
/// </summary>
public sealed partial class DescriptionSchemas
{
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<(Regex Path, string Template)> _paths;
    private static int _built;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public DescriptionSchemas(string openApiJson)
    {
        _document = JsonNode.Parse(openApiJson)!.AsObject();
        _definitions = (JsonObject)ToJsonSchema(_document["components"]!["schemas"]!)!;
        _paths = _document["paths"]!.AsObject()
            .Select(p => (new Regex("^" + TemplateParameter().Replace(Regex.Escape(p.Key), "(?<$1>[^/]+)") + "$", RegexOptions.NonBacktracking), p.Key))
            .ToList();
    }

    /// <summary>The operation for a concrete method and path, with its path parameters; null when none is documented.</summary>
    public (JsonObject Operation, string Template, Dictionary<string, string> PathValues)? Find(string method, string path)
    {
        foreach (var (regex, template) in _paths)
        {
            var match = regex.Match(path);
            if (match.Success && _document["paths"]![template]![method.ToLowerInvariant()] is JsonObject operation)
            {
                var values = regex.GetGroupNames().Where(g => !int.TryParse(g, out _)).ToDictionary(g => g, g => Uri.UnescapeDataString(match.Groups[g].Value));
                return (operation, template, values);
            }
        }

        return null;
    }

    /// <summary>The operation with this operationId.</summary>
    public JsonObject? FindById(string operationId) =>
        _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value as JsonObject))
            .FirstOrDefault(o => (string?)o?["operationId"] == operationId);

    /// <summary>Problems with the query and path parameters: undocumented names, values their schema refuses.</summary>
    public List<string> CheckParameters(JsonObject operation, IEnumerable<(string Name, string Value)> query, Dictionary<string, string> pathValues)
    {
        var problems = new List<string>();
        var documented = (operation["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
        var given = query.Select(q => (q.Name, q.Value, In: "query")).Concat(pathValues.Select(p => (Name: p.Key, p.Value, In: "path")));
        foreach (var group in given.GroupBy(g => (g.Name, g.In)))
        {
            var parameter = documented.FirstOrDefault(p => (string?)p["name"] == group.Key.Name && (string?)p["in"] == group.Key.In);
            if (parameter is null)
            {
                problems.Add($"{group.Key.In} parameter '{group.Key.Name}' is not documented");
                continue;
            }

            var schema = parameter["schema"]!;
            var values = group.Select(g => g.Value).ToList();
            var instance = (string?)schema["type"] == "array"
                ? (JsonNode)new JsonArray(values.Select(v => Typed(v, schema["items"]!)).ToArray())
                : Typed(values[^1], schema);
            problems.AddRange(Validate(schema, instance, cut: false).Select(p => $"{group.Key.In} parameter '{group.Key.Name}={string.Join(",", values)}': {p}"));
        }

        return problems;
    }

    /// <summary>The JSON schema of the request body (application/json), or null.</summary>
    public static JsonNode? RequestSchema(JsonObject operation) => operation["requestBody"]?["content"]?["application/json"]?["schema"];

    /// <summary>The response's JSON schema for a status (application/json or application/problem+json); null when the status has no JSON body.</summary>
    public static JsonNode? ResponseSchema(JsonObject operation, string status, out bool documented)
    {
        var response = operation["responses"]?[status];
        documented = response is not null;
        return response?["content"]?.AsObject().FirstOrDefault(c => c.Key.EndsWith("json", StringComparison.Ordinal)).Value?["schema"];
    }

    /// <summary>Where <paramref name="instance"/> breaks <paramref name="schema"/>; with <paramref name="cut"/> (a body cut short) missing required fields are not reported.</summary>
    public List<string> Validate(JsonNode schema, JsonNode? instance, bool cut)
    {
        var root = (JsonObject)ToJsonSchema(schema)!;
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = _definitions.DeepClone();
        var text = root.ToJsonString();
        if (!_schemas.TryGetValue(text, out var built))
        {
            // Each build is registered globally under its base URI, so every one gets its own.
            _schemas[text] = built = JsonSchema.FromText(text, baseUri: new Uri($"https://newsapi.test/schemas/{Interlocked.Increment(ref _built)}"));
        }

        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = built.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Where(e => !(cut && e.Key == "required")).Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Distinct()
            .ToList();
    }

    /// <summary>OpenAPI 3.0 schema object to JSON Schema 2020-12.</summary>
    public static JsonNode? ToJsonSchema(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(ToJsonSchema).ToArray());
            case JsonObject source:
                var result = new JsonObject();
                foreach (var (key, value) in source)
                {
                    if (key is "nullable" or "example")
                    {
                        continue;
                    }

                    result[key] = key == "$ref" ? ((string)value!).Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal) : ToJsonSchema(value);
                }

                if ((bool?)source["nullable"] != true)
                {
                    return result;
                }

                if (result["type"] is JsonValue type && !result.ContainsKey("enum"))
                {
                    result["type"] = new JsonArray((string)type!, "null");
                    return result;
                }

                return new JsonObject { ["anyOf"] = new JsonArray(result, new JsonObject { ["type"] = "null" }) };
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A query or path value as the JSON its schema expects (what a client would have typed it as).</summary>
    private static JsonValue? Typed(string value, JsonNode schema) => (string?)schema["type"] switch
    {
        "integer" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => JsonValue.Create(i),
        "number" when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        "boolean" when bool.TryParse(value, out var b) => JsonValue.Create(b),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex(@"\\\{(\w+)}", RegexOptions.NonBacktracking)]
    private static partial Regex TemplateParameter();
}
