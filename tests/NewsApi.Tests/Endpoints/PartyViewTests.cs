using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Queries;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>
/// The stored party pages (<c>party_views</c>, migration 0016): served only at the party's current version, so every
/// write that changes a party's page is visible at the next read, on both stores (output cache off, so the answers
/// come from the store).
/// </summary>
public sealed class PartyViewTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(settings: new Dictionary<string, string?> { ["NewsApi:OutputCache:Enabled"] = "false" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_stored_page_is_served_until_a_write_changes_the_party()
    {
        var writer = _factory.CreateWriter();
        var first = await TestData.CreateAsync(writer, TestData.Article(title: "Putin speaks", body: "Russian President Vladimir Putin spoke in Moscow on Tuesday. Putin said talks would go on."));
        var party = await PutinAsync(writer);

        var built = await writer.GetStringAsync($"/api/parties/{party}");
        await StoredAsync(party);
        // The stored page is what the read serves: marked here, it comes back marked.
        await ExecuteAsync("UPDATE party_views SET body = @Body WHERE party_id = @Party", new { Body = Encoding.UTF8.GetBytes("{\"marked\":true}"), Party = party });
        Assert.Equal("{\"marked\":true}", await writer.GetStringAsync($"/api/parties/{party}"));

        // A new article that mentions the party moves its version: the next read builds the page again.
        var second = await TestData.CreateAsync(writer, TestData.Article(title: "Putin travels", body: "Vladimir Putin flew to Beijing on Friday. Putin met Chinese leaders.", publishedAt: "2024-06-01T08:00:00Z"));
        var page = await writer.GetFromJsonAsync<JsonElement>($"/api/parties/{party}");
        Assert.Equal([second, first], page.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.NotEqual(built, await writer.GetStringAsync($"/api/parties/{party}"));
    }

    [Fact]
    public async Task Replacing_and_deleting_articles_show_at_the_next_read()
    {
        var writer = _factory.CreateWriter();
        var first = await TestData.CreateAsync(writer, TestData.Article(title: "Putin speaks", body: "Russian President Vladimir Putin spoke in Moscow on Tuesday. Putin said talks would go on."));
        var second = await TestData.CreateAsync(writer, TestData.Article(title: "Putin travels", body: "Vladimir Putin flew to Beijing on Friday. Putin met Chinese leaders.", publishedAt: "2024-06-01T08:00:00Z"));
        var party = await PutinAsync(writer);
        await writer.GetStringAsync($"/api/parties/{party}");
        await StoredAsync(party);

        // A new title only: the article's links are replaced with it, so the page's title follows.
        var put = await writer.PutAsJsonAsync($"/api/articles/{second}", TestData.Article(title: "Putin in Beijing", body: "Vladimir Putin flew to Beijing on Friday. Putin met Chinese leaders.", publishedAt: "2024-06-01T08:00:00Z"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var page = await writer.GetFromJsonAsync<JsonElement>($"/api/parties/{party}");
        Assert.Equal("Putin in Beijing", page.GetProperty("articles")[0].GetProperty("title").GetString());
        await StoredAsync(party);

        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/articles/{second}")).StatusCode);
        page = await writer.GetFromJsonAsync<JsonElement>($"/api/parties/{party}");
        Assert.Equal([first], page.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(1, page.GetProperty("articleCount").GetInt32());

        // The last article gone, the party goes, and its stored page with it.
        await StoredAsync(party);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/articles/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/parties/{party}")).StatusCode);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM party_views WHERE party_id = @Party", new { Party = party }));
    }

    [Fact]
    public async Task A_page_built_at_an_older_version_is_not_stored_and_never_replaces_a_newer_one()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Putin speaks", body: "Russian President Vladimir Putin spoke in Moscow on Tuesday. Putin said talks would go on."));
        var party = await PutinAsync(writer);
        var version = await ScalarAsync("SELECT version FROM parties WHERE id = @Party", new { Party = party });
        Assert.True(version > 0);

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.False(await PartyViewRepository.StoreAsync(connection, new PartyViewRow(party, version - 1, PartyReader.ViewFormat, [1]), default));
        Assert.True(await PartyViewRepository.StoreAsync(connection, new PartyViewRow(party, version, PartyReader.ViewFormat, [2]), default));
        // Same version and format: the first page stays (builds at one version are equal).
        Assert.False(await PartyViewRepository.StoreAsync(connection, new PartyViewRow(party, version, PartyReader.ViewFormat, [3]), default));
        // A later format at the same version replaces it; an earlier one does not.
        Assert.True(await PartyViewRepository.StoreAsync(connection, new PartyViewRow(party, version, PartyReader.ViewFormat + 1, [4]), default));
        Assert.False(await PartyViewRepository.StoreAsync(connection, new PartyViewRow(party, version, PartyReader.ViewFormat, [5]), default));
        Assert.Equal([4], await PartyViewRepository.GetAsync(connection, party, PartyReader.ViewFormat + 1, default));
        Assert.Null(await PartyViewRepository.GetAsync(connection, party, PartyReader.ViewFormat, default));
    }

    [Fact]
    public async Task The_stored_page_equals_the_page_built_from_the_store()
    {
        var writer = _factory.CreateWriter();
        await TestData.CreateAsync(writer, TestData.Article(title: "Putin speaks", body: "Russian President Vladimir Putin spoke in Moscow on Tuesday. Putin said talks would go on."));
        var party = await PutinAsync(writer);
        var built = await writer.GetByteArrayAsync($"/api/parties/{party}");
        await StoredAsync(party);
        var stored = await writer.GetByteArrayAsync($"/api/parties/{party}");
        Assert.Equal(built, stored);

        await using var connection = await _factory.OpenDatabaseAsync();
        var page = await PartyReader.BuildAsync(connection, party, default);
        var options = _factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(page, options), stored);
    }

    private static async Task<long> PutinAsync(HttpClient writer)
    {
        var list = await writer.GetFromJsonAsync<JsonElement>("/api/parties?q=putin&type=person");
        return Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64();
    }

    /// <summary>Waits until the background writer has stored the party's page at its current version.</summary>
    private async Task StoredAsync(long party)
    {
        await _factory.Services.GetRequiredService<PartyViewWriter>().DrainAsync(default);
        for (var i = 0; i < 100; i++)
        {
            if (await ScalarAsync("SELECT count(*) FROM party_views v JOIN parties p ON p.id = v.party_id WHERE p.id = @Party AND v.version = p.version", new { Party = party }) == 1)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The page of party {party} was not stored.");
    }

    private async Task<long> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
