using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingestion;
using NewsApi.Mapping;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

/// <summary>
/// The read model (article_views, migration 0009, and article_items, 0012): the stored body of each per-article read,
/// and each list page joined from stored items, must be byte for byte what the read composed from the tables answers,
/// must follow every write, and must never be served when stale.
/// </summary>
public sealed class ReadModelTests : IDisposable
{
    private static readonly string[] Views = ["", "/facts", "/summary", "/sentences"];

    // List pages without a full-text query: every sort, a date window, a source, a party, a second page, an empty page.
    private static readonly string[] Lists =
    [
        "/api/articles", "/api/articles?pageSize=2&page=2", "/api/articles?sort=title", "/api/articles?sort=-title",
        "/api/articles?sort=publishedAt", "/api/articles?sort=createdAt", "/api/articles?sort=-createdAt",
        "/api/articles?from=2024-02-01&to=2024-04-30", "/api/articles?source=Reuters", "/api/articles?party=Jean%20Dupont",
        "/api/articles?page=9",
    ];

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
        publishedAt: $"2024-0{1 + i % 9}-1{i % 9}T10:00:00Z",
        source: i % 2 == 0 ? "Reuters" : null);

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

        foreach (var list in Lists)
        {
            var response = await client.GetAsync(list);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            bodies[list] = await response.Content.ReadAsStringAsync() + " Link: " + string.Join(", ", response.Headers.GetValues("Link"));
        }

        return bodies;
    }

    private async Task<long> CountViewsAsync()
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_views v JOIN article_items i ON i.article_id = v.article_id AND i.version = v.version WHERE v.version = @Version;", new { ArticleViews.Version });
    }

    private async Task ExpireViewsAsync()
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        await connection.ExecuteAsync("UPDATE article_views SET version = 0; UPDATE article_items SET version = 0;");
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
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_items WHERE article_id = @id;", new { id }));
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
            await connection.ExecuteAsync("DELETE FROM article_views; DELETE FROM article_items;");
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

    [Fact]
    public async Task A_stored_view_has_the_etag_of_its_bytes_and_answers_304()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, Story(4));
        var stored = await writer.GetAsync($"/api/articles/{id}/facts");
        var etag = stored.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(stored.Content.Headers.ContentLength, (await stored.Content.ReadAsByteArrayAsync()).Length);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{id}/facts");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await writer.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await ExpireViewsAsync();
        Assert.Equal(etag, (await writer.GetAsync($"/api/articles/{id}/facts")).Headers.ETag);
    }

    [Theory]
    [InlineData("+{0}")]
    [InlineData("0{0}")]
    [InlineData("{0}?")]
    [InlineData("{0}?offsets=utf16")]
    public async Task A_stored_read_answers_every_spelling_of_the_same_request_alike(string spelling)
    {
        // Without a query string the stored body is served before binding (StoredReads); with one, or an id the binding
        // reads the same way, the handler answers: both the same bytes and headers.
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, Story(5));
        foreach (var view in Views)
        {
            var plain = await writer.GetAsync($"/api/articles/{id}{view}");
            var spelled = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, id);
            var path = spelled.Contains('?') ? $"/api/articles/{spelled.Replace("?", view + "?")}" : $"/api/articles/{spelled}{view}";
            var other = await writer.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(await plain.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
            Assert.Equal(plain.Headers.ETag, other.Headers.ETag);
            Assert.Equal(plain.Content.Headers.ContentLength, other.Content.Headers.ContentLength);
            Assert.Equal(plain.Headers.CacheControl, other.Headers.CacheControl);
        }
    }

    [Fact]
    public async Task Stored_reads_in_parallel_each_get_their_own_bytes()
    {
        // The stored bodies are read into pooled buffers that go back to the pool when each request ends: a buffer shared
        // by two responses would show here as another article's bytes.
        var writer = _factory.CreateWriter();
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await TestData.CreateAsync(writer, Story(10 + i)));
        }

        var expected = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            foreach (var view in Views)
            {
                expected[$"/api/articles/{id}{view}"] = await writer.GetStringAsync($"/api/articles/{id}{view}");
            }
        }

        var paths = expected.Keys.ToArray();
        await Parallel.ForAsync(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var path = paths[i % paths.Length];
            Assert.Equal(expected[path], await writer.GetStringAsync(path, ct));
        });
    }

    [Fact]
    public async Task A_read_without_a_stored_view_falls_through_to_the_handler()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, Story(6));
        var stored = await ReadAllAsync(writer, [id]);
        await using (var connection = await _factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DELETE FROM article_views WHERE article_id = @id;", new { id });
        }

        Assert.Equal(stored, await ReadAllAsync(writer, [id]));
        foreach (var view in Views)
        {
            var missing = await writer.GetAsync($"/api/articles/{id + 1000}{view}");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains($"No article with id {id + 1000}.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
