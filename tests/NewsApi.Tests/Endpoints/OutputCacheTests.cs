using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>Hot reads come from the output cache; writes through the API, and commits by other processes, invalidate it.</summary>
public sealed class OutputCacheTests
{
    private static async Task<long> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=1")).GetProperty("total").GetInt64();

    /// <summary>What another process (a bulk import, another instance) does: a commit on its own connection, unseen by the
    /// server's write path, that moves store_version as every NewsApi write transaction does.</summary>
    private static async Task InsertBehindTheServersBackAsync(NewsApiFactory factory)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        await connection.ExecuteAsync("""
            INSERT INTO articles (title, body, language, word_count, sentence_count, content_hash, analyzer_version, created_at, updated_at)
            VALUES ('External', 'Written by another process.', 'en', 4, 1, 'external-hash', '0', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
            UPDATE store_version SET version = version + 1;
            """);
    }

    [Fact]
    public async Task Writes_through_the_api_are_visible_at_once()
    {
        using var factory = new NewsApiFactory();
        var writer = factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "First"));
        Assert.Equal(1, await TotalAsync(writer));
        Assert.Equal(1, await TotalAsync(writer));

        var second = await TestData.CreateAsync(writer, TestData.Article(title: "Second", body: "Another body about Microsoft and Google."));
        Assert.Equal(2, await TotalAsync(writer));

        Assert.True((await writer.DeleteAsync($"/api/articles/{second}")).IsSuccessStatusCode);
        Assert.Equal(1, await TotalAsync(writer));
    }

    [Fact]
    public async Task Repeated_reads_are_cached_until_another_process_commits()
    {
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:OutputCache:WatchMilliseconds"] = "50" });
        var writer = factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article());
        Assert.Equal(1, await TotalAsync(writer));

        await InsertBehindTheServersBackAsync(factory);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var total = await TotalAsync(writer);
        while (total != 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            total = await TotalAsync(writer);
        }

        Assert.Equal(2, total);
    }

    [Fact]
    public async Task A_cached_response_is_served_until_the_watcher_notices()
    {
        // A watcher that effectively never looks: the stale answer proves the response came from the cache.
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:OutputCache:WatchMilliseconds"] = "3600000" });
        var writer = factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article());
        Assert.Equal(1, await TotalAsync(writer));

        await InsertBehindTheServersBackAsync(factory);

        Assert.Equal(1, await TotalAsync(writer));
        Assert.Equal(2, (await writer.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=2")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Caching_can_be_turned_off()
    {
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:OutputCache:Enabled"] = "false" });
        var writer = factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article());
        Assert.Equal(1, await TotalAsync(writer));

        await InsertBehindTheServersBackAsync(factory);

        Assert.Equal(2, await TotalAsync(writer));
    }

    [Fact]
    public async Task A_write_to_one_article_keeps_the_cached_answers_about_the_others_and_a_foreign_write_drops_them()
    {
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:OutputCache:WatchMilliseconds"] = "50" });
        var writer = factory.CreateWriter();
        var kept = await TestData.CreateAsync(writer, TestData.Article(title: "Kept", body: "Apple sold 5 million phones in Berlin on Monday."));
        var replaced = await TestData.CreateAsync(writer, TestData.Article(title: "Replaced", body: "Google hired 300 engineers in Paris."));
        var cached = await writer.GetStringAsync($"/api/articles/{kept}/facts");
        Assert.Equal(cached, await writer.GetStringAsync($"/api/articles/{kept}/facts"));

        // Changed behind the cache's back without moving the counter: only a cached answer still shows the old body.
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE article_views SET facts = article WHERE article_id = @kept;", new { kept });
        }

        var put = await writer.PutAsJsonAsync($"/api/articles/{replaced}", TestData.Article(title: "Replaced again", body: "Google hired 400 engineers in Rome."));
        Assert.True(put.IsSuccessStatusCode);
        await Task.Delay(300); // several watcher ticks: the lists are evicted, the answers about other articles are not
        Assert.Equal(cached, await writer.GetStringAsync($"/api/articles/{kept}/facts"));
        Assert.Contains("Rome", await writer.GetStringAsync($"/api/articles/{replaced}"));
        Assert.Contains("Replaced again", await writer.GetStringAsync("/api/articles"));

        // Another process's commit may have changed any article: the cached answer goes within the watch interval.
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE store_version SET version = version + 1;");
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        var now = await writer.GetStringAsync($"/api/articles/{kept}/facts");
        while (now == cached && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            now = await writer.GetStringAsync($"/api/articles/{kept}/facts");
        }

        Assert.NotEqual(cached, now);
        Assert.Contains("\"title\":\"Kept\"", now); // what the altered row now holds: the article view
    }

    [Theory]
    [InlineData("/api/articles/7", 7L)]
    [InlineData("/api/articles/7/facts", 7L)]
    [InlineData("/api/articles/7/summary", 7L)]
    [InlineData("/api/articles/7/sentences/", 7L)]
    [InlineData("/api/articles", null)]
    [InlineData("/api/articles/batch", null)]
    [InlineData("/api/articles/7/other", null)]
    [InlineData("/api/articles/7/facts/more", null)]
    [InlineData("/api/parties/7", null)]
    public void Only_the_answers_about_one_article_are_keyed_by_that_article(string path, long? article) =>
        Assert.Equal(article, NewsApi.Infrastructure.OutputCaching.ArticleOf(new Microsoft.AspNetCore.Http.PathString(path)));
}
