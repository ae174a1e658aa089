using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Mapping;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

/// <summary>Facts across articles: figures by kind, unit, value and party; the calendar of dates articles talk about.</summary>
public static class FactSearchApi
{
    public static RouteGroupBuilder MapFactSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Facts across articles");
        group.MapGet("/figures", SearchFigures).WithName("SearchFigures")
            .WithSummary("Figures across articles by kind, unit, value range and party in the same sentence (cursor paging)").Validate<FigureQuery>().Validate<CursorQuery>().Validate<OffsetsQuery>();
        group.MapGet("/dates", ListCalendarDates).WithName("ListCalendarDates")
            .WithSummary("Event calendar: the days articles talk about, with the sentence, in calendar order (cursor paging)").Validate<CalendarQuery>().Validate<CursorQuery>().Validate<OffsetsQuery>();
        return group;
    }

    public static async Task<Results<Ok<CursorPage<FigureHit>>, CsvResult<FigureCsvRow>>> SearchFigures(
        [AsParameters] FigureQuery query, [AsParameters] CursorQuery paging, [AsParameters] OffsetsQuery offsets, FactSearchReader reader, ArticleReader articles,
        HttpContext http, CancellationToken ct)
    {
        var after = Cursor.TryParse(paging.After, out var position) ? position.Id : 0;
        var search = new FigureSearch(query.Kind, query.Unit, query.Min, query.Max, string.IsNullOrWhiteSpace(query.Party) ? null : query.Party.Trim(), after, paging.LimitOrDefault);
        var (items, next) = await reader.FiguresAsync(search, ct);
        items = await RebaseAsync(items, h => h.ArticleId, (h, map) => h with { Figure = map.Rebase(h.Figure) }, offsets.Unit, articles, ct);
        var page = new CursorPage<FigureHit>(items, NextLink(http, next is { } n ? Cursor.Encode(new CursorPosition(null, n)) : null));
        return Csv.Wanted(http.Request, paging.Format) ? new CsvResult<FigureCsvRow>(page.Items.Select(FigureCsvRow.From)) : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<CursorPage<CalendarEntry>>, CsvResult<CalendarCsvRow>>> ListCalendarDates(
        [AsParameters] CalendarQuery query, [AsParameters] CursorQuery paging, [AsParameters] OffsetsQuery offsets, FactSearchReader reader, ArticleReader articles,
        HttpContext http, CancellationToken ct)
    {
        var from = TimelineRules.ParseDay(query.From) ?? DateOnly.MinValue;
        var to = TimelineRules.ParseDay(query.To) ?? DateOnly.MaxValue;
        var after = Cursor.TryParse(paging.After, out var position) ? position : new CursorPosition(null, 0);
        var search = new DateSearch(
            from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ExclusiveEnd(to), after.Value, after.Id, paging.LimitOrDefault);
        var (items, next) = await reader.CalendarAsync(search, ct);
        items = await RebaseAsync(items, e => e.ArticleId, (e, map) => e with { Date = map.Rebase(e.Date) }, offsets.Unit, articles, ct);
        var page = new CursorPage<CalendarEntry>(items, NextLink(http, next is { } n ? Cursor.Encode(new CursorPosition(n.Value, n.Id)) : null));
        return Csv.Wanted(http.Request, paging.Format) ? new CsvResult<CalendarCsvRow>(page.Items.Select(CalendarCsvRow.From)) : TypedResults.Ok(page);
    }

    /// <summary>Offsets of cross-article hits point into each hit's article: convert them with that article's body.</summary>
    private static async Task<IReadOnlyList<T>> RebaseAsync<T>(
        IReadOnlyList<T> items, Func<T, long> articleOf, Func<T, OffsetMap, T> rebase, OffsetUnit unit, ArticleReader articles, CancellationToken ct)
    {
        if (unit == OffsetUnit.Utf16 || items.Count == 0)
        {
            return items;
        }

        var bodies = await articles.BodiesAsync(items.Select(articleOf).Distinct().ToList(), ct);
        var maps = bodies.ToDictionary(b => b.Key, b => OffsetMap.For(b.Value, unit));
        return items.Select(i => maps.TryGetValue(articleOf(i), out var map) ? rebase(i, map) : i).ToList();
    }

    /// <summary>
    /// The text every ISO value on or before <paramref name="to"/> sorts below: the next day, or for 9999-12-31,
    /// which has none, "9999-12-32".
    /// </summary>
    private static string ExclusiveEnd(DateOnly to) =>
        to == DateOnly.MaxValue ? "9999-12-32" : to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The same request with the next cursor; also sent as an RFC 8288 Link header.</summary>
    private static string? NextLink(HttpContext http, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value)
            .Where(q => q.Key != "after")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("after", cursor));
        var link = QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, query);
        http.Response.Headers.Link = $"<{link}>; rel=\"next\"";
        return link;
    }
}

/// <summary>Opaque cursors: base64url of the keyset position, so clients pass them back unchanged.</summary>
/// <summary>Where a keyset page ends: the sort value of its last item (null when the list sorts by id alone) and its id.</summary>
public sealed record CursorPosition(string? Value, long Id);

/// <summary>
/// The opaque <c>after</c> cursor of the keyset-paged lists: base64url of the position, "value U+001F id" or "id".
/// </summary>
public static class Cursor
{
    private const char Separator = '\u001f';

    public static string Encode(CursorPosition position) => Base64UrlTextEncoder.Encode(Encoding.UTF8.GetBytes(
        position.Value is null ? Id(position.Id) : $"{position.Value}{Separator}{Id(position.Id)}"));

    /// <summary>Reads a cursor this service wrote; false for anything else.</summary>
    public static bool TryParse(string? cursor, out CursorPosition position)
    {
        position = new CursorPosition(null, 0);
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64UrlTextEncoder.Decode(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        var split = text.LastIndexOf(Separator);
        if (!long.TryParse(text.AsSpan(split + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        position = new CursorPosition(split < 0 ? null : text[..split], id);
        return true;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
