using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>The bucket controls every timeline shares.</summary>
public interface ITimelineQuery
{
    string? Interval { get; }

    string? From { get; }

    string? To { get; }

    string? Format { get; }
}

/// <summary>Time-series controls: buckets of a day, an ISO week (starting Monday) or a month, both ends inclusive.</summary>
public sealed record TimelineQuery : ITimelineQuery
{
    [FromQuery(Name = "interval")]
    [Description("day (default), week (ISO weeks, labelled by their Monday) or month (labelled by the 1st).")]
    public string? Interval { get; init; }

    [FromQuery(Name = "from")]
    [Description("First day (yyyy-MM-dd, inclusive). Default: the earliest matching publication date.")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Last day (yyyy-MM-dd, inclusive). Default: the latest matching publication date.")]
    public string? To { get; init; }

    [FromQuery(Name = "q")]
    [Description("Full-text query over title and body, in the syntax of GET /api/articles.")]
    public string? Q { get; init; }

    [FromQuery(Name = "party")]
    [Description("Only articles mentioning this party: its id or canonical name.")]
    public string? Party { get; init; }

    [FromQuery(Name = "source")]
    [Description("Only articles from this source (case-insensitive).")]
    public string? Source { get; init; }

    [FromQuery(Name = "format")]
    [Description("json (default) or csv (one row per bucket: start,count). Accept: text/csv also selects CSV.")]
    public string? Format { get; init; }
}

/// <summary>Party time series: the same bucket controls, the party comes from the path.</summary>
public sealed record PartyTimelineQuery : ITimelineQuery
{
    [FromQuery(Name = "interval")]
    [Description("day (default), week (ISO weeks, labelled by their Monday) or month (labelled by the 1st).")]
    public string? Interval { get; init; }

    [FromQuery(Name = "from")]
    [Description("First day (yyyy-MM-dd, inclusive). Default: the party's earliest article.")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    [Description("Last day (yyyy-MM-dd, inclusive). Default: the party's latest article.")]
    public string? To { get; init; }

    [FromQuery(Name = "format")]
    [Description("json (default) or csv (one row per bucket: start,count).")]
    public string? Format { get; init; }
}

/// <summary>One bucket: its first day and how many articles fall in it.</summary>
public sealed record TimelineBucket(DateOnly Start, long Count);

/// <summary>Evenly spaced, zero-filled buckets from <c>from</c> to <c>to</c>, ready for a chart.</summary>
public sealed record TimelineResponse(string Interval, DateOnly? From, DateOnly? To, long Total, IReadOnlyList<TimelineBucket> Buckets);

public sealed record NamedCount(string Name, long Count);

/// <summary>What a dashboard shows first: totals, top parties, top sources and the latest articles.</summary>
public sealed record OverviewResponse(
    long Articles,
    long Parties,
    DateTimeOffset? FirstPublishedAt,
    DateTimeOffset? LastPublishedAt,
    IReadOnlyList<PartyListItem> TopParties,
    IReadOnlyList<NamedCount> TopSources,
    IReadOnlyList<ArticleListItem> Latest);

public sealed record CooccurringResponse(long PartyId, IReadOnlyList<PartyListItem> Items);
