using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>The seed article is served, summarised and mined out of the box.</summary>
public sealed class SeedArticleTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(seed: true);

    public void Dispose() => _factory.Dispose();

    private async Task<(long Id, string Body)> SeedAsync()
    {
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var article = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        return (id, article.GetProperty("body").GetString()!);
    }

    [Fact]
    public async Task Seed_is_stored_once_with_its_metadata_and_unchanged_text()
    {
        var (id, body) = await SeedAsync();
        var article = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}");

        var file = await File.ReadAllTextAsync(Path.Combine(TestData.SeedsFolder(), "000_1c790352a2a4b598.txt"));
        Assert.Equal(file[(file.IndexOf('\n', StringComparison.Ordinal) + 1)..], body);
        Assert.Equal("Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", article.GetProperty("title").GetString());
        Assert.Equal("2013-09-06", article.GetProperty("publishedAt").GetDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("St Petersburg", article.GetProperty("dateline").GetString());
        Assert.InRange(article.GetProperty("wordCount").GetInt32(), 800, 900);
        Assert.InRange(article.GetProperty("sentenceCount").GetInt32(), 25, 35);
        Assert.Equal(4, article.GetProperty("readingTimeMinutes").GetInt32());
        Assert.True(article.GetProperty("topFacts").GetProperty("parties").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Restarting_on_the_same_database_does_not_duplicate_the_seed()
    {
        await SeedAsync();
        using var restarted = new NewsApiFactory(seed: true, database: _factory.Database);

        var list = await restarted.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(1, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Three_sentence_summary_leads_with_the_failed_talks()
    {
        var (id, body) = await SeedAsync();
        var summary = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?sentences=3");

        var sentences = summary.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge", sentences[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(sentences.Select(s => s.GetProperty("index").GetInt32()).Order(), sentences.Select(s => s.GetProperty("index").GetInt32()));
        foreach (var s in sentences)
        {
            Assert.Equal(body[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], s.GetProperty("text").GetString());
        }

        Assert.Equal(string.Join(" ", sentences.Select(s => s.GetProperty("text").GetString())), summary.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("textrank")]
    [InlineData("lexrank")]
    public async Task Every_algorithm_summarises_the_seed(string algorithm)
    {
        var (id, _) = await SeedAsync();
        var summary = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?algorithm={algorithm}&ratio=0.2&order=score");

        Assert.Equal(algorithm, summary.GetProperty("algorithm").GetString());
        var ranks = summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("rank").GetInt32()).ToList();
        Assert.InRange(ranks.Count, 1, 7);
        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task Diversity_keeps_the_length_and_changes_nothing_at_zero()
    {
        var (id, _) = await SeedAsync();
        var client = _factory.CreateClient();
        var plain = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?sentences=8&algorithm=textrank");
        var zero = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?sentences=8&algorithm=textrank&diversity=0");
        var diverse = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?sentences=8&algorithm=textrank&diversity=0.9");

        Assert.Equal(plain.GetProperty("text").GetString(), zero.GetProperty("text").GetString());
        Assert.Equal(8, diverse.GetProperty("sentences").GetArrayLength());
        await ProblemAssert.IsValidationProblemAsync(await client.GetAsync($"/api/articles/{id}/summary?diversity=2"), "diversity");
    }

    [Fact]
    public async Task Word_budget_is_respected()
    {
        var (id, _) = await SeedAsync();
        var summary = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/summary?maxWords=60");

        var words = summary.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 1, 60);
    }

    [Fact]
    public async Task Every_fact_points_at_its_text_in_the_body()
    {
        var (id, body) = await SeedAsync();
        var facts = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/facts");

        foreach (var kind in new[] { "figures", "dates", "quotes" })
        {
            foreach (var fact in facts.GetProperty(kind).EnumerateArray())
            {
                Assert.Equal(body[fact.GetProperty("start").GetInt32()..fact.GetProperty("end").GetInt32()], fact.GetProperty("text").GetString());
            }
        }

        foreach (var mention in facts.GetProperty("parties").EnumerateArray().SelectMany(p => p.GetProperty("mentions").EnumerateArray()))
        {
            Assert.Equal(body[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()], mention.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Seed_facts_resolve_dates_figures_parties_and_speakers()
    {
        var (id, _) = await SeedAsync();
        var facts = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/facts");

        var dates = facts.GetProperty("dates").EnumerateArray().ToList();
        Assert.Contains(dates, d => d.GetProperty("text").GetString() == "Thursday" && d.GetProperty("value").GetString() == "2013-09-05" && d.GetProperty("relative").GetBoolean());
        Assert.Contains(dates, d => d.GetProperty("text").GetString() == "August 21" && d.GetProperty("value").GetString() == "2013-08-21");

        var figures = facts.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("value").GetDouble() == 1400 && f.GetProperty("unit").GetString() == "people" && f.GetProperty("qualifier").GetString() == "more than");
        Assert.DoesNotContain(figures, f => f.GetProperty("text").GetString()!.Contains("G20", StringComparison.Ordinal));

        var parties = facts.GetProperty("parties").EnumerateArray().ToList();
        var obama = Assert.Single(parties, p => p.GetProperty("name").GetString() == "Barack Obama");
        Assert.Equal("person", obama.GetProperty("type").GetString());
        Assert.True(obama.GetProperty("mentionCount").GetInt32() >= 5);
        Assert.Contains(parties, p => p.GetProperty("name").GetString() == "Vladimir Putin");

        var quotes = facts.GetProperty("quotes").EnumerateArray().ToList();
        var rhodes = parties.Single(p => p.GetProperty("name").GetString() == "Ben Rhodes").GetProperty("id").GetInt64();
        Assert.Contains(quotes, q => q.GetProperty("speakerPartyId").ValueKind == JsonValueKind.Number && q.GetProperty("speakerPartyId").GetInt64() == rhodes);
    }

    [Fact]
    public async Task Facts_can_be_limited_to_some_types()
    {
        var (id, _) = await SeedAsync();
        var facts = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{id}/facts?types=dates,figures");

        Assert.True(facts.TryGetProperty("dates", out _));
        Assert.True(facts.TryGetProperty("figures", out _));
        Assert.False(facts.TryGetProperty("parties", out _));
        Assert.False(facts.TryGetProperty("quotes", out _));
    }

    [Fact]
    public async Task Parties_are_shared_across_articles_and_list_their_articles()
    {
        var (id, _) = await SeedAsync();
        var writer = _factory.CreateWriter();
        var second = await TestData.CreateAsync(writer, TestData.Article(title: "Putin speaks", body: "Russian President Vladimir Putin spoke in Moscow on Tuesday. Putin said talks would go on."));

        var list = await writer.GetFromJsonAsync<JsonElement>("/api/parties?q=putin&type=person");
        var putin = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Vladimir Putin", putin.GetProperty("name").GetString());
        Assert.Equal(2, putin.GetProperty("articleCount").GetInt32());

        var detail = await writer.GetFromJsonAsync<JsonElement>($"/api/parties/{putin.GetProperty("id").GetInt64()}");
        Assert.Equal([second, id], detail.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).Order().Reverse());

        var roles = detail.GetProperty("roleHistory").EnumerateArray().ToList();
        var role = Assert.Single(roles);
        Assert.Equal("Russian President", role.GetProperty("value").GetString());
        Assert.Equal(2, role.GetProperty("articleCount").GetInt32());
        Assert.Equal("2013-09-06", role.GetProperty("firstSeen").GetDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(detail.GetProperty("aliasHistory").EnumerateArray(), a => a.GetProperty("value").GetString() == "Putin");

        var byParty = await writer.GetFromJsonAsync<JsonElement>("/api/articles?party=Vladimir%20Putin");
        Assert.Equal(2, byParty.GetProperty("total").GetInt64());
        var byPartyId = await writer.GetFromJsonAsync<JsonElement>($"/api/articles?party={putin.GetProperty("id").GetInt64()}");
        Assert.Equal(2, byPartyId.GetProperty("total").GetInt64());
    }
}
