using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>Keyset (cursor) paging for lists that grow without bound: follow <c>next</c> until it is null.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? Next);

public sealed record FigureQuery
{
    [Description("count, money, percent, percentage-points, duration, quantity, ordinal or range.")]
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    [Description("Unit, case-insensitive: \"people\", \"USD\", \"days\", ...")]
    [FromQuery(Name = "unit")]
    public string? Unit { get; init; }

    [Description("Smallest value (inclusive).")]
    [FromQuery(Name = "min")]
    public double? Min { get; init; }

    [Description("Largest value (inclusive).")]
    [FromQuery(Name = "max")]
    public double? Max { get; init; }

    [Description("Only figures in a sentence that mentions this party: its id or canonical name.")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }

    [Description("Items per page, 1–100 (default 20).")]
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    [Description("Cursor from the previous page's next link.")]
    [FromQuery(Name = "after")]
    public string? After { get; init; }
}

public sealed record CalendarQuery
{
    [Description("First day (yyyy-MM-dd, inclusive).")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day (yyyy-MM-dd, inclusive).")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Items per page, 1–100 (default 20).")]
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    [Description("Cursor from the previous page's next link.")]
    [FromQuery(Name = "after")]
    public string? After { get; init; }
}

/// <summary>A figure with its article and sentence; offsets in <c>figure</c> point into that article's body.</summary>
public sealed record FigureHit(long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, FigureFact Figure, string? Sentence);

/// <summary>A date an article talks about, with its article and sentence; offsets point into that article's body.</summary>
public sealed record CalendarEntry(long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, DateFact Date, string? Sentence);
