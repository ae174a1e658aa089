using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>Page-number paging: page is 1-based; pageSize is 1–100 (default 20).</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>
/// Page-number paging and the list's format, one record for every page-numbered list (<c>[AsParameters]</c> beside the
/// list's own filters): page 1-based, pageSize 1–100 (default 20), format json or csv.
/// </summary>
public sealed record PageQuery
{
    [Description("1-based page number (default 1).")]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Items per page, 1–100 (default 20).")]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    [FromQuery(Name = "format")]
    [Description("json (default) or csv (RFC 4180, items only; total in X-Total-Count). Accept: text/csv also selects CSV.")]
    public string? Format { get; init; }

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? Infrastructure.Limits.DefaultPageSize;
}

public sealed record ArticleListQuery
{
    [Description("Full-text query over title and body: words, \"quoted phrases\", prefix*, AND/OR/NOT, parentheses, title:/body: (the same on both stores).")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Only articles published at or after this time (ISO 8601 date or date-time).")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Only articles published at or before this time; a plain date includes the whole day.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Only articles from this source (case-insensitive exact match).")]
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    [Description("Only articles mentioning these parties (repeat for several, at most 10): an id or a canonical name (case-insensitive).")]
    [FromQuery(Name = "party")]
    public string[]? Party { get; init; }

    [Description("all (default): articles mentioning every given party; any: articles mentioning at least one.")]
    [FromQuery(Name = "partyMode")]
    public string? PartyMode { get; init; }

    [Description("Sort: -publishedAt (default), publishedAt, -createdAt, createdAt, title, -title, relevance (default when q is given).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

public sealed record PartyListQuery
{
    [Description("Name contains (case-insensitive).")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("person, organization or place.")]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    [Description("With to: count only articles published in this window (yyyy-MM-dd, inclusive) and report each party's trend against the window of equal length before it.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day of the window (yyyy-MM-dd, inclusive); needs from.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("Sort: -mentions (default), -articles, name, or -trend (with a from/to window).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}
