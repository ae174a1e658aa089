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
/// parameters), Accept header and the <see cref="StoreVersion"/>. A write bumps the version, so later requests miss
/// and recompute; the stale entries are then evicted by tag.
/// </summary>
public static class OutputCaching
{
    public const string Tag = "articles";

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
            .VaryByValue(c => new KeyValuePair<string, string>(
                "store", c.RequestServices.GetRequiredService<StoreVersion>().Value.ToString(CultureInfo.InvariantCulture)))
            .Tag(Tag)));

        // Settings are read when the options are built, after every configuration source (tests add theirs late).
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheSettings>>((o, settings) =>
        {
            o.SizeLimit = settings.Value.SizeLimitMegabytes * 1024 * 1024;
            o.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(settings.Value.Seconds);
        });
        return services;
    }
}

/// <summary>
/// Notices commits made by other processes — a bulk import, or on PostgreSQL any other instance — through the store's
/// change counter (SQLite: PRAGMA data_version on a connection of its own; PostgreSQL: the store_version row, written
/// by every write transaction and replicated with the data) and evicts cache entries made stale by any write, within
/// <see cref="OutputCacheSettings.WatchMilliseconds"/>.
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
            var evicted = version.Value;
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, settings.Value.WatchMilliseconds)));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = await store.ReadChangeCounterAsync(connection, stoppingToken);
                if (current != seen)
                {
                    seen = current;
                    version.Bump();
                }

                if (version.Value != evicted)
                {
                    evicted = version.Value;
                    await cache.EvictByTagAsync(OutputCaching.Tag, stoppingToken);
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
