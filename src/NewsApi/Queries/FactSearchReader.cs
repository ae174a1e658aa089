using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Mapping;

namespace NewsApi.Queries;

/// <summary>Figures and dates across articles, keyset-paged so deep pages cost the same as the first.</summary>
public sealed class FactSearchReader(NewsStore store)
{
    /// <summary>The page and the cursor of the next one (null on the last page).</summary>
    public async Task<(IReadOnlyList<FigureHit> Items, long? NextAfter)> FiguresAsync(FigureSearch search, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var rows = await FigureRepository.SearchAsync(connection, search with { Limit = search.Limit + 1 }, ct);
        var items = rows.Take(search.Limit).Select(r => new FigureHit(
            r.Id, r.ArticleId, r.Title, Iso.Parse(r.PublishedAt), FactMapping.ToFact(r), Slice(r.Body, r.SentenceStart, r.SentenceEnd))).ToList();
        return (items, rows.Count > search.Limit ? items[^1].Id : null);
    }

    public async Task<(IReadOnlyList<CalendarEntry> Items, (string Value, long Id)? NextAfter)> CalendarAsync(DateSearch search, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var rows = await DateRepository.CalendarAsync(connection, search with { Limit = search.Limit + 1 }, ct);
        var items = rows.Take(search.Limit).Select(r => new CalendarEntry(
            r.Id, r.ArticleId, r.Title, Iso.Parse(r.PublishedAt), FactMapping.ToFact(r), Slice(r.Body, r.SentenceStart, r.SentenceEnd))).ToList();
        return (items, rows.Count > search.Limit ? (items[^1].Date.Value, items[^1].Id) : null);
    }

    private static string? Slice(string body, long start, long end) =>
        end > start && end <= body.Length ? body[(int)start..(int)end] : null;
}
