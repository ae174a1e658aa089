using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

public sealed class ReanalysisTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(settings: new Dictionary<string, string?> { ["NewsApi:ReanalyzeOnStartup"] = "false" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Articles_from_an_older_analyser_are_reanalysed_keeping_their_metadata()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article(body: "Putin met Obama in Moscow on Thursday. More than 1,400 people came."));
        var before = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        await using (var connection = await _factory.OpenDatabaseAsync())
        {
            // What an older analyser left behind: another version and no figures.
            await connection.ExecuteAsync("UPDATE articles SET analyzer_version = '0'; DELETE FROM figures;");
        }

        var updated = await _factory.Services.GetRequiredService<Reanalyzer>().RunAsync(CancellationToken.None);

        Assert.Equal(1, updated);
        var after = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(before.GetProperty("analyzerVersion").GetString(), after.GetProperty("analyzerVersion").GetString());
        Assert.Equal(before.GetProperty("updatedAt").GetString(), after.GetProperty("updatedAt").GetString());
        Assert.Equal(before.GetProperty("createdAt").GetString(), after.GetProperty("createdAt").GetString());
        var facts = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/facts?types=figures");
        Assert.Contains(facts.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDouble() == 1400);
        Assert.Equal(0, await _factory.Services.GetRequiredService<Reanalyzer>().RunAsync(CancellationToken.None));
    }
}
