using System.ComponentModel;

namespace NewsApi.Contracts;

/// <summary>Page-number paging: page is 1-based; pageSize is 1–100 (default 20).</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public sealed record ArticleListQuery
{
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [Description("Items per page, 1–100 (default 20).")]
    public int? PageSize { get; init; }

    [Description("Full-text query (SQLite FTS5 syntax: words, \"phrases\", prefix*, AND/OR/NOT) over title and body.")]
    public string? Q { get; init; }

    [Description("Only articles published at or after this time (ISO 8601 date or date-time).")]
    public string? From { get; init; }

    [Description("Only articles published at or before this time; a plain date includes the whole day.")]
    public string? To { get; init; }

    [Description("Only articles from this source (case-insensitive exact match).")]
    public string? Source { get; init; }

    [Description("Only articles mentioning this party: its id or its canonical name (case-insensitive).")]
    public string? Party { get; init; }

    [Description("Sort: -publishedAt (default), publishedAt, -createdAt, createdAt, title, -title, relevance (default when q is given).")]
    public string? Sort { get; init; }
}

public sealed record PartyListQuery
{
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [Description("Items per page, 1–100 (default 20).")]
    public int? PageSize { get; init; }

    [Description("Name contains (case-insensitive).")]
    public string? Q { get; init; }

    [Description("person, organization or place.")]
    public string? Type { get; init; }

    [Description("Sort: -mentions (default), -articles, name.")]
    public string? Sort { get; init; }
}
