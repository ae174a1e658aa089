using System.Data.Common;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Mapping;

namespace NewsApi.Queries;

/// <summary>Read side of articles: composes stored rows into wire responses. Never re-analyses.</summary>
public sealed class ArticleReader(NewsStore store)
{
    private const int TopPartyCount = 5;
    private const int TopFigureCount = 5;
    private const int TopDateCount = 5;
    private const int TopQuoteCount = 3;
    private const int AllFacts = int.MaxValue;

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

        var facts = await ReadFactsAsync(connection, id, FactTypes.All, TopPartyCount, TopFigureCount, TopDateCount, TopQuoteCount, ct);
        return FactMapping.ToResponse(row, new TopFacts(facts.Parties!, facts.Figures!, facts.Dates!, facts.Quotes!));
    }

    public async Task<PagedResponse<ArticleListItem>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var (items, total) = await ArticleRepository.ListAsync(connection, filter, ct);
        return new PagedResponse<ArticleListItem>(items.Select(FactMapping.ToListItem).ToList(), page, pageSize, total);
    }

    public async Task<FactsResponse?> GetFactsAsync(long id, FactTypes types, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        if (!await ArticleRepository.ExistsAsync(connection, id, ct))
        {
            return null;
        }

        return await ReadFactsAsync(connection, id, types, AllFacts, AllFacts, AllFacts, AllFacts, ct);
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

    private static async Task<FactsResponse> ReadFactsAsync(
        DbConnection connection, long id, FactTypes types, int parties, int figures, int dates, int quotes, CancellationToken ct)
    {
        IReadOnlyList<PartyFact>? partyFacts = null;
        if (types.HasFlag(FactTypes.Parties))
        {
            var rows = await PartyRepository.ListForArticleAsync(connection, id, parties, ct);
            var mentions = (await PartyRepository.MentionsForArticleAsync(connection, id, ct))
                .GroupBy(m => m.PartyId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<MentionFact>)g.Select(m => new MentionFact((int)m.StartOffset, (int)m.EndOffset, m.Text, (int)m.SentenceIndex)).ToList());
            partyFacts = rows.Select(r => FactMapping.ToFact(r, mentions.GetValueOrDefault(r.PartyId) ?? [])).ToList();
        }

        return new FactsResponse(
            id,
            types.HasFlag(FactTypes.Figures) ? (await FigureRepository.ListAsync(connection, id, figures, ct)).Select(FactMapping.ToFact).ToList() : null,
            types.HasFlag(FactTypes.Dates) ? (await DateRepository.ListAsync(connection, id, dates, ct)).Select(FactMapping.ToFact).ToList() : null,
            partyFacts,
            types.HasFlag(FactTypes.Quotes) ? (await QuoteRepository.ListAsync(connection, id, quotes, ct)).Select(FactMapping.ToFact).ToList() : null);
    }
}
