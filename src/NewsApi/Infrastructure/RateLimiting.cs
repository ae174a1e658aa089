using System.Globalization;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure;

/// <summary>Limits for anonymous clients (<c>NewsApi:RateLimit</c>). Requests with a valid API key are exempt.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per client address per window on /api/analyze and the write endpoints.</summary>
    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Where counts live: <c>memory</c> (this instance) or <c>postgres</c> (shared by every instance over the database).</summary>
    public string Store { get; set; } = "memory";
}

/// <summary>Marks an endpoint as limited for anonymous clients under the named policy.</summary>
public sealed record RateLimitedAttribute(string Policy);

/// <summary>
/// Counts requests per client and fixed window. Windows are aligned to the clock (a 60 s window starts at every whole
/// minute), so instances that share a counter store agree on them.
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Adds one request for <paramref name="key"/> in the window starting at <paramref name="windowStart"/>; returns the window's count.</summary>
    ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken ct);
}

/// <summary>The in-process counter: exact for one instance (<c>NewsApi:RateLimit:Store</c> = <c>memory</c>).</summary>
public sealed class MemoryRateLimitCounter(TimeProvider clock) : IRateLimitCounter
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweep;

    public ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken ct)
    {
        var start = windowStart.UtcTicks;
        var current = _windows.AddOrUpdate(key, _ => new Window(start), (_, w) => w.Start == start ? w : new Window(start));
        var count = Interlocked.Increment(ref current.Count);
        Sweep(window);
        return ValueTask.FromResult(count);
    }

    /// <summary>Drops windows that ended, at most once per window length, so idle clients do not accumulate.</summary>
    private void Sweep(TimeSpan window)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + window.Ticks, due) != due)
        {
            return;
        }

        foreach (var (key, w) in _windows)
        {
            if (w.Start + window.Ticks <= now)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, w));
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Count;

        public long Start { get; } = start;
    }
}

/// <summary>
/// The shared counter (<c>NewsApi:RateLimit:Store</c> = <c>postgres</c>): one upsert per limited request in an UNLOGGED
/// table, so N instances behind a load balancer count a client's requests together. Ended windows are dropped by
/// whichever instance first sees a new window begin.
/// </summary>
public sealed class PostgresRateLimitCounter(NewsApi.Data.PostgresStore store, TimeProvider clock) : IRateLimitCounter
{
    private long _sweptWindow;

    public async ValueTask<long> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, CancellationToken ct)
    {
        var start = windowStart.ToUnixTimeSeconds();
        await using var connection = await store.OpenAsync(ct);
        var count = await NewsApi.Data.RateLimitRepository.IncrementAsync(connection, key, start, ct);
        var swept = Interlocked.Read(ref _sweptWindow);
        if (swept < start && Interlocked.CompareExchange(ref _sweptWindow, start, swept) == swept)
        {
            await NewsApi.Data.RateLimitRepository.DeleteBeforeAsync(connection, clock.GetUtcNow().ToUnixTimeSeconds() - (long)window.TotalSeconds, ct);
        }

        return count;
    }
}

public static class RateLimiting
{
    public const string AnonymousPolicy = "anonymous";

    public static IServiceCollection AddNewsApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("NewsApi:RateLimit"));
        services.AddSingleton<MemoryRateLimitCounter>();
        services.AddSingleton<IRateLimitCounter>(sp =>
        {
            var store = sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.Store?.Trim().ToLowerInvariant();
            return store switch
            {
                null or "" or "memory" => sp.GetRequiredService<MemoryRateLimitCounter>(),
                "postgres" when sp.GetRequiredService<NewsApi.Data.NewsStore>() is NewsApi.Data.PostgresStore postgres => new PostgresRateLimitCounter(postgres, sp.GetRequiredService<TimeProvider>()),
                "postgres" => throw new NewsApi.Data.StoreConfigurationException("NewsApi:RateLimit:Store is 'postgres' but NewsApi:Store is not: a shared rate limit needs the PostgreSQL store."),
                _ => throw new NewsApi.Data.StoreConfigurationException($"NewsApi:RateLimit:Store is '{store}': use 'memory' (the default) or 'postgres'."),
            };
        });
        return services;
    }

    /// <summary>Limits anonymous clients of this endpoint (requests with a valid API key are exempt).</summary>
    public static TBuilder RequireAnonymousRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RateLimitedAttribute(AnonymousPolicy));
}

/// <summary>
/// Fixed-window limits per client address on endpoints marked <see cref="RateLimitedAttribute"/>, with the IETF
/// draft's <c>RateLimit-Policy</c> and <c>RateLimit</c> headers on every limited answer and <c>Retry-After</c> on 429.
/// Hand-written rather than ASP.NET Core's rate limiter because that one exposes neither the remaining quota nor
/// the reset time, and keeps its counts in one process, where a shared store must decide across instances.
/// </summary>
public sealed class RateLimitMiddleware(
    RequestDelegate next, IRateLimitCounter counter, IOptionsMonitor<RateLimitOptions> limits, IOptionsMonitor<NewsApiOptions> api, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>()?.Policy;
        var settings = limits.CurrentValue;
        if (policy is null || !settings.Enabled || ApiKeyMiddleware.HasValidKey(context, api.CurrentValue))
        {
            await next(context);
            return;
        }

        var limit = Math.Max(1, settings.PermitLimit);
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var count = await counter.IncrementAsync($"{policy}:{client}", start, window, context.RequestAborted);
        var reset = (int)Math.Ceiling((start + window - now).TotalSeconds);
        var headers = context.Response.Headers;
        headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";q={limit};w={(int)window.TotalSeconds}");
        headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";r={Math.Max(0, limit - count)};t={reset}");
        if (count <= limit)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                // ASP.NET Core gives the codes of RFC 9110 a type; 429 is RFC 6585's, so it is named here like the others.
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Anonymous clients may send {limit} of these requests per {(int)window.TotalSeconds} s window; retry after {reset} s or send an X-Api-Key.",
            },
        });
    }
}

/// <summary>Headers every response carries: no MIME sniffing, no framing, no referrer leaks.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
