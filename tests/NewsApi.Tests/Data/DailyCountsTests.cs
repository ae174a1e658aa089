using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

/// <summary>
/// The daily and monthly counts (article_days, article_months, party_days and the party rollups) are kept by triggers; after every kind of write they must equal a
/// recount from the base tables, and the reads that use them must agree with the same questions asked of the articles.
/// </summary>
public sealed class DailyCountsTests : IDisposable
{
    private const string ArticleDaysDiff = """
        WITH recount AS (
            SELECT coalesce(substr(published_at, 1, 10), '') AS day, lower(coalesce(source, '')) AS source, count(*) AS articles
            FROM articles GROUP BY 1, 2)
        SELECT (SELECT count(*) FROM (SELECT day, lower(source), articles FROM article_days EXCEPT SELECT * FROM recount) d)
             + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT day, lower(source), articles FROM article_days) d);
        """;

    private const string ArticleMonthsDiff = """
        WITH recount AS (
            SELECT coalesce(substr(published_at, 1, 7), '') AS month, lower(coalesce(source, '')) AS source, count(*) AS articles
            FROM articles GROUP BY 1, 2)
        SELECT (SELECT count(*) FROM (SELECT month, lower(source), articles FROM article_months EXCEPT SELECT * FROM recount) d)
             + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT month, lower(source), articles FROM article_months) d);
        """;

    private const string PartyDaysDiff = """
        WITH recount AS (
            SELECT coalesce(substr(a.published_at, 1, 10), '') AS day, ap.party_id, count(*) AS articles, sum(ap.mention_count) AS mentions
            FROM article_parties ap JOIN articles a ON a.id = ap.article_id GROUP BY 1, 2)
        SELECT (SELECT count(*) FROM (SELECT day, party_id, articles, mentions FROM party_days EXCEPT SELECT * FROM recount) d)
             + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT day, party_id, articles, mentions FROM party_days) d);
        """;

    private const string PartyMonthsDiff = """
        WITH recount AS (
            SELECT substr(a.published_at, 1, 7) AS month, ap.party_id, count(*) AS articles, sum(ap.mention_count) AS mentions
            FROM article_parties ap JOIN articles a ON a.id = ap.article_id WHERE a.published_at IS NOT NULL GROUP BY 1, 2)
        SELECT (SELECT count(*) FROM (SELECT month, party_id, articles, mentions FROM party_months EXCEPT SELECT * FROM recount) d)
             + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT month, party_id, articles, mentions FROM party_months) d);
        """;

    /// <summary>Quarter ('yyyy-Qn') and year rows against a recount from the links: differing rows, both ways.</summary>
    private const string PartyQuartersAndYearsDiff = """
        WITH links AS (
            SELECT a.published_at AS at, ap.party_id, ap.mention_count
            FROM article_parties ap JOIN articles a ON a.id = ap.article_id WHERE a.published_at IS NOT NULL),
        quarters AS (
            SELECT substr(at, 1, 4) || '-Q' || ((CAST(substr(at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, party_id,
                   count(*) AS articles, sum(mention_count) AS mentions
            FROM links GROUP BY 1, 2),
        years AS (
            SELECT substr(at, 1, 4) AS year, party_id, count(*) AS articles, sum(mention_count) AS mentions
            FROM links GROUP BY 1, 2)
        SELECT (SELECT count(*) FROM (SELECT quarter, party_id, articles, mentions FROM party_quarters EXCEPT SELECT * FROM quarters) d)
             + (SELECT count(*) FROM (SELECT * FROM quarters EXCEPT SELECT quarter, party_id, articles, mentions FROM party_quarters) d)
             + (SELECT count(*) FROM (SELECT year, party_id, articles, mentions FROM party_years EXCEPT SELECT * FROM years) d)
             + (SELECT count(*) FROM (SELECT * FROM years EXCEPT SELECT year, party_id, articles, mentions FROM party_years) d);
        """;

