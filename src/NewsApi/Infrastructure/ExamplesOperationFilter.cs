using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>Adds a request and response example to each operation, from <see cref="OpenApiExamples"/>.</summary>
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
                }
            }
        }
    }
}

public sealed partial class ExamplesOperationFilter
{
    private static bool IsJson(string mediaType) => mediaType.EndsWith("json", StringComparison.Ordinal);
}

public sealed record OperationExamples(string? Request, IReadOnlyDictionary<string, string> Responses);
