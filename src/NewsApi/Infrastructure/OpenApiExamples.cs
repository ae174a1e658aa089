using System.Collections.Frozen;
using System.Reflection;

namespace NewsApi.Infrastructure;

/// <summary>
/// Examples shown in the OpenAPI description, by operation id: real responses of this service on the seed article
/// and a few small articles, with long lists cut short. They are files, one per operation and status, in
/// src/NewsApi/OpenApiExamples/{operationId}/ (<c>request.json</c>, <c>{status}.json</c>, <c>200.csv</c>), embedded in
/// the assembly so the running service needs no folder of the repository. Each folder's <c>replay.json</c> (not
/// embedded) records the request that produced each example; tests/NewsApi.Tests/OpenApiExampleTests replays them
/// against the service and compares, and regenerates the files with <c>UPDATE_EXAMPLES=1</c>.
/// </summary>
public static class OpenApiExamples
{
    /// <summary>The prefix of the examples' manifest resource names (NewsApi.csproj gives them these logical names).</summary>
    public const string ResourcePrefix = "OpenApiExamples/";

    public static IReadOnlyDictionary<string, OperationExamples> ByOperation { get; } = Load(typeof(OpenApiExamples).Assembly);

    public static IReadOnlyDictionary<string, OperationExamples> Load(Assembly assembly)
    {
        var files = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var parts = name[ResourcePrefix.Length..].Split(['/', '\\']);
            if (parts.Length != 2)
            {
                throw new InvalidOperationException($"Example resource {name} is not {ResourcePrefix}{{operationId}}/{{file}}.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            if (!files.TryGetValue(parts[0], out var operation))
            {
                files[parts[0]] = operation = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            operation[parts[1]] = reader.ReadToEnd();
        }

        return files.ToFrozenDictionary(f => f.Key, f => ToExamples(f.Value), StringComparer.Ordinal);
    }

    private static OperationExamples ToExamples(Dictionary<string, string> files)
    {
        var responses = files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal) && f.Key != "request.json")
            .ToFrozenDictionary(f => f.Key[..^".json".Length], f => f.Value, StringComparer.Ordinal);
        return new OperationExamples(files.GetValueOrDefault("request.json"), responses, files.GetValueOrDefault("200.csv"));
    }
}
