using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>Every kind of bad input gets a 4xx problem with a useful detail, and nothing is stored.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_read_without_parameters_does_not_make_later_bad_values_pass()
    {
        // The validation filter decides once that the empty query is valid; values are still validated every time.
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/parties")).StatusCode);
            await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/parties?pageSize=0"), "pageSize");
            await ProblemAssert.IsValidationProblemAsync(await client.GetAsync("/api/parties?sort=sideways"), "sort");
        }
    }

    [Theory]
    [InlineData("{bad", "not valid JSON")]
    [InlineData("[1,2,3]", "not valid JSON")]
    public async Task Malformed_json_is_400_with_the_json_error(string json, string detailContains)
    {
        var response = await _factory.CreateWriter().PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("{\"title\": 5, \"body\": \"x\"}", "title", "'title' must be a string.")]
    [InlineData("{\"title\": \"t\", \"body\": \"b\", \"publishedAt\": \"yesterday\"}", "publishedAt", "'publishedAt' must be a date or date-time such as 2013-09-06 or 2013-09-06T12:00:00Z.")]
    [InlineData("{\"title\": \"t\", \"body\": {\"a\": [[[[[[[[]]]]]]]]}}", "body", "'body' must be a string.")]
    public async Task Mistyped_json_fields_are_400_per_field_in_the_apis_words(string json, string field, string message)
    {
        var response = await _factory.CreateWriter().PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("System.", problem.GetRawText(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("{\"title\": \"T\", \"body\": \"Lone \\ud800 surrogate.\"}")]
    [InlineData("{\"title\": \"T\", \"body\": \"Reversed \\udc00\\ud800 pair.\"}")]
    [InlineData("{\"title\": \"T\\u0000\", \"body\": \"Text.\"}")]
    public async Task Invalid_utf16_and_nul_escapes_are_400(string json)
    {
        var response = await _factory.CreateWriter().PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        var json = "{\"title\":\"t\",\"body\":" + new string('[', 5000) + new string(']', 5000) + "}";
        var response = await _factory.CreateWriter().PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Missing_body_and_wrong_content_type_are_4xx()
    {
        var writer = _factory.CreateWriter();
        await ProblemAssert.IsProblemAsync(await writer.PostAsync("/api/articles", new StringContent("", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await writer.PostAsync("/api/articles", new StringContent("title=x", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    public static TheoryData<object, string> InvalidArticles => new()
    {
        { new { body = "Text." }, "title" },
        { new { title = "   ", body = "Text." }, "title" },
        { new { title = "T" }, "body" },
        { new { title = new string('x', 501), body = "Text." }, "title" },
        { new { title = "T", body = "Text.", url = "not a url" }, "url" },
        { new { title = "T", body = "Text.", url = "ftp://example.com/x" }, "url" },
        { new { title = "T", body = "Text.", publishedAt = "1066-10-14T00:00:00Z" }, "publishedAt" },
        { new { title = "T", body = "Text.", publishedAt = "2999-01-01T00:00:00Z" }, "publishedAt" },
        { new { title = "T", body = "Text.", language = "english" }, "language" },
        { new { title = "T", body = "Nul \u0000 inside." }, "body" },
        { new { title = "Tab\u0007bell", body = "Text." }, "title" },
        { new { title = "T", body = "... --- !!!" }, "body" },
        { new { title = "T", body = "Text.", source = new string('s', 201) }, "source" },
    };

    [Theory]
    [MemberData(nameof(InvalidArticles))]
    public async Task Invalid_fields_are_400_with_per_field_errors(object article, string field)
    {
        var response = await _factory.CreateWriter().PostAsJsonAsync("/api/articles", article);

        await ProblemAssert.IsValidationProblemAsync(response, field);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Oversize_body_is_413()
    {
        var body = new string('a', 1_100_000);
        var response = await _factory.CreateWriter().PostAsJsonAsync("/api/articles", new { title = "Big", body });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Body_over_the_character_cap_but_under_the_byte_cap_is_400()
    {
        var body = string.Join(' ', Enumerable.Repeat("word.", 45_000));
        var response = await _factory.CreateWriter().PostAsJsonAsync("/api/articles", new { title = "Long", body });

        await ProblemAssert.IsValidationProblemAsync(response, "body");
    }

    [Theory]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?pageSize=101", "pageSize")]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/articles?from=2013-13-45", "from")]
    [InlineData("/api/articles?to=soon", "to")]
    [InlineData("/api/articles?from=2014-01-01&to=2013-01-01", "from")]
    [InlineData("/api/articles?sort=random", "sort")]
    [InlineData("/api/articles?sort=relevance", "sort")]
    [InlineData("/api/articles?q=%22unclosed", "q")]
    [InlineData("/api/articles?q=body:x%20OR", "q")]
    [InlineData("/api/articles?q=nosuchcolumn:putin", "q")]
    [InlineData("/api/parties?type=animal", "type")]
    [InlineData("/api/parties?pageSize=1000", "pageSize")]
    public async Task Bad_query_parameters_are_400(string url, string field)
    {
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync(url), field);
    }

    [Theory]
    [InlineData("/api/parties?from=0001-01-01&to=0001-01-05")]
    [InlineData("/api/parties?from=0001-01-01&to=9999-12-31&sort=-trend")]
    [InlineData("/api/parties?from=9999-12-01&to=9999-12-31")]
    [InlineData("/api/articles?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/stats/timeline?interval=week&from=0001-01-01&to=0001-01-20")]
    [InlineData("/api/stats/timeline?interval=month&from=9999-11-01&to=9999-12-31&party=Vladimir%20Putin")]
    [InlineData("/api/dates?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/dates?to=9999-12-31")]
    [InlineData("/api/stats/timeline?interval=week&from=9999-12-01&to=9999-12-31")]
    [InlineData("/api/stats/timeline?interval=day&from=9999-12-31&to=9999-12-31&q=putin")]
    public async Task Windows_at_the_ends_of_the_calendar_are_answered(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("/api/articles?page=abc", "page", "'page' must be a whole number.")]
    [InlineData("/api/articles?pageSize=abc", "pageSize", "'pageSize' must be a whole number.")]
    [InlineData("/api/articles/abc", "id", "'id' must be a whole number.")]
    [InlineData("/api/articles/1/summary?ratio=lots", "ratio", "'ratio' must be a number.")]
    [InlineData("/api/articles?page=99999999999999999999", "page", "'page' must be a whole number.")]
    [InlineData("/api/figures?min=ten", "min", "'min' must be a number.")]
    public async Task Unbindable_parameters_are_400_per_field_without_clr_type_names(string url, string field, string message)
    {
        var problem = await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync(url), field);

        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Nullable", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sentences=0", "sentences")]
    [InlineData("ratio=7", "ratio")]
    [InlineData("ratio=0", "ratio")]
    [InlineData("sentences=2&ratio=0.5", "sentences")]
    [InlineData("algorithm=magic", "algorithm")]
    [InlineData("order=random", "order")]
    [InlineData("maxWords=1", "maxWords")]
    public async Task Bad_summary_controls_are_400(string query, string field)
    {
        var id = await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article());
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync($"/api/articles/{id}/summary?{query}"), field);
    }

    [Fact]
    public async Task Unknown_fact_type_is_400_and_unknown_ids_are_404()
    {
        var client = _factory.CreateClient();
        var id = await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article());

        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/articles/{id}/facts?types=figures,gossip"), "types");
        foreach (var url in new[] { "/api/articles/424242", "/api/articles/424242/summary", "/api/articles/424242/facts", "/api/articles/424242/sentences", "/api/parties/424242", "/api/no-such-thing" })
        {
            var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        }
    }

    [Theory]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("title:* NEAR(")]
    [InlineData("%' OR '1'='1")]
    public async Task Injection_strings_in_parameters_are_harmless(string value)
    {
        var client = _factory.CreateClient();
        await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article());
        var encoded = Uri.EscapeDataString(value);

        foreach (var url in new[] { $"/api/articles?q={encoded}", $"/api/articles?source={encoded}", $"/api/articles?party={encoded}", $"/api/parties?q={encoded}" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        }

        var list = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles");
        Assert.Equal(1, list.GetProperty("total").GetInt64());
    }

    private async Task AssertNothingStoredAsync()
    {
        var list = await _factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles");
        Assert.Equal(0, list.GetProperty("total").GetInt64());
    }
}
