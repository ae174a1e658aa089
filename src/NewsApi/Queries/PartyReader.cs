using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;
using NewsApi.Mapping;

namespace NewsApi.Queries;

/// <summary>Read side of parties across articles.</summary>
public sealed class PartyReader(NewsStore store, PartyViewWriter views, IOptions<JsonOptions> json)
{
    /// <summary>How many of a party's articles GET /api/parties/{id} lists (newest first).</summary>
    public const int ArticleLimit = 100;

    /// <summary>
    /// The format of the stored party pages (<c>party_views</c>). Bump it whenever <see cref="PartyResponse"/> or how it
    /// is built changes: pages of another format are never served, and the first read builds them again.
    /// </summary>
    public const int ViewFormat = 1;

    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;

    public async Task<PagedResponse<PartyListItem>> ListAsync(
        string? q, string? type, PartyWindow? window, PartySort sort, int page, int pageSize, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        var (items, total) = window is null
            ? await PartyRepository.SearchAsync(connection, q, type, sort, (page - 1) * pageSize, pageSize, ct)
            : await PartyDayRepository.SearchWindowAsync(connection, q, type, window, sort, (page - 1) * pageSize, pageSize, ct);
        return new PagedResponse<PartyListItem>(
            items.Select(r => new PartyListItem(r.Id, r.Name, r.Type, (int)r.ArticleCount, (int)r.MentionCount) { Trend = (int?)r.Trend }).ToList(),
            page,
            pageSize,
            total);
    }

    /// <summary>
    /// The body of GET /api/parties/{id} (UTF-8 JSON of <see cref="PartyResponse"/>), or null when no article mentions
    /// the party. The stored page when it was built at the party's current version; otherwise the page is built from
    /// one snapshot of the store, together with the version it belongs to, and queued to be stored.
    /// </summary>
    public async Task<byte[]?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        if (await PartyViewRepository.GetAsync(connection, id, ViewFormat, ct) is { } stored)
        {
            return stored;
        }

        await using var snapshot = await store.BeginSnapshotAsync(connection, ct);
        var version = await PartyViewRepository.VersionAsync(connection, snapshot, id, ct);
        if (await BuildAsync(connection, id, ct) is not { } party)
        {
            return null;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(party, _options);
        views.Enqueue(new PartyViewRow(id, version, ViewFormat, body));
        return body;
    }

    /// <summary>
    /// The stored page of party <paramref name="id"/> as the response, when it is current (on SQLite read without a task
    /// into a pooled buffer); null when it is not, and <see cref="GetAsync"/> builds it.
    /// </summary>
    public ValueTask<StoredJson?> StoredPageAsync(long id, CancellationToken ct)
    {
        if (store is SqliteStore sqlite)
        {
            using var connection = sqlite.OpenSqlite();
            return new(PartyViewRepository.GetPooled(connection, id, ViewFormat) is { } body ? new StoredJson(body) : null);
        }

        return ArticleReader.StoredAsync(StoredAsync(id, ct));
    }

    private async Task<byte[]?> StoredAsync(long id, CancellationToken ct)
    {
        await using var connection = await store.OpenReadAsync(ct);
        return await PartyViewRepository.GetAsync(connection, id, ViewFormat, ct);
    }

    /// <summary>The party's page read from the store (on SQLite inside the caller's snapshot, on PostgreSQL in its transaction).</summary>
    public static async Task<PartyResponse?> BuildAsync(System.Data.Common.DbConnection connection, long id, CancellationToken ct)
    {
        var party = await PartyRepository.GetAsync(connection, id, ct);
        if (party is null || party.ArticleCount == 0)
        {
            return null;
        }

        var articles = await PartyRepository.ArticlesOfPartyAsync(connection, id, ArticleLimit, ct);
        var (roleHistory, aliasHistory) = await PartyRepository.HistoryAsync(connection, id, ct);
        // Every alias any article gave the party; its roles, the most recently seen first.
        var aliases = aliasHistory.Select(a => a.Value).Order(StringComparer.Ordinal).ToList();
        var roles = roleHistory.OrderByDescending(r => r.LastSeen, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal).Select(r => r.Value).ToList();
        return new PartyResponse(
            party.Id, party.Name, party.Type, aliases, roles, (int)party.ArticleCount, (int)party.MentionCount,
            articles.Select(a => new PartyArticle(a.Id, a.Title, Iso.Parse(a.PublishedAt), a.Role, (int)a.MentionCount)).ToList())
        {
            RoleHistory = roleHistory.Select(ToHistory).ToList(),
            AliasHistory = aliasHistory.Select(ToHistory).ToList(),
        };
    }

    private static NameHistory ToHistory(NameHistoryRow r) => new(r.Value, Iso.Parse(r.FirstSeen), Iso.Parse(r.LastSeen), (int)r.ArticleCount);
}
