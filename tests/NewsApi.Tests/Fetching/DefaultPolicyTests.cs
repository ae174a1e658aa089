using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Fetching;

/// <summary>
/// With the default configuration the service refuses every non-public address before connecting: a local page
/// server stands ready on loopback and must see no request at all.
/// </summary>
public sealed class DefaultPolicyTests : IAsyncLifetime, IDisposable
{
    private PageServer _server = null!;
    private readonly NewsApiFactory _factory = new();

    public async Task InitializeAsync()
    {
        _server = await PageServer.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("http://127.0.0.1:{port}/pages/opengraph-only.html")]
    [InlineData("http://localhost:{port}/pages/opengraph-only.html")] // a host name resolving to loopback
    [InlineData("http://[::1]:{port}/pages/opengraph-only.html")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/pages/opengraph-only.html")]
    [InlineData("http://0.0.0.0:{port}/pages/opengraph-only.html")]
    [InlineData("http://127.1:{port}/pages/opengraph-only.html")]
    [InlineData("http://2130706433:{port}/pages/opengraph-only.html")] // 127.0.0.1 as one number
    [InlineData("http://10.1.2.3/news")]
    [InlineData("http://172.16.0.1/news")]
    [InlineData("http://192.168.1.1/news")]
    [InlineData("http://100.64.0.1/news")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://[fe80::1]/news")]
    [InlineData("http://[fc00::1]/news")]
    [InlineData("http://224.0.0.1/news")]
    public async Task A_non_public_address_is_400_and_never_connected_to(string template)
    {
        var url = template.Replace("{port}", new Uri(_server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await _factory.CreateWriter().PostAsJsonAsync("/api/articles/fetch", new { url });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("address-not-allowed", problem.GetProperty("code").GetString());
        Assert.Contains("AllowPrivateNetworks", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public async Task A_feed_on_loopback_is_refused_too_and_reported()
    {
        await using var server = await PageServer.StartAsync();
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?>
        {
            ["NewsApi:Feeds:0:Url"] = server.Url("/feeds/rss.xml").Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            ["NewsApi:Feeds:0:IntervalSeconds"] = "60",
        });

        var feed = await FeedPollerTests.WaitForAsync(factory.CreateClient(), feeds => feeds[0].GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);

        Assert.Contains("Address not allowed", feed[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, feed[0].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(0, server.RequestCount);
    }
}