    /// <summary>
    /// A party's roles and aliases (party_names) against a recount from the links: article count and first and last
    /// publication time of each, differing rows both ways; and links whose publication time is not their article's.
    /// </summary>
    private static string PartyNamesDiff(bool postgres) => $"""
        WITH names AS (
            SELECT ap.party_id, 'role' AS kind, ap.role AS value, a.published_at AS at, ap.article_id
            FROM article_parties ap JOIN articles a ON a.id = ap.article_id WHERE ap.role IS NOT NULL
            UNION
            SELECT ap.party_id, 'alias', j.value, a.published_at, ap.article_id
            FROM article_parties ap JOIN articles a ON a.id = ap.article_id, {(postgres ? "jsonb_array_elements_text(ap.aliases::jsonb) AS j(value)" : "json_each(ap.aliases) j")}),
        recount AS (SELECT party_id, kind, value, min(at) AS first_seen, max(at) AS last_seen, count(*) AS articles FROM names GROUP BY 1, 2, 3)
        SELECT (SELECT count(*) FROM (SELECT party_id, kind, value, first_seen, last_seen, articles FROM party_names EXCEPT SELECT * FROM recount) d)
             + (SELECT count(*) FROM (SELECT * FROM recount EXCEPT SELECT party_id, kind, value, first_seen, last_seen, articles FROM party_names) d)
             + (SELECT count(*) FROM article_parties ap JOIN articles a ON a.id = ap.article_id WHERE ap.published_at IS DISTINCT FROM a.published_at);
        """;

    /// <summary>
    /// Each query counts the rows where a rollup differs from a recount of its base rows: 0 when all agree. In the
    /// connection's dialect (the multi-instance tests use PostgreSQL whatever store the run is for).
    /// </summary>
    public static string[] Recounts(System.Data.IDbConnection connection) =>
        [ArticleDaysDiff, ArticleMonthsDiff, PartyDaysDiff, PartyMonthsDiff, PartyQuartersAndYearsDiff, PartyNamesDiff(connection is Npgsql.NpgsqlConnection)];

    /// <summary>The party window computed the slow way, from the links and the articles' dates.</summary>
    private const string WindowByJoin = """
        SELECT p.name || ':' || count(*) || ':' || sum(ap.mention_count) || ':' ||
               (count(*) - (SELECT count(*) FROM article_parties x JOIN articles y ON y.id = x.article_id
                            WHERE x.party_id = p.id AND substr(y.published_at, 1, 10) >= @PreviousFrom AND substr(y.published_at, 1, 10) < @From))
        FROM article_parties ap JOIN articles a ON a.id = ap.article_id JOIN parties p ON p.id = ap.party_id
        WHERE substr(a.published_at, 1, 10) >= @From AND substr(a.published_at, 1, 10) <= @To
        GROUP BY p.id ORDER BY p.name;
        """;

