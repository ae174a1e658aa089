using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
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
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Equal("\"anonymous\";q=2;w=3600", limited.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal($"\"anonymous\";r=0;t={retryAfter}", limited.Headers.GetValues("RateLimit").Single());

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

    [Fact]
    public async Task Every_limited_answer_says_the_policy_and_what_is_left()
    {
        var anonymous = _factory.CreateClient();
        var body = new { text = "Putin met Obama in Moscow on Monday." };

        var first = await anonymous.PostAsJsonAsync("/api/analyze", body);
        var second = await anonymous.PostAsJsonAsync("/api/analyze", body);

        Assert.Matches("^\"anonymous\";r=1;t=[0-9]+$", first.Headers.GetValues("RateLimit").Single());
        Assert.Matches("^\"anonymous\";r=0;t=[0-9]+$", second.Headers.GetValues("RateLimit").Single());
        Assert.False((await anonymous.GetAsync("/api/articles")).Headers.Contains("RateLimit")); // reads are not limited
    }

    [Fact]
    public async Task Rate_limit_headers_are_readable_by_browsers_through_cors()
    {
        using var factory = new NewsApiFactory(settings: new Dictionary<string, string?> { ["NewsApi:Cors:Origins:0"] = "https://dash.example" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonContent.Create(new { text = "Shares rose." }) };
        request.Headers.Add("Origin", "https://dash.example");

        var response = await factory.CreateClient().SendAsync(request);

        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        foreach (var header in new[] { "RateLimit", "RateLimit-Policy", "Retry-After" })
        {
            Assert.Contains(header, exposed, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Clients_behind_a_known_proxy_are_told_apart_and_nobody_else_can_claim_an_address()
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsApi:RateLimit:PermitLimit"] = "1",
            ["NewsApi:RateLimit:WindowSeconds"] = "3600",
            ["NewsApi:ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
        };
        using var factory = new NewsApiFactory(settings: settings);
        factory.CreateClient().Dispose(); // starts the server

        async Task<int> Send(string from, string? forwardedFor)
        {
            var context = await SendContext(from, forwardedFor);
            return context.Response.StatusCode is 401 or 429
                ? context.Response.StatusCode
                : throw new Xunit.Sdk.XunitException($"{context.Response.StatusCode}: {await new StreamReader(context.Response.Body).ReadToEndAsync()}");
        }

        Task<HttpContext> SendContext(string from, string? forwardedFor) => factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(from);
            c.Request.Method = "POST";
            c.Request.Path = "/api/articles"; // a write without a key: counted by the limiter, then 401
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });

        // Through the proxy: two clients, one request each, both let through (to the key check).
        Assert.Equal(401, await Send("10.0.0.5", "203.0.113.7"));
        Assert.Equal(401, await Send("10.0.0.5", "203.0.113.8"));
        Assert.Equal(429, await Send("10.0.0.5", "203.0.113.7"));

        // Not a known proxy: its header is ignored, so it cannot borrow another client's quota.
        Assert.Equal(401, await Send("198.51.100.9", "203.0.113.99"));
        Assert.Equal(429, await Send("198.51.100.9", "203.0.113.100"));
    }
}
