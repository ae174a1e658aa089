using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>
/// Adds a request example and an example for every response (JSON, problem+json and the CSV alternative) to each
/// operation, from the example files (<see cref="OpenApiExamples"/>). The Spectral ruleset (/.spectral.yaml) fails when one is missing.
/// </summary>
public sealed partial class ExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is null || !OpenApiExamples.ByOperation.TryGetValue(operation.OperationId, out var examples))
        {
            return;
        }

        if (examples.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var (type, media) in requestContent)
            {
                if (IsJson(type) && media is OpenApiMediaType json)
                {
                    json.Example = JsonNode.Parse(examples.Request);
                }
            }
        }

        foreach (var (status, json) in examples.Responses)
        {
            if (operation.Responses is not null && operation.Responses.TryGetValue(status, out var response) && response.Content is { } content)
            {
                foreach (var (type, media) in content)
                {
                    if (IsJson(type) && media is OpenApiMediaType typed)
                    {
                        typed.Example = JsonNode.Parse(json);
                    }
                    else if (status == "200" && type == Csv.ContentType && examples.Csv is not null && media is OpenApiMediaType csv)
                    {
                        csv.Example = JsonValue.Create(examples.Csv);
                    }
                }
            }
        }
    }
}

public sealed partial class ExamplesOperationFilter
{
    private static bool IsJson(string mediaType) => mediaType.EndsWith("json", StringComparison.Ordinal);
}

/// <param name="Request">The JSON request body, for operations that take one.</param>
/// <param name="Responses">JSON bodies by status code.</param>
/// <param name="Csv">The text/csv alternative of the 200 answer, for operations with <c>format=csv</c>.</param>
public sealed record OperationExamples(string? Request, IReadOnlyDictionary<string, string> Responses, string? Csv = null);