    private readonly NewsApiFactory _factory = new(seed: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Counts_reconcile_after_posts_updates_and_deletes()
    {
        var writer = _factory.CreateWriter();
        var a = await TestData.CreateAsync(writer, TestData.Article(title: "Putin in Moscow", body: "Russian President Vladimir Putin met officials in Moscow on Tuesday. Putin spoke.", source: "Wire A", publishedAt: "2013-09-10T10:00:00Z"));
        var b = await TestData.CreateAsync(writer, TestData.Article(title: "Putin and Obama", body: "Vladimir Putin and Barack Obama spoke by phone, the Kremlin said.", source: "wire a", publishedAt: "2013-09-10T23:00:00Z"));
        var c = await TestData.CreateAsync(writer, TestData.Article(title: "Undated", body: "Barack Obama visited Tokyo with aides.", source: null, publishedAt: null));
        await AssertReconciledAsync();

        // A new date and source move the article's counts; a new body replaces its parties.
        var moved = await writer.PutAsJsonAsync($"/api/articles/{a}", TestData.Article(title: "Putin in Moscow", body: "Vladimir Putin met Angela Merkel in Berlin.", source: "Wire B", publishedAt: "2013-10-01T08:00:00Z"));
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        await AssertReconciledAsync();

        Assert.True((await writer.DeleteAsync($"/api/articles/{b}")).IsSuccessStatusCode);
        Assert.True((await writer.DeleteAsync($"/api/articles/{c}")).IsSuccessStatusCode);
        await AssertReconciledAsync();

        var timeline = await writer.GetFromJsonAsync<JsonElement>("/api/stats/timeline?interval=month&from=2013-09-01&to=2013-10-31&party=Vladimir%20Putin");
        Assert.Equal(["2013-09-01:1", "2013-10-01:1"], timeline.GetProperty("buckets").EnumerateArray().Select(x => $"{x.GetProperty("start").GetString()}:{x.GetProperty("count").GetInt64()}"));
        var sources = await writer.GetFromJsonAsync<JsonElement>("/api/stats/overview");
        Assert.Equal(2, sources.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Party_window_counts_and_trend_match_the_articles()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "One", body: "Barack Obama met aides in Washington.", publishedAt: "2013-09-01T10:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Two", body: "Barack Obama spoke. Obama left for Tokyo.", publishedAt: "2013-09-09T10:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Three", body: "Barack Obama and Vladimir Putin talked in Tokyo.", publishedAt: "2013-09-10T10:00:00Z"));

        // Window 2013-09-08..14 (7 days) against 2013-09-01..07, which holds "One" and the seed (2013-09-06):
        // Tokyo 2 articles (+2), Barack Obama 2 (0), Vladimir Putin 1 (0).
        var page = await writer.GetFromJsonAsync<JsonElement>("/api/parties?from=2013-09-08&to=2013-09-14&sort=-trend&pageSize=2");

        var items = page.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("name").GetString()}:{i.GetProperty("articleCount").GetInt32()}:{i.GetProperty("trend").GetInt32()}").ToList();
        Assert.Equal(["Tokyo:2:2", "Barack Obama:2:0"], items);
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        var past = await writer.GetFromJsonAsync<JsonElement>("/api/parties?from=2013-09-08&to=2013-09-14&page=9&pageSize=2");
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(3, past.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("2013-08-15", "2013-10-20")] // partial month, a whole month, partial month; previous window the same
    [InlineData("2013-09-01", "2013-09-30")] // exactly one month, previous window in August
    [InlineData("2013-09-03", "2013-09-12")] // days inside one month
    [InlineData("2013-07-01", "2013-11-30")] // whole months only
    [InlineData("2013-07-01", "2013-09-30")] // a quarter, previous window a quarter
    [InlineData("2013-07-02", "2013-09-30")] // a quarter minus a day, previous window across a quarter boundary
    [InlineData("2013-01-02", "2013-12-31")] // a year minus a day; previous window in 2012
    [InlineData("2013-06-21", "2014-03-31")] // across a year end
    public async Task Party_windows_across_months_match_a_count_over_the_articles(string from, string to)
    {
        var writer = _factory.CreateWriter();
        string[] days = ["2012-12-31", "2013-01-01", "2013-06-20", "2013-07-02", "2013-08-01", "2013-08-14", "2013-08-31", "2013-09-01", "2013-09-12", "2013-09-30", "2013-10-01", "2013-10-20", "2013-10-21", "2013-11-30", "2014-01-05"];
        for (var i = 0; i < days.Length; i++)
        {
            var body = (i % 3) switch
            {
                0 => "Barack Obama met aides in Washington. Obama spoke.",
                1 => "Vladimir Putin and Barack Obama talked in Tokyo.",
                _ => "Angela Merkel visited Tokyo and Berlin.",
            };
            await TestData.CreateAsync(writer, TestData.Article(title: $"Story {i}", body: body, publishedAt: $"{days[i]}T12:00:00Z"));
        }

        var fromDay = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var length = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture).DayNumber - fromDay.DayNumber + 1;
        var previousFrom = fromDay.AddDays(-length).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = await _factory.OpenDatabaseAsync();
        var expected = (await connection.QueryAsync<string>(WindowByJoin, new { From = from, To = to, PreviousFrom = previousFrom })).ToList();

        var page = await writer.GetFromJsonAsync<JsonElement>($"/api/parties?from={from}&to={to}&sort=name&pageSize=100");

        var actual = page.GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("name").GetString()}:{i.GetProperty("articleCount").GetInt32()}:{i.GetProperty("mentionCount").GetInt32()}:{i.GetProperty("trend").GetInt32()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
    }

    private async Task AssertReconciledAsync()
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(ArticleDaysDiff));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(PartyDaysDiff));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(PartyMonthsDiff));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(PartyQuartersAndYearsDiff));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(PartyNamesDiff(connection is Npgsql.NpgsqlConnection)));
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM party_names WHERE kind = 'alias';") > 0);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM party_years;") > 0);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM party_days;") > 0);
    }
}
