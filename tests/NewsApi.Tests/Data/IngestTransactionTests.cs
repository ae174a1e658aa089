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

    private Task<System.Data.Common.DbConnection> OpenAsync() => _factory.OpenDatabaseAsync();

    [Fact]
    public async Task A_failure_while_storing_facts_leaves_nothing_half_written()
    {
        _ = _factory.CreateClient();
        await using (var connection = await OpenAsync())
        {
            // Simulate a storage failure after the article, its sentences and parties are written.
            await connection.ExecuteAsync(_factory.IsPostgres
                ? """
                  CREATE FUNCTION fail_dates() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$;
                  CREATE TRIGGER fail_dates BEFORE INSERT ON dates FOR EACH ROW EXECUTE FUNCTION fail_dates();
                  """
                : "CREATE TRIGGER fail_dates BEFORE INSERT ON dates BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }

        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var draft = new ArticleDraft("Title", "Putin met Obama in Moscow on Thursday. More than 1,400 people came.", null, null, null, new DateTimeOffset(2013, 9, 6, 0, 0, 0, TimeSpan.Zero), "en");

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => ingestor.CreateAsync(draft, CancellationToken.None));

        await using var check = await OpenAsync();
        string[] tables = ["articles", "sentences", "sentence_scores", "figures", "dates", "parties", "article_parties", "party_mentions", "quotes", "article_days", "party_days"];
        foreach (var table in _factory.IsPostgres ? tables : [.. tables, "articles_fts"])
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

    /// <summary>
    /// 16 clients × 40 posts in CI; the full 16 × 500 run is
    /// <c>NEWSAPI_POSTS_PER_CLIENT=500 dotnet test tests/NewsApi.Tests --filter Sixteen_clients</c>.
    /// </summary>
    [Fact]
    public async Task Sixteen_clients_posting_overlapping_articles_store_each_once_without_errors()
    {
        const int clients = 16;
        var perClient = int.TryParse(Environment.GetEnvironmentVariable("NEWSAPI_POSTS_PER_CLIENT"), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 40;
        var distinct = clients * perClient / 2;
        var articles = Enumerable.Range(0, distinct)
            .Select(i => TestData.Article(title: $"Wire {i}", body: $"Agency item {i}: officials in Paris said on Monday that {i} people attended.", url: $"https://example.com/{i}"))
            .ToArray();

        // Every article is posted by two different clients at about the same time.
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var client = _factory.CreateWriter();
            var codes = new List<HttpStatusCode>(perClient);
            for (var k = 0; k < perClient; k++)
            {
                var index = ((c / 2) * perClient) + k;
                codes.Add((await client.PostAsJsonAsync("/api/articles", articles[index])).StatusCode);
            }

            return codes;
        }));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(distinct, all.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(distinct, all.Count(s => s == HttpStatusCode.Conflict));
        await using var check = await OpenAsync();
        Assert.Equal((long)distinct, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"));
        Assert.Equal((long)distinct, await check.ExecuteScalarAsync<long>("SELECT count(DISTINCT url) FROM articles;"));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM articles a WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id);"));
        Assert.Equal((long)distinct, await check.ExecuteScalarAsync<long>("SELECT sum(articles) FROM article_days;"));
        Assert.Equal(
            await check.ExecuteScalarAsync<long>("SELECT count(*) FROM article_parties;"),
            await check.ExecuteScalarAsync<long>("SELECT sum(articles) FROM party_days;"));
        foreach (var recount in DailyCountsTests.Recounts(check))
        {
            Assert.Equal(0L, await check.ExecuteScalarAsync<long>(recount)); // every rollup row equals a recount
        }
    }
}
