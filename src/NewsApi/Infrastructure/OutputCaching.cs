using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsApi.Data;

namespace NewsApi.Infrastructure;

/// <summary>The <c>NewsApi:OutputCache</c> configuration section.</summary>
public sealed class OutputCacheSettings
{
    public const string Section = "NewsApi:OutputCache";

    /// <summary>Serve repeated reads of /api from memory until the stored articles change.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest a cached response lives even when nothing is written.</summary>
    public int Seconds { get; set; } = 300;

    /// <summary>Memory the cached responses may take.</summary>
    public long SizeLimitMegabytes { get; set; } = 64;

    /// <summary>How often the database is checked for writes by other processes (a bulk import, another instance).</summary>
    public int WatchMilliseconds { get; set; } = 1_000;
}

/// <summary>
/// Output caching for hot reads: every successful GET under /api is kept in memory, keyed by URL (all query
/// parameters), Accept header and the <see cref="StoreVersion"/>: an answer about one article by that article's key,
/// anything else (lists, counts, aggregates, parties) by the version every write moves. A write thus misses only the
/// answers it may have changed; the stale entries are then evicted by tag.
/// </summary>
public static class OutputCaching
{
    /// <summary>Every cached API read.</summary>
    public const string Tag = "articles";

    /// <summary>The cached reads that any write may change (everything but the answers about one article).</summary>
    public const string ListsTag = "lists";

    public static IServiceCollection AddNewsApiOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutputCacheSettings>(configuration.GetSection(OutputCacheSettings.Section));
        services.AddSingleton<StoreVersion>();
        services.AddHostedService<StoreWatcher>();
        services.AddOutputCache(o => o.AddBasePolicy(new CacheMetricsPolicy()));
        services.AddOutputCache(o => o.AddBasePolicy(policy => policy
            .With(c => c.HttpContext.RequestServices.GetRequiredService<IOptions<OutputCacheSettings>>().Value.Enabled
                && c.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            .SetVaryByHeader("Accept")
            .VaryByValue(c =>
            {
                var version = c.RequestServices.GetRequiredService<StoreVersion>();
                return ArticleOf(c.Request.Path) is { } id
                    ? new KeyValuePair<string, string>("article", version.ArticleKey(id))
                    : new KeyValuePair<string, string>("store", version.Value.ToString(CultureInfo.InvariantCulture));
            })
            .Tag(Tag)));
        services.AddOutputCache(o => o.AddBasePolicy(new ListsTagPolicy()));

        // Settings are read when the options are built, after every configuration source (tests add theirs late).
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheSettings>>((o, settings) =>
        {
            o.SizeLimit = settings.Value.SizeLimitMegabytes * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(settings.Value.Seconds);
        });
        return services;
    }

    /// <summary>
    /// The article a path is about when its answer depends on that article alone: /api/articles/{id} and its
    /// /facts, /summary and /sentences. Null for any other path.
    /// </summary>
    public static long? ArticleOf(PathString path)
    {
        if (!path.StartsWithSegments("/api/articles", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }

        // Runs for every API request (the cache key and the tags): spans, no split.
        var segments = rest.Value.AsSpan().Trim('/');
        var slash = segments.IndexOf('/');
        var id = slash < 0 ? segments : segments[..slash];
        var tail = slash < 0 ? [] : segments[(slash + 1)..];
        var single = tail.IsEmpty || tail is "facts" or "summary" or "sentences";
        return single && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var article) ? article : null;
    }

    /// <summary>Tags the reads that any write may change, so the watcher evicts them without the per-article answers.</summary>
    private sealed class ListsTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (ArticleOf(context.HttpContext.Request.Path) is null)
            {
                context.Tags.Add(ListsTag);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Notices commits made by other processes — a bulk import, or any other instance on the same database — through the
/// store's change counter (the store_version row, moved by every write transaction and replicated with the data): a
/// value this process did not commit moves every key (<see cref="StoreVersion.Observe"/>). Also evicts the entries
/// made stale, within <see cref="OutputCacheSettings.WatchMilliseconds"/>: after this process's own writes the lists
/// only, after another process's everything.
/// </summary>
public sealed class StoreWatcher(
    NewsStore store, StoreVersion version, IOutputCacheStore cache, IOptions<OutputCacheSettings> settings, ILogger<StoreWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        try
        {
            await using var connection = await store.OpenReadAsync(stoppingToken);
            var seen = await store.ReadChangeCounterAsync(connection, stoppingToken);
            var (evicted, evictedEpoch) = (version.Value, version.Epoch);
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, settings.Value.WatchMilliseconds)));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = await store.ReadChangeCounterAsync(connection, stoppingToken);
                if (current != seen)
                {
                    version.Observe(seen, current);
                    seen = current;
                }

                if (version.Epoch != evictedEpoch)
                {
                    (evicted, evictedEpoch) = (version.Value, version.Epoch);
                    await cache.EvictByTagAsync(OutputCaching.Tag, stoppingToken);
                }
                else if (version.Value != evicted)
                {
                    evicted = version.Value;
                    await cache.EvictByTagAsync(OutputCaching.ListsTag, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (StoreErrors.IsUnavailable(e))
        {
            // Without the watcher, writes by this process still invalidate the cache; only other processes' do not.
            logger.LogError(e, "The store watcher stopped: writes by other processes will not refresh cached reads");
        }
    }
}
