using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Fetching;

/// <summary>
/// POST /api/articles/fetch against the committed pages served by a local <see cref="PageServer"/>. The service may
/// reach it only because this factory sets NewsApi:Fetch:AllowPrivateNetworks (see <see cref="DefaultPolicyTests"/>).
/// </summary>
public sealed class FetchEndpointTests : IAsyncLifetime, IDisposable
{
    private PageServer _server = null!;
    private readonly NewsApiFactory _factory = Factory();

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    private static NewsApiFactory Factory(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["NewsApi:Fetch:AllowPrivateNetworks"] = "true" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new NewsApiFactory(settings: all);
    }

    private static Task<HttpResponseMessage> FetchAsync(NewsApiFactory factory, string url, string? source = null, string? publishedAt = null) =>
        factory.CreateWriter().PostAsJsonAsync("/api/articles/fetch", new { url, source, publishedAt });

    public static TheoryData<string, string, string?, string, string, string, string?> Pages => new()
    {
        // page, title, author, publishedAt (UTC), canonical path, language, source (site name)
        { "jsonld-newsarticle.html", "Harbour bridge reopens after eight months of repairs", "Maria Lopez, Tom Becker", "2024-05-13T06:30:00+00:00", "/news/2024/05/harbour-bridge-reopens", "en-GB", "The Coastal Courier" },
        { "opengraph-only.html", "Rail strike called off after late-night talks", "Priya Natarajan", "2024-06-03T02:15:00+00:00", "/transport/rail-strike-called-off", "en-US", "Metro Daily" },
        { "jsonld-graph-fr.html", "Le festival de jazz de Vienne bat son record d'affluence", "Camille Durand", "2024-07-14T16:45:00+00:00", "/culture/festival-jazz-vienne-record", "fr-FR", "Le Journal du Rhône" },
        { "meta-only-de.html", "Stadtrat beschließt neuen Radweg am Rheinufer", "Jonas Weber", "2024-03-21T00:00:00+00:00", "/pages/meta-only-de.html", "de", "Kölner Abendblatt" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_is_read_and_stored_with_its_text_and_metadata(
        string page, string title, string? author, string publishedAt, string canonicalPath, string language, string? source)
    {
        var response = await FetchAsync(_factory, _server.Url("/pages/" + page));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = article.GetProperty("id").GetInt64();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(title, article.GetProperty("title").GetString());
        Assert.Equal(author, article.GetProperty("author").GetString());
        Assert.Equal(DateTimeOffset.Parse(publishedAt, System.Globalization.CultureInfo.InvariantCulture), article.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(_server.Url(canonicalPath), article.GetProperty("url").GetString());
        Assert.Equal(language, article.GetProperty("language").GetString());
        Assert.Equal(source, article.GetProperty("source").GetString());
        var expected = (await File.ReadAllTextAsync(PageServer.PagePath(Path.ChangeExtension(page, ".expected.txt")))).TrimEnd('\n');
        Assert.Equal(expected, article.GetProperty("body").GetString());
        Assert.True(article.GetProperty("sentenceCount").GetInt32() >= 3);

        // The same answer as POST /api/articles gives: the stored article, readable at its Location.
        var stored = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(article.GetProperty("body").GetString(), stored.GetProperty("body").GetString());
        Assert.Equal(article.GetProperty("topFacts").GetRawText(), stored.GetProperty("topFacts").GetRawText());
    }

    [Fact]
    public async Task Navigation_ads_comments_captions_and_related_links_are_left_out()
    {
        var response = await FetchAsync(_factory, _server.Url("/pages/jsonld-newsarticle.html"));
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString()!;

        foreach (var furniture in new[] { "Advertisement", "Holiday homes", "car insurance", "cookies", "Sport", "Related stories", "Quay shops count",
            "Comments", "About time too", "Most read", "Photo: Coastal Courier", "Share on", "All rights reserved", "By Maria Lopez" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Source_and_published_time_in_the_request_win_over_the_page()
    {
        var response = await FetchAsync(_factory, _server.Url("/pages/opengraph-only.html"), "Wire Desk", "2024-06-03T09:00:00Z");

        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Wire Desk", article.GetProperty("source").GetString());
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero), article.GetProperty("publishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_same_canonical_url_or_the_same_content_again_is_409_pointing_at_the_stored_article()
    {
        var first = await FetchAsync(_factory, _server.Url("/pages/jsonld-newsarticle.html"));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // Another address of the same page: the canonical URL is the same.
        var sameCanonical = await FetchAsync(_factory, _server.Url("/as/text/html/jsonld-newsarticle.html"));
        var problem = await ProblemAssert.IsProblemAsync(sameCanonical, HttpStatusCode.Conflict);
        Assert.Equal(id, problem.GetProperty("existingId").GetInt64());
        Assert.Equal($"/api/articles/{id}", sameCanonical.Headers.Location?.OriginalString);

        // The stored canonical URL itself is recognised before anything is fetched.
        var before = _server.RequestCount;
        var canonical = await FetchAsync(_factory, _server.Url("/news/2024/05/harbour-bridge-reopens"));
        await ProblemAssert.IsProblemAsync(canonical, HttpStatusCode.Conflict);
        Assert.Equal(before, _server.RequestCount);

        // No canonical URL, so a second address stores a second URL: the title and body give the duplicate away.
        Assert.Equal(HttpStatusCode.Created, (await FetchAsync(_factory, _server.Url("/pages/meta-only-de.html"))).StatusCode);
        await ProblemAssert.IsProblemAsync(await FetchAsync(_factory, _server.Url("/as/application/xhtml+xml/meta-only-de.html")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit_and_a_longer_chain_is_502()
    {
        var followed = await FetchAsync(_factory, _server.Url("/redirect/3/opengraph-only.html"));
        Assert.Equal(HttpStatusCode.Created, followed.StatusCode);
        Assert.Equal(4, _server.RequestCount);

        var before = _server.RequestCount;
        var tooLong = await FetchAsync(_factory, _server.Url("/redirect/6/jsonld-newsarticle.html"));
        var problem = await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadGateway);
        Assert.Equal("bad-redirect", problem.GetProperty("code").GetString());
        Assert.Equal(6, _server.RequestCount - before); // the first request and five redirects, never the sixth
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_502()
    {
        var response = await FetchAsync(_factory, _server.Url("/redirect-to?url=" + Uri.EscapeDataString("file:///etc/passwd")));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("bad-redirect", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/huge")]
    [InlineData("/huge?declareLength=true")]
    public async Task A_page_over_the_byte_cap_is_422_and_reading_stops_at_the_cap(string path)
    {
        using var factory = Factory(("NewsApi:Fetch:MaxBytes", "1000000"));
        var started = DateTime.UtcNow;

        var response = await FetchAsync(factory, _server.Url(path));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("too-large", problem.GetProperty("code").GetString());
        Assert.Contains("1000000 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the 50 MB page was read to its end");
    }

    [Fact]
    public async Task A_slow_page_is_504_after_the_timeout()
    {
        using var factory = Factory(("NewsApi:Fetch:TimeoutSeconds", "2"));
        var started = DateTime.UtcNow;

        var response = await FetchAsync(factory, _server.Url("/slow"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.Equal("timeout", problem.GetProperty("code").GetString());
        var took = DateTime.UtcNow - started;
        Assert.True(took >= TimeSpan.FromSeconds(1.9) && took < TimeSpan.FromSeconds(20), $"took {took}");
    }

    [Theory]
    [InlineData("/as/application/pdf/jsonld-newsarticle.html", "application/pdf")]
    [InlineData("/as/text/plain/jsonld-newsarticle.html", "text/plain")]
    [InlineData("/feeds/rss.xml", "application/rss+xml")]
    public async Task A_response_that_is_not_html_is_422(string path, string type)
    {
        var response = await FetchAsync(_factory, _server.Url(path));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unsupported-content-type", problem.GetProperty("code").GetString());
        Assert.Contains(type, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paywall.html", "paywall")]
    [InlineData("homepage.html", "links")]
    public async Task A_page_without_article_text_is_422(string page, string why)
    {
        var response = await FetchAsync(_factory, _server.Url("/pages/" + page));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("no-article", problem.GetProperty("code").GetString());
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_error_status_from_the_site_is_502_with_the_sites_status(int status)
    {
        var response = await FetchAsync(_factory, _server.Url($"/status/{status}"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("upstream-status", problem.GetProperty("code").GetString());
        Assert.Equal(status, problem.GetProperty("upstreamStatus").GetInt32());
    }

    [Fact]
    public async Task A_closed_port_is_502()
    {
        var closed = NewsApi.Testing.LoopbackPort.Free();

        var response = await FetchAsync(_factory, $"http://127.0.0.1:{closed}/news");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.Equal("unreachable", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_user_agent_names_the_service_and_its_version()
    {
        await FetchAsync(_factory, _server.Url("/pages/opengraph-only.html"));

        var agent = Assert.Single(_server.Requests).UserAgent;
        Assert.Matches(@"^NewsApi/\d+\.\d+\.\d+ \(self-hosted news analysis\)$", agent);
    }

    [Fact]
    public async Task Without_an_api_key_nothing_is_fetched()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/articles/fetch", new { url = _server.Url("/pages/opengraph-only.html") });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, _server.RequestCount);
    }

    [Theory]
    [InlineData("{}", "url")]
    [InlineData("{\"url\": \"ftp://example.com/news\"}", "url")]
    [InlineData("{\"url\": \"/relative/path\"}", "url")]
    [InlineData("{\"url\": \"https://example.com/a\", \"publishedAt\": \"1700-01-01T00:00:00Z\"}", "publishedAt")]
    public async Task An_invalid_request_is_400_with_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await _factory.CreateWriter().PostAsync("/api/articles/fetch", content);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }
}
