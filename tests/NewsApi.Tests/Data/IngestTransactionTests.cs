using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

public sealed class IngestTransactionTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    [Fact]
    public async Task A_failure_while_storing_facts_leaves_nothing_half_written()
    {
        _ = _factory.CreateClient();
        await using (var connection = await OpenAsync())
        {
            // Simulate a storage failure after the article, its sentences and parties are written.
            await connection.ExecuteAsync("CREATE TRIGGER fail_dates BEFORE INSERT ON dates BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }

        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var draft = new ArticleDraft("Title", "Putin met Obama in Moscow on Thursday. More than 1,400 people came.", null, null, null, new DateTimeOffset(2013, 9, 6, 0, 0, 0, TimeSpan.Zero), "en");

        await Assert.ThrowsAsync<SqliteException>(() => ingestor.CreateAsync(draft, CancellationToken.None));

        await using var check = await OpenAsync();
        foreach (var table in new[] { "articles", "sentences", "sentence_scores", "figures", "dates", "parties", "article_parties", "party_mentions", "quotes", "articles_fts" })
        {
            Assert.Equal(0L, await check.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table};"));
        }
    }

    [Fact]
    public async Task Concurrent_posts_store_each_article_exactly_once()
    {
        var writer = _factory.CreateWriter();
        var articles = Enumerable.Range(0, 8).Select(i => TestData.Article(title: $"Story {i}", body: $"Story number {i} happened in Paris on Monday. It was reported by {i + 2} people.")).ToList();

        var responses = await Task.WhenAll(articles.Concat(articles).Concat(articles).Select(a => writer.PostAsJsonAsync("/api/articles", a)));

        Assert.Equal(8, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(16, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        await using var check = await OpenAsync();
        Assert.Equal(8L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"));
        Assert.Equal(8L, await check.ExecuteScalarAsync<long>("SELECT count(DISTINCT article_id) FROM sentences;"));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles);"));
    }
}
