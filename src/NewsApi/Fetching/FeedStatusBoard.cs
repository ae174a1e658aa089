using NewsApi.Contracts;

namespace NewsApi.Fetching;

/// <summary>
/// The feed poller's state per feed (validators for the next conditional GET, items already seen, failures) and the
/// status it publishes to GET /api/feeds and /health. Thread-safe: the poller writes, requests read snapshots.
/// </summary>
public sealed class FeedStatusBoard
{
    private readonly Dictionary<string, FeedState> _feeds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Register(string url, string? source)
    {
        lock (_lock)
        {
            _feeds.TryAdd(url, new FeedState(url, source));
        }
    }

    public IReadOnlyList<FeedStatus> Snapshot()
    {
        lock (_lock)
        {
            return _feeds.Values.Select(f => f.ToStatus()).ToList();
        }
    }

    /// <summary>Runs <paramref name="change"/> on the feed's state under the board's lock.</summary>
    public T Update<T>(string url, Func<FeedState, T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            return change(_feeds[url]);
        }
    }
}

/// <summary>One feed's mutable state; only touched under <see cref="FeedStatusBoard"/>'s lock.</summary>
public sealed class FeedState(string url, string? source)
{
    public string Url { get; } = url;

    public string? Source { get; } = source;

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public string? LastError { get; set; }

    public int ConsecutiveFailures { get; set; }

    public long ItemsStored { get; set; }

    public long NotModified { get; set; }

    public DateTimeOffset? NextPollAt { get; set; }

    /// <summary>Links fetched already (stored or duplicates), so each item is fetched once.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>Failed fetches per link; an item is given up after <see cref="FeedPoller.MaxItemAttempts"/>.</summary>
    public Dictionary<string, int> ItemFailures { get; } = new(StringComparer.Ordinal);

    public FeedStatus ToStatus() => new(Url, Source, LastPolledAt, LastSuccessAt, LastError, ConsecutiveFailures, ItemsStored, NotModified, NextPollAt, ETag, LastModified);
}
