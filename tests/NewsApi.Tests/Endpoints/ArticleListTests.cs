using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

public sealed class ArticleListTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task ArrangeAsync()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Markets rally", body: "Stocks rose sharply in London on Monday.", source: "Wire A", publishedAt: "2024-01-10T09:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Election night", body: "Voters in Paris went to the polls.", source: "Wire B", publishedAt: "2024-02-15T09:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Stocks fall", body: "Stocks fell in Tokyo after the election.", source: "wire a", publishedAt: "2024-03-20T09:00:00Z"));
    }

    private async Task<List<string>> TitlesAsync(string url)
    {
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>(url);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Default_order_is_newest_first_with_the_paging_envelope()
    {
        await ArrangeAsync();
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?page=1&pageSize=2");

        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        Assert.Equal(["Stocks fall", "Election night"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.False(page.GetProperty("items")[0].TryGetProperty("body", out _));
        Assert.Equal(["Markets rally"], await TitlesAsync("/api/articles?page=2&pageSize=2"));
        Assert.Empty(await TitlesAsync("/api/articles?page=3&pageSize=2"));
    }

    [Theory]
    [InlineData("/api/articles?sort=publishedAt", new[] { "Markets rally", "Election night", "Stocks fall" })]
    [InlineData("/api/articles?sort=title", new[] { "Election night", "Markets rally", "Stocks fall" })]
    [InlineData("/api/articles?sort=-title", new[] { "Stocks fall", "Markets rally", "Election night" })]
    [InlineData("/api/articles?q=stocks&sort=publishedAt", new[] { "Markets rally", "Stocks fall" })]
    [InlineData("/api/articles?q=%22went%20to%20the%20polls%22", new[] { "Election night" })]
    [InlineData("/api/articles?q=elect*&sort=title", new[] { "Election night", "Stocks fall" })]
    [InlineData("/api/articles?source=WIRE%20A&sort=publishedAt", new[] { "Markets rally", "Stocks fall" })]
    [InlineData("/api/articles?from=2024-02-01&to=2024-02-28", new[] { "Election night" })]
    [InlineData("/api/articles?from=2024-02-15&sort=publishedAt", new[] { "Election night", "Stocks fall" })]
    [InlineData("/api/articles?to=2024-02-15", new[] { "Election night", "Markets rally" })]
    [InlineData("/api/articles?q=nothingmatches", new string[0])]
    public async Task Filters_and_sorts(string url, string[] expected)
    {
        await ArrangeAsync();
        Assert.Equal(expected, await TitlesAsync(url));
    }

    [Theory]
    [InlineData("/api/articles?from=2024-03-01&to=2024-03-31", 3)] // whole days: counted from the daily counts
    [InlineData("/api/articles?to=2024-03-31", 3)] // undated articles are outside every date filter
    [InlineData("/api/articles?from=2024-04-01", 1)]
    [InlineData("/api/articles?from=2024-03-01&to=2024-03-31&source=WIRE%20A", 1)]
    [InlineData("/api/articles?from=2024-03-01T00:00:01Z&to=2024-03-31", 2)] // a bound inside a day: counted over the articles
    [InlineData("/api/articles?from=2024-03-01&to=2024-03-31T23:59:58Z", 2)]
    public async Task Date_filtered_totals_count_the_listed_articles(string url, int expected)
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "First second of March", body: "Markets opened in March.", publishedAt: "2024-03-01T00:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Mid March", body: "A wire story in the middle of March.", source: "Wire A", publishedAt: "2024-03-15T12:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Last second of March", body: "Markets closed in March.", publishedAt: "2024-03-31T23:59:59Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "First second of April", body: "Markets opened in April.", publishedAt: "2024-04-01T00:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Undated", body: "A story without a date.", publishedAt: null));

        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>(url + "&pageSize=100");

        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
        Assert.Equal(expected, page.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/articles?q=polls")]
    [InlineData("/api/articles?q=polls&sort=-publishedAt")] // walks the date index, snippets from a second query
    [InlineData("/api/articles?q=polls&sort=publishedAt&from=2000-01-01")]
    public async Task Search_results_carry_a_snippet_with_the_matches_marked(string url)
    {
        await ArrangeAsync();
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>(url);

        var snippet = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var match = Assert.Single(snippet.GetProperty("matches").EnumerateArray());
        Assert.Equal("polls", text[match.GetProperty("start").GetInt32()..match.GetProperty("end").GetInt32()]);
        Assert.DoesNotContain('\u0001', text);

        var plain = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.False(plain.GetProperty("items")[0].TryGetProperty("snippet", out _));
    }

    /// <summary>
    /// A bare query's page and total on SQLite are ranked in C# from the scores of our own bm25 function (Fts5Rank); they
    /// must be FTS5's own <c>ORDER BY bm25(articles_fts, 10.0, 1.0), rowid DESC</c>, ties included (generated articles
    /// of many lengths repeat words, so scores tie and differ in the last bits).
    /// </summary>
    [Theory]
    [InlineData("harbour")]
    [InlineData("harb*")]
    [InlineData("ferry OR harbour")]
    [InlineData("\"the harbour\" OR quay")]
    [InlineData("harbour NOT ferry")]
    [InlineData("title:harbour OR body:ferry")]
    [InlineData("(harbour AND ferry) OR (quay NOT storm)")]
    [InlineData("the")]
    public async Task Relevance_order_and_total_are_fts5_bm25s(string q)
    {
        if (_factory.IsPostgres)
        {
            return; // ranked by ts_rank in SQL there
        }

        string[] words = ["harbour", "Harbour", "ferry", "the", "quay", "storm", "said", "on", "a", "harbours", "port", "the harbour"];
        var random = new Random(11);
        var writer = _factory.CreateWriter();
        for (var article = 0; article < 40; article++)
        {
            var body = string.Join(' ', Enumerable.Range(0, random.Next(3, 20 + (article * 6))).Select(_ => words[random.Next(words.Length)])) + ".";
            var title = $"Report {article} on the {words[random.Next(words.Length)]}";
            await TestData.CreateAsync(writer, TestData.Article(title: title, body: body, publishedAt: null));
        }

        await using var connection = await _factory.OpenDatabaseAsync();
        var expected = (await Dapper.SqlMapper.QueryAsync<long>(connection,
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q ORDER BY bm25(articles_fts, 10.0, 1.0), rowid DESC;",
            new { q = NewsApi.Data.FullTextQuery.Parse(q).ToFts5() })).ToList();
        var client = _factory.CreateClient();
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/articles?q={Uri.EscapeDataString(q)}&pageSize=7");
        var rest = await client.GetFromJsonAsync<JsonElement>($"/api/articles?q={Uri.EscapeDataString(q)}&pageSize=7&page=2");
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/articles?q={Uri.EscapeDataString(q)}&pageSize=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(expected.Take(14), first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(expected.Count, all.GetProperty("total").GetInt64());
        Assert.Equal(expected.Count, first.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Relevance_ranks_title_matches_first()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Weather report", body: "Rain over the harbour, and a note on the harbour ferry."));
        await TestData.CreateAsync(writer, TestData.Article(title: "Harbour reopens", body: "The port reopened on Monday."));

        Assert.Equal(["Harbour reopens", "Weather report"], await TitlesAsync("/api/articles?q=harbour"));
    }
}
