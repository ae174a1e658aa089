using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>A party's page as built at one version of the party, ready to store.</summary>
public sealed record PartyViewRow(long PartyId, long Version, int Format, byte[] Body);

/// <summary>
/// All SQL over <c>party_views</c> (migration 0016): each party's page (GET /api/parties/{id}) as stored bytes, valid
/// while <c>parties.version</c> (moved by the link triggers in every transaction that changes the party's links) is
/// the version the page was built at, and the page's format is the renderer's.
/// </summary>
public static class PartyViewRepository
{
    // One statement on both stores: the page only when it was built at the party's current version, so a read never
    // sees a page older than the links it reads from.
    private const string GetSql = """
        SELECT v.body FROM parties p JOIN party_views v ON v.party_id = p.id
        WHERE p.id = @id AND v.version = p.version AND v.format = @format;
        """;

    private const string VersionSql = "SELECT version FROM parties WHERE id = @id;";

    // Stored only while the party is still at the version the page was built at (a page built before a change is no
    // use to anyone), and never over a page of a later version or, at the same version, a later format (two builds
    // of the service side by side during a deploy). A party deleted meanwhile takes nothing: no row matches.
    private const string UpsertSql = """
        INSERT INTO party_views (party_id, version, format, body)
        SELECT p.id, p.version, @Format, @Body FROM parties p WHERE p.id = @PartyId AND p.version = @Version
        ON CONFLICT (party_id) DO UPDATE SET version = excluded.version, format = excluded.format, body = excluded.body
        WHERE excluded.version > party_views.version OR (excluded.version = party_views.version AND excluded.format > party_views.format);
        """;

    /// <summary>The stored page of party <paramref name="id"/> in <paramref name="format"/>, or null when it has none for its current version.</summary>
    public static Task<byte[]?> GetAsync(IDbConnection connection, long id, int format, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? Task.FromResult(SqlitePrepared.ReadBlob(sqlite, GetSql, id, format))
            : connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(GetSql, new { id, format }, cancellationToken: ct));

    /// <summary>SQLite: <see cref="GetAsync"/> into a pooled buffer (the caller disposes it).</summary>
    public static PooledBytes? GetPooled(SqliteConnection connection, long id, int format) => SqlitePrepared.ReadPooledBlob(connection, GetSql, id, format);

    /// <summary>The party's current version (0 when it does not exist), read inside the caller's snapshot.</summary>
    public static Task<long> VersionAsync(IDbConnection connection, IDbTransaction transaction, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(VersionSql, new { id }, transaction, cancellationToken: ct));

    /// <summary>Stores a built page (see <see cref="UpsertSql"/> for when it is not); true when it was stored.</summary>
    public static async Task<bool> StoreAsync(IDbConnection connection, PartyViewRow row, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(UpsertSql, row, cancellationToken: ct)) > 0;
}
