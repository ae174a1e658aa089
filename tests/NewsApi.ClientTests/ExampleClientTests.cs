using NewsApi.ClientTests.Infrastructure;

namespace NewsApi.ClientTests;

/// <summary>
/// The example clients in tests/clients run against the real service on a loopback port: the Python script (standard
/// library only) with code-point offsets, and the TypeScript client compiled by tsc against types that
/// openapi-typescript generates from the committed api-docs/openapi.json (both pinned by package-lock.json).
/// </summary>
public sealed class ExampleClientTests : IDisposable
{
    private static readonly string ClientsFolder = Path.Combine(Repository.Root, "tests", "clients");

    private readonly ServiceFactory _service = new(kestrel: true);

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Python_example_ingests_lists_and_highlights_facts_with_code_point_offsets()
    {
        var baseAddress = _service.Start();

        var (exitCode, output) = await NodeTools.RunAsync(
            Path.Combine(ClientsFolder, "python"), "python3", ["highlight_facts.py", "--base", baseAddress.ToString(), "--key", ServiceFactory.ApiKey], TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
        Assert.Contains("articles from this example: 1", output, StringComparison.Ordinal);
        Assert.Contains("all slice body[start:end]: True", output, StringComparison.Ordinal);
        Assert.Contains("[figures: more than 1,400 people]", output, StringComparison.Ordinal);
        Assert.Contains("[dates: Thursday]", output, StringComparison.Ordinal);
        Assert.Contains("[person: José Nu\u0301ñez]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeScript_client_compiles_against_generated_types_and_runs()
    {
        var folder = Path.Combine(ClientsFolder, "typescript");
        await NodeTools.EnsureInstalledAsync(folder, "typescript");
        var generate = await NodeTools.RunAsync(folder, "npm", ["run", "--silent", "generate"], TimeSpan.FromMinutes(2));
        Assert.True(generate.ExitCode == 0, generate.Output);
        var build = await NodeTools.RunAsync(folder, "npm", ["run", "--silent", "build"], TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, build.Output);

        var baseAddress = _service.Start();
        var run = await NodeTools.RunAsync(folder, "node", ["dist/client.js", "--base", baseAddress.ToString()], TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("0 misplaced; analyze figure: More than 1,400 people = 1400 people", run.Output, StringComparison.Ordinal);
    }
}
