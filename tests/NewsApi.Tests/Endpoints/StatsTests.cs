using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>Cross-article queries on a small multi-article set written for these tests, plus the seed.</summary>
public sealed class StatsTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(seed: true);

    public void Dispose() => _factory.Dispose();

    private async Task ArrangeAsync()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Putin in Moscow", body: "Russian President Vladimir Putin met officials in Moscow on Tuesday.", source: "Wire A", publishedAt: "2013-09-10T10:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Putin and Obama", body: "Vladimir Putin and Barack Obama spoke by phone, the Kremlin said.", source: "Wire B", publishedAt: "2013-09-12T10:00:00Z"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Markets", body: "Stocks rose in Tokyo as traders bought shares.", source: "Wire A", publishedAt: "2013-10-02T10:00:00Z"));
    }

    [Fact]
    public async Task Timeline_by_day_is_zero_filled_with_inclusive_ends()
    {
        await ArrangeAsync();
        var timeline = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats/timeline?interval=day&from=2013-09-05&to=2013-09-12");

        var buckets = timeline.GetProperty("buckets").EnumerateArray().Select(b => (b.GetProperty("start").GetString(), b.GetProperty("count").GetInt64())).ToList();
        Assert.Equal(8, buckets.Count);
        Assert.Equal(("2013-09-05", 0L), buckets[0]);
        Assert.Equal(("2013-09-06", 1L), buckets[1]);
        Assert.Equal(("2013-09-10", 1L), buckets[5]);
        Assert.Equal(("2013-09-12", 1L), buckets[7]);
        Assert.Equal(3, timeline.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("interval=week", new[] { "2013-09-02:1", "2013-09-09:2", "2013-09-16:0", "2013-09-23:0", "2013-09-30:1" })]
    [InlineData("interval=month", new[] { "2013-09-01:3", "2013-10-01:1" })]
    [InlineData("interval=month&source=wire%20a", new[] { "2013-09-01:1", "2013-10-01:1" })]
    [InlineData("interval=month&q=putin", new[] { "2013-09-01:3" })]
    [InlineData("interval=month&party=Barack%20Obama", new[] { "2013-09-01:2" })]
    public async Task Timeline_buckets_and_filters(string query, string[] expected)
    {
        await ArrangeAsync();
        var timeline = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/stats/timeline?{query}");

        Assert.Equal(expected, timeline.GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("start").GetString()}:{b.GetProperty("count").GetInt64()}"));
    }

    [Theory]
    [InlineData("party=Vladimir%20Putin&party=Barack%20Obama", new[] { "Putin and Obama", "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks" })]
    [InlineData("party=Vladimir%20Putin&party=Barack%20Obama&partyMode=all", new[] { "Putin and Obama", "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks" })]
    [InlineData("party=Tokyo&party=Kremlin&partyMode=any", new[] { "Markets", "Putin and Obama", "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks" })]
    [InlineData("party=Tokyo&party=Kremlin", new string[0])]
    public async Task Several_parties_filter_with_all_or_any(string query, string[] expected)
    {
        await ArrangeAsync();
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles?{query}");

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Party_filter_limits_are_400()
    {
        var query = string.Join('&', Enumerable.Range(0, 11).Select(i => $"party=p{i}"));
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync($"/api/articles?{query}"), "party");
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync("/api/articles?party=x&partyMode=some"), "partyMode");
    }

    [Fact]
    public async Task Timeline_as_csv()
    {
        await ArrangeAsync();
        var csv = await _factory.CreateClient().GetStringAsync("/api/stats/timeline?interval=month&format=csv");

        Assert.Equal("start,count\r\n2013-09-01,3\r\n2013-10-01,1\r\n", csv);
    }

    [Theory]
    [InlineData("interval=hour", "interval")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2013-10-01&to=2013-09-01", "from")]
    [InlineData("interval=day&from=1900-01-01&to=2013-01-01", "interval")]
    [InlineData("q=%22open", "q")]
    public async Task Bad_timeline_queries_are_400(string query, string field)
    {
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync($"/api/stats/timeline?{query}"), field);
    }

    [Fact]
    public async Task Party_timeline_and_cooccurring_parties()
    {
        await ArrangeAsync();
        var client = _factory.CreateClient();
        var putin = (await client.GetFromJsonAsync<JsonElement>("/api/parties?q=Vladimir%20Putin")).GetProperty("items")[0].GetProperty("id").GetInt64();

        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/parties/{putin}/timeline?interval=month");
        Assert.Equal(["2013-09-01:3"], timeline.GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("start").GetString()}:{b.GetProperty("count").GetInt64()}"));

        var together = await client.GetFromJsonAsync<JsonElement>($"/api/parties/{putin}/cooccurring?limit=50");
        var items = together.GetProperty("items").EnumerateArray().ToList();
        var obama = Assert.Single(items, i => i.GetProperty("name").GetString() == "Barack Obama");
        Assert.Equal(2, obama.GetProperty("articleCount").GetInt32());
        Assert.DoesNotContain(items, i => i.GetProperty("id").GetInt64() == putin);
        Assert.Equal(items.Select(i => i.GetProperty("articleCount").GetInt32()).OrderDescending(), items.Select(i => i.GetProperty("articleCount").GetInt32()));

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/parties/99999/timeline"), System.Net.HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/parties/99999/cooccurring"), System.Net.HttpStatusCode.NotFound);
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/parties/{putin}/cooccurring?limit=0"), "limit");
    }

    [Fact]
    public async Task Parties_in_a_window_with_trend_against_the_previous_window()
    {
        await ArrangeAsync();
        var client = _factory.CreateClient();

        // 2013-09-09..12 holds two articles with Putin; the four days before (09-05..08) hold the seed (09-06) with him too.
        var window = await client.GetFromJsonAsync<JsonElement>("/api/parties?from=2013-09-09&to=2013-09-12&sort=-trend&type=person");
        var items = window.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => (i.GetProperty("articleCount").GetInt32(), i.GetProperty("trend").GetInt32()));
        Assert.Equal((2, 1), items["Vladimir Putin"]);
        Assert.Equal((1, 0), items["Barack Obama"]);
        Assert.False(items.ContainsKey("Ben Rhodes"));
        var trends = window.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("trend").GetInt32()).ToList();
        Assert.Equal(trends.OrderDescending(), trends);

        var plain = await client.GetFromJsonAsync<JsonElement>("/api/parties?type=person");
        Assert.False(plain.GetProperty("items")[0].TryGetProperty("trend", out _));
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/parties?sort=-trend"), "sort");
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/parties?from=2013-09-10"), "from");
    }

    [Fact]
    public async Task Overview_has_totals_top_parties_sources_and_latest()
    {
        await ArrangeAsync();
        var overview = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats/overview");

        Assert.Equal(4, overview.GetProperty("articles").GetInt64());
        Assert.True(overview.GetProperty("parties").GetInt64() > 20);
        Assert.Equal("2013-09-06", overview.GetProperty("firstPublishedAt").GetDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Wire A:2", "Wire B:1"], overview.GetProperty("topSources").EnumerateArray().Select(s => $"{s.GetProperty("name").GetString()}:{s.GetProperty("count").GetInt64()}"));
        Assert.Equal("Markets", overview.GetProperty("latest")[0].GetProperty("title").GetString());
        var top = overview.GetProperty("topParties").EnumerateArray().Select(p => p.GetProperty("mentionCount").GetInt32()).ToList();
        Assert.Equal(top.OrderDescending(), top);
    }

    [Fact]
    public async Task Overview_latest_and_top_parties_are_the_list_endpoints_first_items()
    {
        await ArrangeAsync();
        var client = _factory.CreateClient();
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/stats/overview");
        var articles = await client.GetFromJsonAsync<JsonElement>("/api/articles?sort=-publishedAt&pageSize=5");
        var parties = await client.GetFromJsonAsync<JsonElement>("/api/parties?sort=-mentions&pageSize=10");

        // Every field of every item, as the list endpoints render them.
        Assert.Equal(articles.GetProperty("items").GetRawText(), overview.GetProperty("latest").GetRawText());
        Assert.Equal(parties.GetProperty("items").GetRawText(), overview.GetProperty("topParties").GetRawText());
        Assert.Equal(parties.GetProperty("total").GetInt64(), overview.GetProperty("parties").GetInt64());
    }

    [Fact]
    public async Task Kept_statements_answer_right_when_their_parameters_change_and_come_back()
    {
        await ArrangeAsync();
        var client = _factory.CreateClient();
        var all = (await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=10")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(4, all.Count);

        // One client, one request at a time: the same pooled connection and its kept statements, bound again and
        // again with values that change and come back (a bound value left in place must still be the right one).
        foreach (var (page, size) in new[] { (1, 1), (2, 1), (1, 3), (2, 3), (1, 1), (4, 1), (1, 3) })
        {
            var items = (await client.GetFromJsonAsync<JsonElement>($"/api/articles?page={page}&pageSize={size}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64());
            Assert.Equal(all.Skip((page - 1) * size).Take(size), items);
        }

        foreach (var (q, type) in new[] { ("put", "person"), ("put", "place"), ("mos", "place"), ("put", "person"), ("", "person"), ("put", "") })
        {
            var filtered = await client.GetFromJsonAsync<JsonElement>($"/api/parties?pageSize=50{(q == "" ? "" : "&q=" + q)}{(type == "" ? "" : "&type=" + type)}");
            var names = filtered.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("name").GetString()!, i.GetProperty("type").GetString())).ToList();
            Assert.All(names, n => Assert.Contains(q, n.Item1, StringComparison.OrdinalIgnoreCase));
            Assert.All(names, n => Assert.True(type == "" || n.Item2 == type));
            Assert.Equal(names.Count, filtered.GetProperty("total").GetInt64());
        }

        var putin = await client.GetFromJsonAsync<JsonElement>("/api/parties?q=putin&type=person");
        Assert.Equal("Vladimir Putin", putin.GetProperty("items")[0].GetProperty("name").GetString());
        var none = await client.GetFromJsonAsync<JsonElement>("/api/parties?q=putin&type=place");
        Assert.Equal(0, none.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Empty_database_gives_an_empty_timeline()
    {
        using var empty = new NewsApiFactory();
        var timeline = await empty.CreateClient().GetFromJsonAsync<JsonElement>("/api/stats/timeline");
        Assert.Equal(0, timeline.GetProperty("buckets").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("from").ValueKind);
    }
}
