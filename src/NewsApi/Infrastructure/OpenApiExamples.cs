namespace NewsApi.Infrastructure;

/// <summary>Examples shown in the OpenAPI description, by operation id. Taken from real responses on the seed article.</summary>
public static class OpenApiExamples
{
    public static readonly IReadOnlyDictionary<string, OperationExamples> ByOperation = new Dictionary<string, OperationExamples>(StringComparer.Ordinal);
}
