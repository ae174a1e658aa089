using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>Adds a request and response example to each operation, from <see cref="OpenApiExamples"/>.</summary>
public sealed class ExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is null || !OpenApiExamples.ByOperation.TryGetValue(operation.OperationId, out var examples))
        {
            return;
        }

        if (examples.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values.OfType<OpenApiMediaType>())
            {
                media.Example = JsonNode.Parse(examples.Request);
            }
        }

        foreach (var (status, json) in examples.Responses)
        {
            if (operation.Responses is not null && operation.Responses.TryGetValue(status, out var response) && response.Content is { } content)
            {
                foreach (var media in content.Values.OfType<OpenApiMediaType>())
                {
                    media.Example = JsonNode.Parse(json);
                }
            }
        }
    }
}

public sealed record OperationExamples(string? Request, IReadOnlyDictionary<string, string> Responses);
