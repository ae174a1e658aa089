using System.Net;
using System.Net.Http.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>The Prometheus scrape endpoint: per-route request durations, analysis stages, cache hits, database time.</summary>
public sealed class MetricsTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Metrics_show_route_durations_analysis_stages_articles_stored_cache_hits_and_database_time()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article());
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{id}/facts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{id}/facts")).StatusCode); // from the cache
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/analyze", new { text = "Shares rose 2% on Monday." })).StatusCode);

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/articles/{id}/facts\"", text, StringComparison.Ordinal);
        Assert.Contains("newsapi_analysis_stage_duration_seconds_count{", text, StringComparison.Ordinal);
        foreach (var stage in new[] { "parse", "summaries", "parties", "figures", "dates", "quotes" })
        {
            Assert.Contains($"stage=\"{stage}\"", text, StringComparison.Ordinal);
        }

        Assert.Matches("newsapi_articles_stored_total\\{[^}]*operation=\"create\"[^}]*\\} [1-9]", text); // other test hosts in this process share the meter name
        Assert.Matches("newsapi_output_cache_lookups_total\\{[^}]*result=\"hit\"[^}]*\\} [1-9]", text);
        Assert.Matches("newsapi_output_cache_lookups_total\\{[^}]*result=\"miss\"[^}]*\\} [1-9]", text);
        // SQLite's own statement timer, or on PostgreSQL Npgsql's command durations.
        Assert.Matches(_factory.IsPostgres ? "db_client_operation_duration_seconds_count\\{[^}]*\\} [1-9]" : "newsapi_db_statement_duration_seconds_count\\{[^}]*\\} [1-9]", text);
    }

    [Fact]
    public async Task Metrics_can_be_turned_off_or_kept_to_a_private_port()
    {
        using var off = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:Metrics:Enabled"] = "false" });
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/metrics")).StatusCode);

        using var privatePort = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:Metrics:Port"] = "9464" });
        Assert.Equal(HttpStatusCode.NotFound, (await privatePort.CreateClient().GetAsync("/metrics")).StatusCode);
        using var onPort = new HttpRequestMessage(HttpMethod.Get, "http://localhost:9464/metrics");
        Assert.Equal(HttpStatusCode.OK, (await privatePort.CreateClient().SendAsync(onPort)).StatusCode);
    }
}
