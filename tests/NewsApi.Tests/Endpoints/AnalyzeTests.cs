using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

public sealed class AnalyzeTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Analyze_returns_sentences_summary_and_facts_without_storing()
    {
        const string text = "Russian President Vladimir Putin met officials in Moscow on Thursday. More than 1,400 people attended, Putin said. \"We agreed on nothing,\" he added.";
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/analyze?sentences=2", new { title = "Putin meets officials", text, publishedAt = "2013-09-06T12:00:00Z" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sentences = result.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(3, sentences.Count);
        foreach (var s in sentences)
        {
            Assert.Equal(text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], s.GetProperty("text").GetString());
        }

        Assert.Equal(2, result.GetProperty("summary").GetProperty("sentences").GetArrayLength());
        var facts = result.GetProperty("facts");
        Assert.Contains(facts.GetProperty("dates").EnumerateArray(), d => d.GetProperty("value").GetString() == "2013-09-05");
        Assert.Contains(facts.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDouble() == 1400);
        var putin = Assert.Single(facts.GetProperty("parties").EnumerateArray(), p => p.GetProperty("name").GetString() == "Vladimir Putin");
        Assert.Contains(facts.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speakerPartyId").ValueKind == JsonValueKind.Number && q.GetProperty("speakerPartyId").GetInt64() == putin.GetProperty("id").GetInt64());

        var stored = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(0, stored.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Analyze_validates_its_input()
    {
        var client = _factory.CreateClient();
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/analyze", new { title = "x" }), "text");
        await ProblemAssert.IsValidationProblemAsync(await client.PostAsJsonAsync("/api/analyze?ratio=7", new { text = "Hello there." }), "ratio");
    }

    [Fact]
    public async Task Algorithms_lists_the_default()
    {
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/algorithms");

        var keys = list.EnumerateArray().Select(a => a.GetProperty("key").GetString()).ToList();
        Assert.Contains("lead", keys);
        Assert.Contains("textrank", keys);
        Assert.Single(list.EnumerateArray(), a => a.GetProperty("isDefault").GetBoolean());
    }
}

public sealed class HealthTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Health_checks_the_database_and_alive_answers_without_it()
    {
        var client = _factory.CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("articles").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task Database_is_at_the_latest_migration_and_sqlite_uses_wal()
    {
        _ = _factory.CreateClient();
        await using var connection = await _factory.OpenDatabaseAsync();
        var latest = DatabaseMigrator.Migrations(_factory.Store).Count;
        if (_factory.IsPostgres)
        {
            Assert.Equal(latest, await connection.ExecuteScalarAsync<int>("SELECT max(version) FROM schema_migrations;"));
            return;
        }

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(latest, await connection.ExecuteScalarAsync<int>("PRAGMA user_version;"));
    }
}
