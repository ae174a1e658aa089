using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Fetching;

/// <summary>The background poller against RSS 2.0 and Atom feeds served by a local <see cref="PageServer"/>.</summary>
public sealed class FeedPollerTests
{
    /// <summary>Polls GET /api/feeds until <paramref name="done"/> holds (at most 30 s) and returns the list.</summary>
    public static async Task<JsonElement[]> WaitForAsync(HttpClient client, Func<JsonElement[], bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var feeds = (await client.GetFromJsonAsync<JsonElement>("/api/feeds")).EnumerateArray().ToArray();
            if (feeds.Length > 0 && done(feeds))
            {
                return feeds;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Feeds did not get there in 30 s: {string.Join(", ", feeds.Select(f => f.GetRawText()))}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Rss_and_atom_items_are_fetched_once_stored_and_the_next_poll_is_a_304()
    {
        await using var server = await PageServer.StartAsync();
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?>
        {
            ["NewsApi:Fetch:AllowPrivateNetworks"] = "true",
            ["NewsApi:Feeds:0:Url"] = server.Url("/feeds/rss.xml"),
            ["NewsApi:Feeds:0:Source"] = "Courier feed",
            ["NewsApi:Feeds:0:IntervalSeconds"] = "1",
            ["NewsApi:Feeds:1:Url"] = server.Url("/feeds/atom.xml"),
            ["NewsApi:Feeds:1:IntervalSeconds"] = "1",
        });
        var client = factory.CreateClient();

        var feeds = await WaitForAsync(client, f => f.All(x => x.GetProperty("notModifiedCount").GetInt64() >= 1));

        Assert.Equal([server.Url("/feeds/rss.xml"), server.Url("/feeds/atom.xml")], feeds.Select(f => f.GetProperty("url").GetString()));
        Assert.All(feeds, f =>
        {
            Assert.Equal(2, f.GetProperty("itemsStored").GetInt64()); // the RSS feed's third item is a home page: not stored
            Assert.Equal(JsonValueKind.Null, f.GetProperty("lastError").ValueKind);
            Assert.Equal(0, f.GetProperty("consecutiveFailures").GetInt32());
            Assert.StartsWith("\"", f.GetProperty("etag").GetString(), StringComparison.Ordinal);
            Assert.Equal("Mon, 13 May 2024 06:30:00 GMT", f.GetProperty("lastModified").GetString());
        });

        // Conditional GET: the first poll sent no validator, every later one the ETag and Last-Modified it was given.
        var rssPolls = server.Requests.Where(r => r.PathAndQuery == "/feeds/rss.xml").ToList();
        Assert.Equal("", rssPolls[0].IfNoneMatch);
        Assert.All(rssPolls.Skip(1), r => Assert.Equal(feeds[0].GetProperty("etag").GetString(), r.IfNoneMatch));
        Assert.All(rssPolls.Skip(1), r => Assert.Equal("Mon, 13 May 2024 06:30:00 GMT", r.IfModifiedSince));

        // One fetch per item, whatever the number of polls.
        foreach (var page in new[] { "jsonld-newsarticle.html", "opengraph-only.html", "homepage.html", "jsonld-graph-fr.html", "meta-only-de.html" })
        {
            Assert.Single(server.Requests, r => r.PathAndQuery == "/pages/" + page);
        }

        var stored = (await client.GetFromJsonAsync<JsonElement>("/api/articles?sort=title")).GetProperty("items").EnumerateArray()
            .Select(a => (a.GetProperty("title").GetString(), a.GetProperty("language").GetString(), a.GetProperty("source").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("Harbour bridge reopens after eight months of repairs", "en-GB", "Courier feed"),
                ("Le festival de jazz de Vienne bat son record d'affluence", "fr-FR", "Le Journal du Rhône"),
                ("Rail strike called off after late-night talks", "en-US", "Courier feed"),
                ("Stadtrat beschließt neuen Radweg am Rheinufer", "de", "Kölner Abendblatt"),
            ],
            stored);
    }

    [Fact]
    public async Task A_failing_feed_backs_off_exponentially_and_is_reported_in_health()
    {
        await using var server = await PageServer.StartAsync();
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?>
        {
            ["NewsApi:Fetch:AllowPrivateNetworks"] = "true",
            ["NewsApi:Feeds:0:Url"] = server.Url("/status/500"),
            ["NewsApi:Feeds:0:IntervalSeconds"] = "1",
            ["NewsApi:Feeds:1:Url"] = server.Url("/pages/homepage.html"),
            ["NewsApi:Feeds:1:IntervalSeconds"] = "1",
        });
        var client = factory.CreateClient();

        var feeds = await WaitForAsync(client, f => f.All(x => x.GetProperty("consecutiveFailures").GetInt32() >= 2));

        foreach (var feed in feeds)
        {
            var failures = feed.GetProperty("consecutiveFailures").GetInt32();
            var wait = feed.GetProperty("nextPollAt").GetDateTimeOffset() - feed.GetProperty("lastPolledAt").GetDateTimeOffset();
            Assert.Equal(TimeSpan.FromSeconds(Math.Pow(2, failures)), wait);
            Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastSuccessAt").ValueKind);
        }

        Assert.Contains("answered 500", feeds[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains("Unsupported content type", feeds[1].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        // The first failure waits 2 s and the second 4 s: no third request yet (a fixed 1 s interval would have made more).
        Assert.Equal(2, server.Requests.Count(r => r.PathAndQuery == "/status/500"));

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        var reported = health.GetProperty("feeds").EnumerateArray().ToList();
        Assert.Equal(2, reported.Count);
        Assert.All(reported, f => Assert.NotEqual(JsonValueKind.Null, f.GetProperty("lastError").ValueKind));
    }
}
