using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure;

/// <summary>
/// Gives every successful GET a weak ETag computed from the response bytes and answers 304 when the client's
/// If-None-Match already has it, so dashboards polling the same query cost a hash, not a transfer. API reads also
/// say how caches may keep them (<c>NewsApi:CacheControl</c>, default <c>no-cache</c>: keep, but revalidate with the
/// ETag) and that they vary by Accept (CSV or JSON from the same URL).
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptionsMonitor<NewsApiOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Append(HeaderNames.Vary, "Accept");
                if (!string.IsNullOrEmpty(options.CurrentValue.CacheControl) && context.Response.Headers.CacheControl.Count == 0)
                {
                    context.Response.Headers.CacheControl = options.CurrentValue.CacheControl;
                }
            }

            var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16])}\"";
            context.Response.Headers.ETag = etag;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Tag == "*" || t.Compare(ours, useStrongComparison: false));
    }
}
