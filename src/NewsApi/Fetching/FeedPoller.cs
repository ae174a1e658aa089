using Microsoft.Extensions.Options;
using NewsApi.Infrastructure;

namespace NewsApi.Fetching;

/// <summary>
/// Polls the feeds of <c>NewsApi:Feeds</c>, each on its own schedule: a conditional GET (If-None-Match /
/// If-Modified-Since from the last answer), then one <see cref="ArticleFetcher"/> fetch per item not seen before,
/// through the same guard and ingest path as POST /api/articles/fetch. A failed poll waits the interval times
/// 2^failures (at most <see cref="FetchDefaults.MaxBackoffSeconds"/>) before the next try.
/// </summary>
public sealed class FeedPoller(
    IOptions<NewsApiOptions> options, PageFetcher pages, ArticleFetcher articles, FeedStatusBoard board, TimeProvider clock, ILogger<FeedPoller> logger)
    : BackgroundService
{
    /// <summary>An item whose page fails this many times is not fetched again.</summary>
    public const int MaxItemAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value.Feeds.Where(f => !string.IsNullOrWhiteSpace(f.Url)).DistinctBy(f => f.Url.Trim(), StringComparer.Ordinal).ToList();
        foreach (var feed in feeds)
        {
            board.Register(feed.Url.Trim(), feed.Source);
        }

        await Task.WhenAll(feeds.Select(f => RunAsync(f, stoppingToken)));
    }

    private async Task RunAsync(FeedSource feed, CancellationToken ct)
    {
        var url = feed.Url.Trim();
        var interval = TimeSpan.FromSeconds(Math.Max(1, feed.IntervalSeconds ?? FetchDefaults.FeedIntervalSeconds));
        while (!ct.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await PollAsync(url, feed.Source, interval, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A bug (or a storage fault) in one poll must not end this feed's loop, nor stop the host.
                logger.LogError(ex, "Feed {Url}: poll failed unexpectedly", url);
                wait = board.Update(url, s =>
                {
                    s.LastPolledAt = clock.GetUtcNow();
                    s.LastError = $"Unexpected error: {ex.Message}";
                    s.ConsecutiveFailures++;
                    var backoff = Backoff(interval, s.ConsecutiveFailures);
                    s.NextPollAt = s.LastPolledAt + backoff;
                    return backoff;
                });
            }

            try
            {
                await Task.Delay(wait, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One poll of one feed; returns the time until the next.</summary>
    public async Task<TimeSpan> PollAsync(string url, string? source, TimeSpan interval, CancellationToken ct)
    {
        var (etag, lastModified) = board.Update(url, s => (s.ETag, s.LastModified));
        FetchFailure? failure;
        var stored = 0;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var feedUrl))
        {
            failure = new FetchFailure(FetchFailureKind.InvalidUrl, "Invalid feed URL", $"'{url}' is not an absolute URL.");
        }
        else
        {
            (stored, failure) = await PollFeedAsync(url, feedUrl, source, etag, lastModified, ct);
        }

        var now = clock.GetUtcNow();
        return board.Update(url, s =>
        {
            s.LastPolledAt = now;
            s.ItemsStored += stored;
            if (failure is null)
            {
                s.LastSuccessAt = now;
                s.LastError = null;
                s.ConsecutiveFailures = 0;
            }
            else
            {
                s.LastError = failure.ToString();
                s.ConsecutiveFailures++;
                logger.LogWarning("Feed {Url} failed ({Failures} in a row): {Error}", url, s.ConsecutiveFailures, s.LastError);
            }

            var wait = failure is null ? interval : Backoff(interval, s.ConsecutiveFailures);
            s.NextPollAt = now + wait;
            return wait;
        });
    }

    /// <summary>interval × 2^failures, capped.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures)
    {
        var seconds = interval.TotalSeconds * Math.Pow(2, Math.Min(failures, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, Math.Max(interval.TotalSeconds, FetchDefaults.MaxBackoffSeconds)));
    }

    private async Task<(int Stored, FetchFailure? Failure)> PollFeedAsync(string url, Uri feedUrl, string? source, string? etag, string? lastModified, CancellationToken ct)
    {
        var (response, failure) = await pages.GetAsync(new FetchRequest(feedUrl, FeedParser.FeedTypes, etag, lastModified), ct);
        if (response is null)
        {
            return (0, failure);
        }

        board.Update(url, s =>
        {
            s.ETag = response.ETag;
            s.LastModified = response.LastModified;
            s.NotModified += response.NotModified ? 1 : 0;
            return 0;
        });
        if (response.NotModified)
        {
            return (0, null);
        }

        var (items, invalid) = FeedParser.Parse(response);
        if (items is null)
        {
            return (0, invalid);
        }

        var stored = 0;
        foreach (var item in items)
        {
            var link = item.Link.AbsoluteUri;
            if (board.Update(url, s => s.Seen.Contains(link)))
            {
                continue;
            }

            var outcome = await articles.FetchAndStoreAsync(item.Link, source, null, ct);
            stored += outcome.Status == FetchStatus.Created ? 1 : 0;
            board.Update(url, s =>
            {
                var attempts = outcome.Status == FetchStatus.Failed ? s.ItemFailures.GetValueOrDefault(link) + 1 : MaxItemAttempts;
                s.ItemFailures[link] = attempts;
                if (attempts >= MaxItemAttempts)
                {
                    s.Seen.Add(link);
                    s.ItemFailures.Remove(link);
                }

                return 0;
            });
            if (outcome.Failure is { } itemFailure)
            {
                logger.LogInformation("Feed {Url}: item {Link} not stored: {Error}", url, link, itemFailure);
            }
        }

        return (stored, null);
    }
}
