using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsApi.Tests.Fetching;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, serving the committed pages and feeds (Fetching/Pages, with
/// <c>{{base}}</c> replaced by its own address) and the awkward answers a fetcher meets: redirect chains, a huge
/// page, a slow page, a wrong content type, error statuses. It records every request it receives.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests received, in order: path and query, and the conditional headers sent.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public int RequestCount => Requests.Count;

    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    public static async Task<PageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PageServer(app);
        server.Map(app);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public static string PagePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fetching", "Pages", name);

    public string Page(string name) => File.ReadAllText(PagePath(name)).Replace("{{base}}", BaseUrl, StringComparison.Ordinal);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue(new ReceivedRequest(
                context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
            await next(context);
        });
        app.MapGet("/pages/{name}", (string name) => Serve(name, "text/html; charset=utf-8"));
        app.MapGet("/as/{type}/{subtype}/{name}", (string type, string subtype, string name) => Serve(name, $"{type}/{subtype}"));
        app.MapGet("/redirect/{hops:int}/{name}", (int hops, string name) =>
            Results.Redirect(hops <= 1 ? $"/pages/{name}" : $"/redirect/{hops - 1}/{name}"));
        app.MapGet("/redirect-to", (string url) => Results.Redirect(url));
        app.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        app.MapGet("/huge", HugeAsync);
        app.MapGet("/slow", SlowAsync);
        app.MapGet("/feeds/{name}", (string name, HttpContext context) => Feed(name, context));
    }

    private IResult Serve(string name, string contentType) =>
        File.Exists(PagePath(name)) ? Results.Text(Page(name), contentType, Encoding.UTF8) : Results.NotFound();

    /// <summary>An endless page without a Content-Length: the fetcher must stop at its byte cap.</summary>
    private static async Task HugeAsync(HttpContext context, bool declareLength = false)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (declareLength)
        {
            context.Response.ContentLength = 50_000_000;
        }

        var chunk = Encoding.UTF8.GetBytes("<p>" + string.Concat(Enumerable.Repeat("All work and no play makes a dull page. ", 200)) + "</p>\n");
        await context.Response.WriteAsync("<!DOCTYPE html><html><head><title>Huge</title></head><body>", context.RequestAborted);
        for (var sent = 0L; sent < 50_000_000 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }
    }

    /// <summary>Headers and the start of a page at once, then nothing for a minute.</summary>
    private static async Task SlowAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("<!DOCTYPE html><html><head><title>Slow</title></head><body><p>Loading", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
    }

    /// <summary>Feeds with a strong ETag and Last-Modified; a matching If-None-Match gets 304 and no body.</summary>
    private IResult Feed(string name, HttpContext context)
    {
        if (!File.Exists(PagePath(name)))
        {
            return Results.NotFound();
        }

        var body = Page(name);
        var etag = $"\"{name}-{body.Length}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Mon, 13 May 2024 06:30:00 GMT";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(body, name.StartsWith("atom", StringComparison.Ordinal) ? "application/atom+xml" : "application/rss+xml", Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(string PathAndQuery, string UserAgent, string IfNoneMatch, string IfModifiedSince);
