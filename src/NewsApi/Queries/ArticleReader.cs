using System.Data.Common;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Mapping;

namespace NewsApi.Queries;

/// <summary>Read side of articles: composes stored rows into wire responses. Never re-analyses.</summary>
public sealed class ArticleReader(NewsStore store)
{
    private const int AllFacts = int.MaxValue;

    /// <summary>The read model's stored body of one view, or null when the article has none at the current version.</summary>
    public async Task<byte[]?> GetViewAsync(long id, ArticleView view, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        return await ArticleViewRepository.GetAsync(connection, id, view, ArticleViews.Version, ct);
    }

    /// <summary>
    /// <see cref="GetViewAsync"/> as the response itself: on SQLite read without a task into a pooled buffer, which the
    /// response returns when the request ends; null when the article has no view at the current version.
    /// </summary>
    public ValueTask<StoredJson?> StoredViewAsync(long id, ArticleView view, CancellationToken ct)
    {
        if (store is SqliteStore sqlite)
        {
            using var connection = sqlite.OpenSqlite();
            return new(ArticleViewRepository.GetPooled(connection, id, view, ArticleViews.Version) is { } body ? new StoredJson(body) : null);
        }

        return StoredAsync(GetViewAsync(id, view, ct));
    }

    /// <summary>A stored body read the general way (PostgreSQL), as the response.</summary>
    internal static async ValueTask<StoredJson?> StoredAsync(Task<byte[]?> read) => await read is { } body ? new StoredJson(body) : null;

    public async Task<ArticleResponse?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        return await GetAsync(connection, id, ct);
    }

    /// <summary>The article as just written by this request, read from the primary (a replica may not have it yet).</summary>
    public async Task<ArticleResponse?> GetWrittenAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return await GetAsync(connection, id, ct);
    }

    private static async Task<ArticleResponse?> GetAsync(DbConnection connection, long id, CancellationToken ct)
    {
        var row = await ArticleRepository.GetAsync(connection, id, ct);
        if (row is null)
        {
            return null;
        }

        var rows = await ReadRowsAsync(connection, id, FactTypes.All, ArticleComposer.TopParties, ArticleComposer.TopFigures, ArticleComposer.TopDates, ArticleComposer.TopQuotes, ct);
        return ArticleComposer.Article(row, rows);
    }

    public async Task<PagedResponse<ArticleListItem>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var (items, total) = await ArticleRepository.ListAsync(connection, filter, ct);
        return new PagedResponse<ArticleListItem>(items.Select(FactMapping.ToListItem).ToList(), page, pageSize, total);
    }

    /// <summary>
    /// The JSON body of a list page without a full-text query, joined from the read model's stored items; null when an
    /// article on the page has no current view yet (the caller then composes the page with <see cref="ListAsync"/>).
    /// </summary>
    public async Task<(byte[]? Body, long Total)> ListStoredAsync(ArticleFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var (items, total) = await ArticleRepository.ListItemsAsync(connection, filter, ArticleViews.Version, ct);
        return (ArticleViews.ListPage(items, page, pageSize, total), total);
    }

    public async Task<FactsResponse?> GetFactsAsync(long id, FactTypes types, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        if (!await ArticleRepository.ExistsAsync(connection, id, ct))
        {
            return null;
        }

        return ArticleComposer.Facts(id, await ReadRowsAsync(connection, id, types, AllFacts, AllFacts, AllFacts, AllFacts, ct), types);
    }

    /// <summary>How to convert this article's offsets to <paramref name="unit"/>; reads the body only when needed.</summary>
    public async Task<OffsetMap> OffsetMapAsync(long id, OffsetUnit unit, CancellationToken ct)
    {
        if (unit == OffsetUnit.Utf16)
        {
            return OffsetMap.For("", unit);
        }

        await using var connection = await store.OpenReadAsync(ct);
        return OffsetMap.For(await ArticleRepository.GetBodyAsync(connection, id, ct) ?? "", unit);
    }

    /// <summary>The bodies of the given articles (for offsets in cross-article lists); missing ids are left out.</summary>
    public async Task<IReadOnlyDictionary<long, string>> BodiesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        await using var connection = await store.OpenReadAsync(ct);
        return await ArticleRepository.GetBodiesAsync(connection, ids, ct);
    }

    /// <summary>The article's sentences with one summariser's scores, or null when the article does not exist.</summary>
    public async Task<IReadOnlyList<ScoredSentence>?> GetScoredSentencesAsync(long id, string algorithm, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var body = await ArticleRepository.GetBodyAsync(connection, id, ct);
        if (body is null)
        {
            return null;
        }

        var rows = await SentenceRepository.ListScoredAsync(connection, id, algorithm, ct);
        return rows.Select(r => new ScoredSentence((int)r.Idx, (int)r.StartOffset, (int)r.EndOffset, body[(int)r.StartOffset..(int)r.EndOffset], r.Score)).ToList();
    }

    /// <summary>The rows of the wanted fact types, at most the given number of each (mentions: all of the listed parties').</summary>
    private static async Task<ArticleFactRows> ReadRowsAsync(
        DbConnection connection, long id, FactTypes types, int parties, int figures, int dates, int quotes, CancellationToken ct)
    {
        var wantParties = types.HasFlag(FactTypes.Parties);
        return new ArticleFactRows(
            wantParties ? await PartyRepository.ListForArticleAsync(connection, id, parties, ct) : [],
            wantParties ? await PartyRepository.MentionsForArticleAsync(connection, id, ct) : [],
            types.HasFlag(FactTypes.Figures) ? await FigureRepository.ListAsync(connection, id, figures, ct) : [],
            types.HasFlag(FactTypes.Dates) ? await DateRepository.ListAsync(connection, id, dates, ct) : [],
            types.HasFlag(FactTypes.Quotes) ? await QuoteRepository.ListAsync(connection, id, quotes, ct) : []);
    }
}
