using System.Threading.Channels;
using NewsApi.Data;

namespace NewsApi.Queries;

/// <summary>
/// Stores the party pages that reads built (<c>party_views</c>) in the background, so that a read never waits for the
/// write lock (SQLite) or a party row another writer holds (PostgreSQL). A page that cannot be stored, because the
/// queue is full, the party moved on or the store refused, is simply built again by a later read: the stored pages
/// are derived data, and the read checks their version in the same statement that returns them.
/// </summary>
public sealed class PartyViewWriter(NewsStore store, ILogger<PartyViewWriter> logger) : BackgroundService
{
    private readonly Channel<PartyViewRow> _queue = Channel.CreateBounded<PartyViewRow>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a built page; dropped when the queue is full.</summary>
    public void Enqueue(PartyViewRow row) => _queue.Writer.TryWrite(row);

    /// <summary>Stores every page queued so far (tests, and the writer's loop); returns how many were stored.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var stored = 0;
        while (_queue.Reader.TryRead(out var row))
        {
            stored += await StoreAsync(row, ct) ? 1 : 0;
        }

        return stored;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> StoreAsync(PartyViewRow row, CancellationToken ct)
    {
        try
        {
            await using var connection = await store.OpenAsync(ct);
            return await PartyViewRepository.StoreAsync(connection, row, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogDebug(e, "The page of party {PartyId} was not stored; a later read builds it again.", row.PartyId);
            return false;
        }
    }
}
