using Microsoft.Extensions.Options;
using NewsApi.Analysis;
using NewsApi.Data;
using NewsApi.Infrastructure;

namespace NewsApi.Ingestion;

/// <summary>
/// After an analyser upgrade (<see cref="ArticleAnalyzer.Version"/>), re-analyses stored articles in the background
/// while the service answers: one short transaction per article, so readers (WAL) are never blocked and a stop
/// loses at most the article in hand. Enabled by <c>NewsApi:ReanalyzeOnStartup</c> (default true).
/// </summary>
public sealed class Reanalyzer(NewsStore store, ArticleIngestor ingestor, IOptions<NewsApiOptions> options, ILogger<Reanalyzer> logger) : BackgroundService
{
    private const int BatchSize = 64;

    /// <summary>Re-analyses every stale article; returns how many were updated.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var updated = 0;
        var lastId = 0L;
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<long> ids;
            await using (var connection = await store.OpenAsync(ct))
            {
                ids = await ArticleRepository.StaleAsync(connection, ArticleAnalyzer.Version, BatchSize, ct);
            }

            // Articles that could not be updated (deleted meanwhile) are not retried in this pass.
            ids = ids.Where(id => id > lastId).ToList();
            if (ids.Count == 0)
            {
                break;
            }

            foreach (var id in ids)
            {
                if (await ingestor.ReanalyzeAsync(id, ct))
                {
                    updated++;
                }

                lastId = id;
            }
        }

        return updated;
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
