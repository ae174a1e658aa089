using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>What dashboards and client apps rely on: ETag/304, CSV lists, Link paging headers, compression.</summary>
public sealed class ConventionTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_has_an_etag_and_if_none_match_gives_304_until_the_data_changes()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article());
        var first = await writer.GetAsync("/api/articles");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await writer.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await TestData.CreateAsync(writer, TestData.Article(title: "Another", body: "Another body of text."));
        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        afterWrite.Headers.IfNoneMatch.Add(etag);
        var changed = await writer.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Errors_get_no_etag()
    {
        var response = await _factory.CreateClient().GetAsync("/api/articles/4242");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/articles?format=csv", null)]
    [InlineData("/api/articles", "text/csv")]
    public async Task Article_list_as_csv_quotes_fields_per_rfc_4180(string url, string? accept)
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Quotes \"inside\", and a comma", source: "Wire"));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await writer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", response.Headers.GetValues("X-Total-Count").Single());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.StartsWith("id,title,url,source,author,publishedAt,language,dateline,wordCount,sentenceCount,readingTimeMinutes,createdAt", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,\"Quotes \"\"inside\"\", and a comma\",,Wire,,2024-05-10T08:00:00Z,en,", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task Party_list_as_csv_has_a_header_and_rows()
    {
        await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article(body: "Russian President Vladimir Putin spoke in Moscow. Putin said talks would go on."));
        var csv = await _factory.CreateClient().GetStringAsync("/api/parties?format=csv&sort=name");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,type,articleCount,mentionCount,trend", lines[0]);
        Assert.Contains(lines, l => l.Contains(",Vladimir Putin,person,1,2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_carry_link_headers_for_paging()
    {
        var writer = _factory.CreateWriter();
        for (var i = 0; i < 5; i++)
        {
            await TestData.CreateAsync(writer, TestData.Article(title: $"Story {i}", body: $"Body number {i} of the test."));
        }

        var response = await writer.GetAsync("/api/articles?pageSize=2&page=2&sort=title");

        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("</api/articles?pageSize=2&sort=title&page=1>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/articles?pageSize=2&sort=title&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/articles?pageSize=2&sort=title&page=3>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/articles?pageSize=2&sort=title&page=3>; rel=\"last\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_format_is_400()
    {
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync("/api/articles?format=xml"), "format");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"\"http://evil\"\")")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2 for the home side", "'-2 for the home side")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Plain title", "Plain title")]
    public async Task Csv_text_that_a_spreadsheet_would_run_is_defused(string title, string expectedCell)
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: title, source: "=cmd|' /C calc'!A0"));

        var csv = await writer.GetStringAsync("/api/articles?format=csv");

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("1," + (expectedCell.Contains('"', StringComparison.Ordinal) ? "\"" + expectedCell + "\"" : expectedCell) + ",", row, StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_numbers_stay_numbers_even_when_negative()
    {
        // Two articles about Tim Cook in the week before the window, one in it: his trend is -1.
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "One", body: "Chief executive Tim Cook spoke in Cupertino.", publishedAt: "2024-05-03"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Two", body: "Tim Cook met suppliers in Shenzhen.", publishedAt: "2024-05-04"));
        await TestData.CreateAsync(writer, TestData.Article(title: "Three", body: "Tim Cook opened a store in London.", publishedAt: "2024-05-10"));

        var csv = await writer.GetStringAsync("/api/parties?from=2024-05-08&to=2024-05-14&q=cook&format=csv");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var trend = Array.IndexOf(lines[0].Split(','), "trend");
        Assert.True(trend >= 0, lines[0]);
        Assert.Equal("-1", lines[1].Split(',')[trend]);
    }

    [Fact]
    public async Task Api_reads_say_how_caches_may_keep_them_and_that_they_vary_by_accept()
    {
        var response = await _factory.CreateClient().GetAsync("/api/articles");

        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
        using var custom = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:CacheControl"] = "public, max-age=30" });
        var configured = await custom.CreateClient().GetAsync("/api/stats/overview");
        Assert.Equal(TimeSpan.FromSeconds(30), configured.Headers.CacheControl?.MaxAge);
        Assert.True(configured.Headers.CacheControl?.Public);
    }
}
