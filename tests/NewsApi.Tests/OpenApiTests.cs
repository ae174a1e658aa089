using System.Text.Json;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests;

/// <summary>
/// api-docs/openapi.json is the committed description; it must equal what the service serves.
/// To accept a deliberate change: UPDATE_OPENAPI=1 dotnet test --filter OpenApiTests
/// </summary>
public sealed class OpenApiTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static string CommittedPath => Path.Combine(TestData.RepositoryRoot(), "api-docs", "openapi.json");

    [Fact]
    public async Task Served_description_equals_the_committed_one()
    {
        var served = Normalise(await _factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served);
        }

        var committed = File.Exists(CommittedPath) ? Normalise(await File.ReadAllTextAsync(CommittedPath)) : "(missing)";
        Assert.True(committed == served, "api-docs/openapi.json differs from the served description. Run: UPDATE_OPENAPI=1 dotnet test --filter OpenApiTests");
    }

    [Fact]
    public async Task Every_operation_has_a_name_summary_success_and_error_responses()
    {
        var doc = JsonNode.Parse(await _factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Op: o.Value!))).ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, method, op) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrEmpty((string?)op["operationId"]), $"{where} has no operationId");
            Assert.False(string.IsNullOrEmpty((string?)op["summary"]), $"{where} has no summary");
            var codes = op["responses"]!.AsObject().Select(r => r.Key).ToList();
            Assert.Contains(codes, c => c.StartsWith('2'));
            Assert.True(op["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).All(r => r.Key == "204" || r.Value!["content"] is not null), $"{where} success response has no content type");
            // Operations that take no input at all cannot be asked badly.
            if (!path.StartsWith("/alive", StringComparison.Ordinal) && !path.StartsWith("/health", StringComparison.Ordinal) && path is not ("/api/algorithms" or "/api/stats/overview" or "/api/feeds"))
            {
                Assert.True(codes.Any(c => c.StartsWith('4')), $"{where} documents no 4xx response");
            }

            foreach (var parameter in op["parameters"]?.AsArray() ?? [])
            {
                Assert.False(string.IsNullOrEmpty((string?)parameter!["description"]), $"{where} parameter {parameter["name"]} has no description");
            }
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Normalise(string json) =>
        JsonSerializer.Serialize(JsonNode.Parse(json), Indented).ReplaceLineEndings("\n") + "\n";
}
