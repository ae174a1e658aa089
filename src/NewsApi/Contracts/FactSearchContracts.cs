using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>Keyset (cursor) paging for lists that grow without bound: follow <c>next</c> until it is null.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// Keyset (cursor) paging and the list's format, one record for every cursor-paged list (<c>[AsParameters]</c> beside
/// the list's own filters): limit 1–100 (default 20), after = the previous page's cursor, format json or csv.
/// </summary>
public sealed record CursorQuery
{
    [Description("Items per page, 1–100 (default 20).")]
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    [Description("Cursor from the previous page's next link.")]
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    [FromQuery(Name = "format")]
    [Description("json (default) or csv (RFC 4180, one row per item of this page; the next page is in the Link header). Accept: text/csv also selects CSV.")]
    public string? Format { get; init; }

    public int LimitOrDefault => Limit ?? Infrastructure.Limits.DefaultPageSize;
}

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
}

public sealed record CalendarQuery
{
    [Description("First day (yyyy-MM-dd, inclusive).")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day (yyyy-MM-dd, inclusive).")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }
}

/// <summary>A figure with its article and sentence; offsets in <c>figure</c> point into that article's body.</summary>
public sealed record FigureHit(long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, FigureFact Figure, string? Sentence);

/// <summary>A date an article talks about, with its article and sentence; offsets point into that article's body.</summary>
public sealed record CalendarEntry(long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, DateFact Date, string? Sentence);

/// <summary>A figure hit as one flat CSV row (the JSON item nests the figure).</summary>
public sealed record FigureCsvRow(
    long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, string Text, int Start, int End,
    double? Value, double? ValueMax, string? Unit, string? Currency, string? Qualifier, string Kind, string? Sentence)
{
    public static FigureCsvRow From(FigureHit hit) => new(
        hit.Id, hit.ArticleId, hit.ArticleTitle, hit.PublishedAt, hit.Figure.Text, hit.Figure.Start, hit.Figure.End,
        hit.Figure.Value, hit.Figure.ValueMax, hit.Figure.Unit, hit.Figure.Currency, hit.Figure.Qualifier, hit.Figure.Kind, hit.Sentence);
}

/// <summary>A calendar entry as one flat CSV row (the JSON item nests the date).</summary>
public sealed record CalendarCsvRow(
    long Id, long ArticleId, string ArticleTitle, DateTimeOffset? PublishedAt, string Text, int Start, int End,
    string Value, string? EndValue, string Granularity, bool Relative, string? Anchor, string? Sentence)
{
    public static CalendarCsvRow From(CalendarEntry entry) => new(
        entry.Id, entry.ArticleId, entry.ArticleTitle, entry.PublishedAt, entry.Date.Text, entry.Date.Start, entry.Date.End,
        entry.Date.Value, entry.Date.EndValue, entry.Date.Granularity, entry.Date.Relative, entry.Date.Anchor, entry.Sentence);
}
