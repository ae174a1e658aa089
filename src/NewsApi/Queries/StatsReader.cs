using System.Data.Common;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Mapping;

namespace NewsApi.Queries;

/// <summary>Cross-article aggregates for dashboards, all from SQL over stored facts.</summary>
public sealed class StatsReader(NewsStore store)
{
    /// <summary>A timeline has at most this many buckets (ten years of days); ask for a coarser interval beyond.</summary>
    public const int MaxBuckets = 3_660;

    private const int TopCount = 10;
    private const int LatestCount = 5;

    /// <summary>The zero-filled timeline, or null when the range holds more than <see cref="MaxBuckets"/> buckets.</summary>
    public async Task<TimelineResponse?> TimelineAsync(ArticleFilter filter, TimeInterval interval, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var name = interval.ToString().ToLowerInvariant();
        if (from is null && to is null && filter is { FullText: null, Parties.Count: 0 })
        {
            // The whole range of the daily counts: range and buckets in one command.
            var (first, last, rows) = await ArticleDayRepository.RangeAndTimelineAsync(connection, filter.Source, interval, ct);
            return first is { } firstDay && last is { } lastDay ? ZeroFilled(name, firstDay, lastDay, interval, rows) : new TimelineResponse(name, first, last, 0, []);
        }

        var partyId = filter is { FullText: null, Source: null, Parties: [var party] } ? await PartyRepository.ResolveOneAsync(connection, party, ct) : null;
        if (from is null || to is null)
        {
            var (first, last) = partyId is { } id
                ? await PartyDayRepository.RangeAsync(connection, id, ct)
                : await ArticleRepository.PublishedRangeAsync(connection, filter, ct);
            from ??= first is null ? null : DateOnly.FromDateTime(Iso.Parse(first)!.Value.UtcDateTime);
            to ??= last is null ? null : DateOnly.FromDateTime(Iso.Parse(last)!.Value.UtcDateTime);
        }

        if (from is not { } start || to is not { } end || start > end)
        {
            return new TimelineResponse(name, from, to, 0, []);
        }

        if (BucketCount(Align(start, interval), end, interval) > MaxBuckets)
        {
            return null;
        }

        return ZeroFilled(name, start, end, interval, await CountsAsync(connection, filter, partyId, interval, Align(start, interval), end, ct));
    }

    /// <summary>The buckets from the one holding <paramref name="start"/> to the one holding <paramref name="end"/>, with the counted ones filled in; null past <see cref="MaxBuckets"/>.</summary>
    private static TimelineResponse? ZeroFilled(string name, DateOnly start, DateOnly end, TimeInterval interval, IReadOnlyList<BucketRow> rows)
    {
        var first0 = Align(start, interval);
        var count = BucketCount(first0, end, interval);
        if (count > MaxBuckets)
        {
            return null;
        }

        var counts = rows.ToDictionary(r => DateOnly.ParseExact(r.Start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r => r.Count);
        var buckets = new List<TimelineBucket>();
        // Counted, not compared with the end: the bucket after one in December 9999 does not exist.
        var day = first0;
        for (var i = 0L; i < count; i++)
        {
            if (i > 0)
            {
                day = Next(day, interval);
            }

            buckets.Add(new TimelineBucket(day, counts.GetValueOrDefault(day)));
        }

        return new TimelineResponse(name, start, end, buckets.Sum(b => b.Count), buckets);
    }

    /// <summary>
    /// Bucket counts from the daily counts when the filter allows (no full-text query; a source, or one resolved party), else by
    /// grouping the matching articles.
    /// </summary>
    private static async Task<IReadOnlyList<BucketRow>> CountsAsync(
        DbConnection connection, ArticleFilter filter, long? partyId, TimeInterval interval, DateOnly first, DateOnly end, CancellationToken ct)
    {
        if (filter.FullText is null && filter.Parties.Count == 0)
        {
            return await ArticleDayRepository.TimelineAsync(connection, filter.Source, first, end, interval, ct);
        }

        if (partyId is { } id)
        {
            return await PartyDayRepository.TimelineAsync(connection, id, first, end, interval, ct);
        }

        var bounded = filter with
        {
            PublishedFrom = Iso.Format(new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            PublishedTo = Iso.Format(new DateTimeOffset(end.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero)),
        };
        return await ArticleRepository.TimelineAsync(connection, bounded, interval, ct);
    }

    public async Task<OverviewResponse> OverviewAsync(CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var (totals, topParties, sources, latest) = await OverviewRepository.ReadAsync(connection, TopCount, LatestCount, ct);
        return new OverviewResponse(
            totals.Articles,
            totals.Parties,
            Iso.Parse(totals.First),
            Iso.Parse(totals.Last),
            topParties.Select(r => new PartyListItem(r.Id, r.Name, r.Type, (int)r.ArticleCount, (int)r.MentionCount)).ToList(),
            sources.Select(s => new NamedCount(s.Name, s.Count)).ToList(),
            latest.Select(FactMapping.ToListItem).ToList());
    }

    public async Task<CooccurringResponse?> CooccurringAsync(long partyId, int limit, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        if (await PartyRepository.GetAsync(connection, partyId, ct) is not { ArticleCount: > 0 })
        {
            return null;
        }

        var rows = await PartyRepository.CooccurringAsync(connection, partyId, limit, ct);
        return new CooccurringResponse(partyId, rows.Select(r => new PartyListItem(r.Id, r.Name, r.Type, (int)r.ArticleCount, (int)r.MentionCount)).ToList());
    }

    public async Task<bool> PartyExistsAsync(long partyId, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        return await PartyRepository.GetAsync(connection, partyId, ct) is { ArticleCount: > 0 };
    }

    public static DateOnly Align(DateOnly day, TimeInterval interval) => interval switch
    {
        TimeInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly day, TimeInterval interval) => interval switch
    {
        TimeInterval.Week => day.AddDays(7),
        TimeInterval.Month => day.AddMonths(1),
        _ => day.AddDays(1),
    };

    private static long BucketCount(DateOnly first, DateOnly last, TimeInterval interval) => interval switch
    {
        TimeInterval.Week => ((last.DayNumber - first.DayNumber) / 7) + 1,
        TimeInterval.Month => ((last.Year - first.Year) * 12) + last.Month - first.Month + 1,
        _ => last.DayNumber - first.DayNumber + 1,
    };
}
