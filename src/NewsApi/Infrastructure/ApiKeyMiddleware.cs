using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>
/// Requires a configured key in X-Api-Key. Keys are compared as SHA-256 digests in constant time, so neither
/// the length nor the content of a key leaks through timing; the key itself is never logged.
/// </summary>
/// <remarks>
/// A middleware rather than an endpoint filter so that it runs before the body is read: an unauthenticated
/// client gets 401 whatever it sent.
/// </remarks>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptionsMonitor<NewsApiOptions> options, IProblemDetailsService problems)
{
    public const string HeaderName = "X-Api-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequirement>() is null)
        {
            await next(context);
            return;
        }

        var keys = options.CurrentValue.ApiKeys.Where(k => !string.IsNullOrEmpty(k)).ToArray();
        if (keys.Length == 0)
        {
            await RefuseAsync(context, "Writes are disabled", "No API keys are configured (NewsApi:ApiKeys), so this server refuses writes.");
            return;
        }

        var presented = context.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented) || !Matches(presented, keys))
        {
            await RefuseAsync(context, "Missing or invalid API key", $"Send a valid key in the {HeaderName} header to create, replace or delete articles.");
            return;
        }

        await next(context);
    }

    /// <summary>True when the request carries one of the configured keys.</summary>
    public static bool HasValidKey(HttpContext context, NewsApiOptions options)
    {
        var presented = context.Request.Headers[HeaderName].ToString();
        var keys = options.ApiKeys.Where(k => !string.IsNullOrEmpty(k)).ToArray();
        return presented.Length > 0 && keys.Length > 0 && Matches(presented, keys);
    }

    private async Task RefuseAsync(HttpContext context, string title, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = title, Detail = detail },
        });
    }

    public static bool Matches(string presented, string[] keys)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = false;
        foreach (var key in keys)
        {
            // No early exit: every key is compared.
            match |= CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return match;
    }
}
