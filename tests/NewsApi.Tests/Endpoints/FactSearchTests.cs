using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

public sealed class FactSearchTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(seed: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Figures_about_a_party_with_a_unit_come_with_their_sentence()
    {
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/figures?unit=people&party=Damascus");

        var hit = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("more than 1,400 people", hit.GetProperty("figure").GetProperty("text").GetString());
        Assert.Equal(1400, hit.GetProperty("figure").GetProperty("value").GetDouble());
        Assert.Contains("rebel-held suburbs of Damascus", hit.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/figures?kind=duration", 2)]
    [InlineData("/api/figures?min=3&max=3", 1)]
    [InlineData("/api/figures?party=Moscow", 0)]
    public async Task Figure_filters(string url, int expected)
    {
        var page = await _factory.CreateClient().GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Following_next_links_walks_every_figure_once()
    {
        var client = _factory.CreateClient();
        var all = (await client.GetFromJsonAsync<JsonElement>("/api/figures?limit=100")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();

        var seen = new List<long>();
        string? next = "/api/figures?limit=1";
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").GetString();
            if (next is not null)
            {
                Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(4, all.Count);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Calendar_lists_the_days_articles_talk_about_in_order_with_paging()
    {
        var client = _factory.CreateClient();
        var september = await client.GetFromJsonAsync<JsonElement>("/api/dates?from=2013-09-01&to=2013-09-30");

        var entries = september.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("date").GetProperty("value").GetString(), e.GetProperty("date").GetProperty("text").GetString())).ToList();
        Assert.Equal([("2013-09-05", "Thursday"), ("2013-09-06", "Friday"), ("2013-09-06", "Friday morning"), ("2013-09-09", "Monday")], entries);
        Assert.Contains("talks on Monday", september.GetProperty("items")[3].GetProperty("sentence").GetString(), StringComparison.Ordinal);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/dates?from=2013-09-01&to=2013-09-30&limit=2");
        var second = await client.GetFromJsonAsync<JsonElement>(first.GetProperty("next").GetString());
        Assert.Equal(["2013-09-06", "2013-09-09"], second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("value").GetString()));

        var august = await client.GetFromJsonAsync<JsonElement>("/api/dates?from=2013-08-21&to=2013-08-21");
        Assert.Equal(2, august.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/figures?kind=weight", "kind")]
    [InlineData("/api/figures?min=5&max=1", "min")]
    [InlineData("/api/figures?limit=0", "limit")]
    [InlineData("/api/figures?after=%%%", "after")]
    [InlineData("/api/dates?from=2013-10-01&to=2013-09-01", "from")]
    [InlineData("/api/dates?after=bm90IGEgY3Vyc29y", "after")]
    [InlineData("/api/figures?format=xml", "format")]
    [InlineData("/api/dates?format=xlsx", "format")]
    public async Task Bad_fact_queries_are_400(string url, string field)
    {
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync(url), field);
    }

    [Fact]
    public async Task Figures_as_csv_are_flat_rows_with_numbers_as_numbers_and_the_next_page_in_the_link_header()
    {
        var response = await _factory.CreateClient().GetAsync("/api/figures?format=csv&limit=2");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,articleId,articleTitle,publishedAt,text,start,end,value,valueMax,unit,currency,qualifier,kind,sentence", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(response.Headers.GetValues("Link"), l => l.Contains("rel=\"next\"", StringComparison.Ordinal));
        var all = await _factory.CreateClient().GetStringAsync("/api/figures?format=csv&unit=people");
        Assert.Contains(",more than 1,400 people,", all.Replace("\"more than 1,400 people\"", "more than 1,400 people", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(",1400,,people,,more than,count,", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_as_csv_via_accept_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dates?from=2013-09-05&to=2013-09-05");
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _factory.CreateClient().SendAsync(request);

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,articleId,articleTitle,publishedAt,text,start,end,value,endValue,granularity,relative,anchor,sentence", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Thursday,", StringComparison.Ordinal) && l.Contains(",2013-09-05,,day,true,2013-09-06,", StringComparison.Ordinal));
        Assert.Contains("Accept", response.Headers.Vary);
    }
}
