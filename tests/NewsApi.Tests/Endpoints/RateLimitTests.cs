using System.Net;
using System.Net.Http.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

public sealed class RateLimitTests : IDisposable
{
    private readonly NewsApiFactory _factory = new(settings: new Dictionary<string, string?>
    {
        ["NewsApi:RateLimit:PermitLimit"] = "2",
        ["NewsApi:RateLimit:WindowSeconds"] = "3600",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Anonymous_analyze_is_limited_with_retry_after_and_key_holders_are_exempt()
    {
        var anonymous = _factory.CreateClient();
        var body = new { text = "Putin met Obama in Moscow on Monday." };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/analyze", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/analyze", body)).StatusCode);

        var limited = await anonymous.PostAsJsonAsync("/api/analyze", body);
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        var writer = _factory.CreateWriter();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync("/api/analyze", body)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        foreach (var url in new[] { "/api/articles", "/", "/app.js" })
        {
            var response = await _factory.CreateClient().GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }
}
