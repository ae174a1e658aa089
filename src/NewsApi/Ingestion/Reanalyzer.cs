using Microsoft.Extensions.Options;
using NewsApi.Analysis;
using NewsApi.Data;
using NewsApi.Mapping;
using NewsApi.Infrastructure;

namespace NewsApi.Ingestion;

/// <summary>
/// After an analyser upgrade (<see cref="ArticleAnalyzer.Version"/>) or a renderer upgrade (<see cref="ArticleViews.Version"/>:
/// articles without current views, e.g. stored before the read model), re-analyses stored articles in the background
/// while the service answers. Instances sharing a database split the work: each claims a few stale articles at a time
/// (a lease in reanalysis_claims; PostgreSQL skips rows another instance is claiming), so no article is analysed
/// twice, and an instance that dies leaves leases that expire. Each article is stored in one short transaction that
/// also drops its claim: a stop loses at most the article in hand. Enabled by <c>NewsApi:ReanalyzeOnStartup</c>.
/// </summary>
public sealed class Reanalyzer(NewsStore store, ArticleIngestor ingestor, TimeProvider clock, IOptions<NewsApiOptions> options, ILogger<Reanalyzer> logger) : BackgroundService
{
    private const int BatchSize = 16;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>This process's name on its claims.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Re-analyses every stale article this instance can claim; returns how many it updated.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var updated = 0;
        var tried = new HashSet<long>();
        while (!ct.IsCancellationRequested)
        {
            var ids = await ClaimAsync(ct);
            if (ids.Count == 0 || ids.All(tried.Contains))
            {
                break;
            }

            foreach (var id in ids.Where(tried.Add))
            {
                if (await ingestor.ReanalyzeAsync(id, ct, Owner))
                {
                    updated++;
                }
            }
        }

        return updated;
    }

    private async Task<IReadOnlyList<long>> ClaimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync(ct);
        await using var transaction = await store.BeginWriteAsync(connection, ct);
        var ids = await ReanalysisClaimRepository.ClaimAsync(
            connection, transaction, ArticleAnalyzer.Version, ArticleViews.Version, Owner, Iso.Format(now), Iso.Format(now + Lease), BatchSize, ct);
        await transaction.CommitAsync(ct); // a claim changes no answer: the store's change counter stays
        return ids;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReanalyzeOnStartup)
        {
            return;
        }

        try
        {
            var updated = await RunAsync(stoppingToken);
            if (updated > 0)
            {
                logger.LogInformation("Re-analysed {Count} articles with analyser version {Version}", updated, ArticleAnalyzer.Version);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the rest is picked up at the next start.
        }
    }
}
