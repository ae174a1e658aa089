using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>
/// <c>offsets=utf16|codepoint|utf8</c>: in every unit and on every endpoint that returns offsets, slicing the body
/// in that unit gives back the span's text, also around emoji (two UTF-16 units, four UTF-8 bytes) and combining marks.
/// </summary>
public sealed class OffsetUnitTests : IDisposable
{
    // Astral emoji (with a skin-tone modifier), a precomposed é, a combining acute, a 3-byte UTF-8 euro sign.
    private const string Body =
        "🎉 Café owner José Nu\u0301ñez said on Thursday that more than 1,400 people 🙂 visited Paris. " +
        "\"We are thrilled 👍🏽 and tired,\" said José Nu\u0301ñez. Sales rose 5% to €20 million in Zürich on Monday.\n\n" +
        "Mayor Anne Hidalgo of Paris said the city expected 2,000 more visitors in October.";

    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Units => new() { "utf16", "codepoint", "utf8" };

    [Theory]
    [MemberData(nameof(Units))]
    public async Task Every_span_of_a_stored_article_slices_the_body_in_the_unit_asked_for(string unit)
    {
        var id = await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article(title: "Visitors", body: Body, publishedAt: "2013-09-06"));
        var client = _factory.CreateClient();

        var facts = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/facts?offsets={unit}");
        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}?offsets={unit}");
        var sentences = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/sentences?offsets={unit}");
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?sentences=2&offsets={unit}");
        var figures = await client.GetFromJsonAsync<JsonElement>($"/api/figures?offsets={unit}");
        var dates = await client.GetFromJsonAsync<JsonElement>($"/api/dates?offsets={unit}");

        var checkedSpans = AssertSpans(facts, unit) + AssertSpans(article.GetProperty("topFacts"), unit) + AssertSpans(sentences, unit)
            + AssertSpans(summary.GetProperty("sentences"), unit);
        checkedSpans += figures.GetProperty("items").EnumerateArray().Sum(i => AssertSpans(i.GetProperty("figure"), unit));
        checkedSpans += dates.GetProperty("items").EnumerateArray().Sum(i => AssertSpans(i.GetProperty("date"), unit));
        Assert.True(checkedSpans > 20, $"only {checkedSpans} spans checked");
        Assert.Contains(facts.GetProperty("figures").EnumerateArray(), f => f.GetProperty("text").GetString() == "more than 1,400 people");
    }

    [Theory]
    [MemberData(nameof(Units))]
    public async Task Analyze_returns_offsets_in_the_unit_asked_for(string unit)
    {
        var response = await _factory.CreateClient().PostAsJsonAsync($"/api/analyze?offsets={unit}", new { text = Body, publishedAt = "2013-09-06" });
        var analysis = await response.Content.ReadFromJsonAsync<JsonElement>();

        var spans = AssertSpans(analysis.GetProperty("facts"), unit) + AssertSpans(analysis.GetProperty("sentences"), unit)
            + AssertSpans(analysis.GetProperty("summary").GetProperty("sentences"), unit);
        Assert.True(spans > 10, $"only {spans} spans checked");
    }

    [Fact]
    public async Task Units_differ_where_the_text_is_not_ascii()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/analyze?offsets=utf8", new { text = Body, publishedAt = "2013-09-06" });
        var utf8 = await response.Content.ReadFromJsonAsync<JsonElement>();
        var utf16 = await (await _factory.CreateClient().PostAsJsonAsync("/api/analyze", new { text = Body, publishedAt = "2013-09-06" })).Content.ReadFromJsonAsync<JsonElement>();

        static int StartOf(JsonElement analysis, string text) => analysis.GetProperty("facts").GetProperty("dates").EnumerateArray()
            .First(d => d.GetProperty("text").GetString() == text).GetProperty("start").GetInt32();

        var thursday = Body.IndexOf("Thursday", StringComparison.Ordinal);
        Assert.Equal(thursday, StartOf(utf16, "Thursday"));
        Assert.Equal(Encoding.UTF8.GetByteCount(Body[..thursday]), StartOf(utf8, "Thursday"));
    }

    [Fact]
    public async Task Search_snippet_matches_are_in_the_unit_asked_for()
    {
        await TestData.CreateAsync(_factory.CreateWriter(), TestData.Article(title: "Visitors", body: Body, publishedAt: "2013-09-06"));

        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?q=visitors&offsets=codepoint");

        var snippet = list.GetProperty("items")[0].GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var match = snippet.GetProperty("matches")[0];
        Assert.Equal("visitors", Slice(text, "codepoint", match.GetProperty("start").GetInt32(), match.GetProperty("end").GetInt32()), ignoreCase: true);
    }

    [Theory]
    [InlineData("/api/articles/1/facts?offsets=bytes")]
    [InlineData("/api/articles?offsets=UTF-8")]
    [InlineData("/api/figures?offsets=chars")]
    public async Task An_unknown_unit_is_a_400_naming_the_field(string url)
    {
        await ProblemAssert.IsValidationProblemAsync(await _factory.CreateClient().GetAsync(url), "offsets");
    }

    /// <summary>Checks every object with start, end and text below <paramref name="node"/>; returns how many.</summary>
    private static int AssertSpans(JsonElement node, string unit)
    {
        var count = 0;
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray().Sum(e => AssertSpans(e, unit));
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        if (node.TryGetProperty("start", out var start) && node.TryGetProperty("end", out var end) && node.TryGetProperty("text", out var text))
        {
            Assert.Equal(text.GetString(), Slice(Body, unit, start.GetInt32(), end.GetInt32()));
            count++;
        }

        foreach (var property in node.EnumerateObject())
        {
            count += AssertSpans(property.Value, unit);
        }

        return count;
    }

    /// <summary>What a client in that unit does: Python slices code points, Go slices bytes, JavaScript UTF-16.</summary>
    private static string Slice(string text, string unit, int start, int end) => unit switch
    {
        "codepoint" => string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString())),
        "utf8" => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)[start..end]),
        _ => text[start..end],
    };
}
