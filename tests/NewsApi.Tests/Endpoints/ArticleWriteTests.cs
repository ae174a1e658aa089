using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

public sealed class ArticleWriteTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_stores_the_article_and_returns_201_with_location_and_analysis()
    {
        var writer = _factory.CreateWriter();
        var response = await writer.PostAsJsonAsync("/api/articles", TestData.Article(url: "https://example.com/apple", source: "Example News"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = article.GetProperty("id").GetInt64();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Apple sells more phones", article.GetProperty("title").GetString());
        Assert.Equal("Example News", article.GetProperty("source").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
        Assert.Equal(2, article.GetProperty("sentenceCount").GetInt32());
        Assert.True(article.GetProperty("wordCount").GetInt32() > 15);
        Assert.Equal(1, article.GetProperty("readingTimeMinutes").GetInt32());
        Assert.Equal(new DateTimeOffset(2024, 5, 10, 8, 0, 0, TimeSpan.Zero), article.GetProperty("publishedAt").GetDateTimeOffset());

        var fetched = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(article.GetProperty("body").GetString(), fetched.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Same_url_is_a_409_pointing_at_the_existing_article()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article(url: "https://example.com/a"));

        var response = await writer.PostAsJsonAsync("/api/articles", TestData.Article(title: "Other title", body: "Completely different text here.", url: "https://example.com/a"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(id, problem.GetProperty("existingId").GetInt64());
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Same_content_with_other_spacing_and_case_is_a_duplicate()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article(body: "Line one is here.\n\nLine two is there."));

        var response = await writer.PostAsJsonAsync("/api/articles", TestData.Article(title: "APPLE sells  more phones", body: "Line one is here.\r\n\r\n  Line two is there.  "));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(id, problem.GetProperty("existingId").GetInt64());
    }

    [Fact]
    public async Task Put_replaces_and_reanalyses_the_article()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article());

        var response = await writer.PutAsJsonAsync($"/api/articles/{id}", TestData.Article(title: "Replaced", body: "One sentence only here about Microsoft."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Replaced", article.GetProperty("title").GetString());
        Assert.Equal(1, article.GetProperty("sentenceCount").GetInt32());
        var summary = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary");
        Assert.Equal("One sentence only here about Microsoft.", summary.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Put_to_an_unknown_id_is_404_and_to_another_articles_content_is_409()
    {
        var writer = _factory.CreateWriter();
        var first = await TestData.CreateAsync(writer, TestData.Article(title: "First", body: "The first body of text."));
        var second = await TestData.CreateAsync(writer, TestData.Article(title: "Second", body: "The second body of text."));

        await ProblemAssert.IsProblemAsync(await writer.PutAsJsonAsync("/api/articles/9999", TestData.Article()), HttpStatusCode.NotFound);
        var conflict = await writer.PutAsJsonAsync($"/api/articles/{second}", TestData.Article(title: "First", body: "The first body of text."));
        var problem = await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict);
        Assert.Equal(first, problem.GetProperty("existingId").GetInt64());
    }

    [Fact]
    public async Task Delete_removes_the_article_its_facts_and_orphaned_parties()
    {
        var writer = _factory.CreateWriter();
        var id = await TestData.CreateAsync(writer, TestData.Article(body: "Zyxelbury Corp said on Monday that Quentin Marlowe will lead it. Marlowe joined in 2019."));
        var before = await writer.GetFromJsonAsync<JsonElement>("/api/parties");
        Assert.True(before.GetProperty("total").GetInt64() > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/articles/{id}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await writer.GetAsync($"/api/articles/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await writer.GetAsync($"/api/articles/{id}/facts"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await writer.DeleteAsync($"/api/articles/{id}"), HttpStatusCode.NotFound);
        var parties = await writer.GetFromJsonAsync<JsonElement>("/api/parties");
        Assert.Equal(0, parties.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Batch_stores_each_valid_article_and_reports_every_item()
    {
        var writer = _factory.CreateWriter();
        object[] batch =
        [
            TestData.Article(title: "One", body: "The first article text."),
            new { title = "", body = "No title here." },
            TestData.Article(title: "One", body: "The first article text."),
            TestData.Article(title: "Two", body: "The second article text."),
        ];

        var response = await writer.PostAsJsonAsync("/api/articles/batch", batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(1, result.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, result.GetProperty("invalid").GetInt32());
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["created", "invalid", "duplicate", "created"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.True(items[1].GetProperty("errors").TryGetProperty("title", out _));
        Assert.Equal(items[0].GetProperty("id").GetInt64(), items[2].GetProperty("id").GetInt64());
        var list = await writer.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(2, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Batch_over_the_limit_or_empty_is_400()
    {
        var writer = _factory.CreateWriter();
        var tooMany = Enumerable.Range(0, 101).Select(i => TestData.Article(title: $"T{i}", body: $"Body {i}.")).ToArray();

        await ProblemAssert.IsValidationProblemAsync(await writer.PostAsJsonAsync("/api/articles/batch", tooMany), "articles");
        await ProblemAssert.IsValidationProblemAsync(await writer.PostAsJsonAsync("/api/articles/batch", Array.Empty<object>()), "articles");
    }

    [Fact]
    public async Task Writes_without_a_valid_key_are_401_even_with_a_bad_body()
    {
        var client = _factory.CreateClient();
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", TestData.Article()), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/articles", new StringContent("{bad", Encoding.UTF8, "application/json")), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync("/api/articles/1"), HttpStatusCode.Unauthorized);

        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", TestData.Article()), HttpStatusCode.Unauthorized);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(0, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Without_configured_keys_outside_development_writes_are_refused()
    {
        using var factory = new NewsApiFactory(environment: "Production", apiKeys: []);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", TestData.Article()), HttpStatusCode.Unauthorized);
        Assert.Contains("No API keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
