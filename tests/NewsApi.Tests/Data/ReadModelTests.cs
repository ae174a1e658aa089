using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

/// <summary>
/// The read model (article_views, migration 0009): the stored body of each per-article read must be byte for byte what
/// the read composed from the fact tables answers, must follow every write, and must never be served when stale.
/// </summary>
public sealed class ReadModelTests : IDisposable
{
    private static readonly string[] Views = ["", "/facts", "/summary", "/sentences"];

    private readonly NewsApiFactory _factory = new(seed: true, settings: new Dictionary<string, string?>
    {
        ["NewsApi:ReanalyzeOnStartup"] = "false",
        ["NewsApi:OutputCache:Enabled"] = "false",
    });

    public void Dispose() => _factory.Dispose();

    private static object Story(int i) => TestData.Article(
        title: $"Ministers meet in Brussels ({i})",
        body: $"BRUSSELS (Reuters) - Finance ministers from 19 countries met on Thursday. \"We agreed on {i + 3} billion euros,\" "
            + "said Jean Dupont, the French finance minister. Angela Merkel, the German chancellor, arrived late. "
            + $"About {1200 + i} protesters gathered outside the European Commission. Dupont said the talks would resume in March.",
        publishedAt: $"2024-0{1 + i % 9}-1{i % 9}T10:00:00Z");

    private static async Task<List<long>> IdsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
    }

    private static async Task<Dictionary<string, string>> ReadAllAsync(HttpClient client, IEnumerable<long> ids)
    {
        var bodies = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            foreach (var view in Views)
            {
                var response = await client.GetAsync($"/api/articles/{id}{view}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
                bodies[$"{id}{view}"] = await response.Content.ReadAsStringAsync();
            }
        }

        return bodies;
    }

    private async Task<long> CountViewsAsync()
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_views WHERE version = 1;");
    }

    private async Task ExpireViewsAsync()
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE article_views SET version = 0;");
    }

    [Fact]
    public async Task Stored_views_equal_the_composed_reads_byte_for_byte()
    {
        var writer = _factory.CreateWriter();
        var created = new Dictionary<long, string>();
        for (var i = 0; i < 4; i++)
        {
            var response = await writer.PostAsJsonAsync("/api/articles", Story(i));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            created[JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64()] = body;
        }

        var ids = await IdsAsync(writer);
        Assert.Equal(5, ids.Count); // the seed and the four stories
        Assert.Equal(5, await CountViewsAsync());
        var stored = await ReadAllAsync(writer, ids);

        await ExpireViewsAsync();
        var composed = await ReadAllAsync(writer, ids);

        Assert.Equal(composed.Keys.Order(), stored.Keys.Order());
        foreach (var key in composed.Keys)
        {
            Assert.Equal(composed[key], stored[key]);
        }

        // The body a POST returns is the article view, and equals a later GET.
        foreach (var (id, body) in created)
        {
            Assert.Equal(composed[$"{id}"], body);
        }
    }

    [Fact]
    public async Task Views_follow_a_replace_and_go_with_a_delete()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, Story(1));
        var replaced = await writer.PutAsJsonAsync($"/api/articles/{id}", Story(7));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var putBody = await replaced.Content.ReadAsStringAsync();
        Assert.Contains("10 billion euros", putBody);

        var stored = await ReadAllAsync(writer, [id]);
        Assert.Equal(putBody, stored[$"{id}"]);
        Assert.Contains("1207", stored[$"{id}/facts"]);
        await ExpireViewsAsync();
        var composed = await ReadAllAsync(writer, [id]);
        Assert.Equal(composed, stored);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/articles/{id}")).StatusCode);
        foreach (var view in Views)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/articles/{id}{view}")).StatusCode);
        }

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_views WHERE article_id = @id;", new { id }));
    }

    [Fact]
    public async Task Articles_without_current_views_are_composed_then_rendered_by_the_reanalysis()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, Story(2));
        var ids = await IdsAsync(writer);
        var before = await ReadAllAsync(writer, ids);
        await using (var connection = await _factory.OpenDatabaseAsync())
        {
            // What a store from before the read model has: no views at all.
            await connection.ExecuteAsync("DELETE FROM article_views;");
        }

        Assert.Equal(before, await ReadAllAsync(writer, ids));
        Assert.Equal(0, await CountViewsAsync());

        var reanalyzer = _factory.Services.GetRequiredService<Reanalyzer>();
        Assert.Equal(ids.Count, await reanalyzer.RunAsync(CancellationToken.None));
        Assert.Equal(ids.Count, await CountViewsAsync());
        var after = await ReadAllAsync(writer, ids);
        foreach (var key in before.Keys)
        {
            Assert.Equal(before[key], after[key]);
        }

        Assert.Equal(0, await reanalyzer.RunAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("/facts?types=figures")]
    [InlineData("/summary?sentences=1")]
    [InlineData("/summary?algorithm=lead")]
    [InlineData("/sentences?algorithm=textrank")]
    [InlineData("?offsets=codepoint")]
    public async Task Reads_with_other_parameters_are_composed_not_taken_from_the_view(string query)
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, Story(3));
        var fromView = await writer.GetStringAsync($"/api/articles/{id}{query}");
        await ExpireViewsAsync();
        Assert.Equal(await writer.GetStringAsync($"/api/articles/{id}{query}"), fromView);

        // The view holds the default only: a stored view that differed would show here, and it does not.
        var defaultPath = query.Split('?')[0];
        if (defaultPath.Length > 0)
        {
            Assert.NotEqual(await writer.GetStringAsync($"/api/articles/{id}{defaultPath}"), fromView);
        }
    }
}
