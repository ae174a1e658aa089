using System.Text.Json;
using System.Text.Json.Nodes;
using NewsApi.ClientTests.Infrastructure;

namespace NewsApi.ClientTests;

/// <summary>
/// api-docs/openapi.json passes Spectral with the repository's ruleset (/.spectral.yaml: spectral:oas plus an
/// operationId, a summary, a 2xx and a 4xx response, described parameters and examples everywhere), and the ruleset
/// really fails a description that breaks those rules.
/// </summary>
public sealed class OpenApiLintTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Description = Path.Combine(Repository.Root, "api-docs", "openapi.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-lint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Committed_description_passes_the_ruleset()
    {
        var (exitCode, text) = await Spectral.LintAsync(Description);
        output.WriteLine(text);

        Assert.True(exitCode == 0, $"Spectral found problems in api-docs/openapi.json (exit code {exitCode}):\n{text}");
    }

    [Fact]
    public async Task Ruleset_reports_a_missing_operation_id_and_a_missing_example()
    {
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(Description))!;
        var summary = doc["paths"]!["/api/articles/{id}/summary"]!["get"]!.AsObject();
        Assert.True(summary.Remove("operationId"));
        var notFound = doc["paths"]!["/api/parties/{id}"]!["get"]!["responses"]!["404"]!["content"]!["application/problem+json"]!.AsObject();
        Assert.True(notFound.Remove("example"));
        var broken = Path.Combine(_directory, "openapi.json");
        await File.WriteAllTextAsync(broken, doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var (exitCode, text) = await Spectral.LintAsync(broken);
        output.WriteLine(text);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(text.Split('\n'), l => l.Contains("newsapi-operation-id", StringComparison.Ordinal) && l.Contains("paths./api/articles/{id}/summary.get", StringComparison.Ordinal));
        Assert.Contains(text.Split('\n'), l => l.Contains("newsapi-response-example", StringComparison.Ordinal) && l.Contains("/api/parties/{id}", StringComparison.Ordinal));
    }
}
