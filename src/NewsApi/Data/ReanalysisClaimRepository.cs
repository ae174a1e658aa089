using System.Data;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// All SQL over <c>reanalysis_claims</c> (migration 0007): leases on stale articles, so that instances sharing a
/// database split a re-analysis between them and no article is analysed twice.
/// </summary>
public static class ReanalysisClaimRepository
{
    // Candidates: analysed by another version, or without views of the renderer's version (read model, 0009), and not
    // claimed by a live lease. PostgreSQL skips the rows another
    // claimer has locked this instant instead of waiting for them, then the insert (or a take-over of an expired
    // lease) makes the claim visible to every later claimer.
    private const string ClaimSqlite = """
        INSERT INTO reanalysis_claims (article_id, owner, expires_at)
        SELECT a.id, @Owner, @ExpiresAt FROM articles a
        WHERE (a.analyzer_version <> @Version
               OR NOT EXISTS (SELECT 1 FROM article_views v WHERE v.article_id = a.id AND v.version = @ViewVersion))
          AND NOT EXISTS (SELECT 1 FROM reanalysis_claims c WHERE c.article_id = a.id AND c.expires_at > @Now)
        ORDER BY a.id LIMIT @Limit
        ON CONFLICT (article_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        RETURNING article_id;
        """;

    private const string ClaimPostgres = """
        WITH candidates AS (
            SELECT a.id FROM articles a
            WHERE (a.analyzer_version <> @Version
                   OR NOT EXISTS (SELECT 1 FROM article_views v WHERE v.article_id = a.id AND v.version = @ViewVersion))
              AND NOT EXISTS (SELECT 1 FROM reanalysis_claims c WHERE c.article_id = a.id AND c.expires_at > @Now)
            ORDER BY a.id LIMIT @Limit
            FOR UPDATE OF a SKIP LOCKED)
        INSERT INTO reanalysis_claims (article_id, owner, expires_at)
        SELECT id, @Owner, @ExpiresAt FROM candidates ORDER BY id
        ON CONFLICT (article_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE reanalysis_claims.expires_at <= @Now
        RETURNING article_id;
        """;

    /// <summary>Claims up to <paramref name="limit"/> stale articles for <paramref name="owner"/> until <paramref name="expiresAt"/>.</summary>
    public static async Task<IReadOnlyList<long>> ClaimAsync(
        IDbConnection connection, IDbTransaction transaction, string version, int viewVersion, string owner, string now, string expiresAt, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            SqlDialect.Of(connection).Pick(ClaimSqlite, ClaimPostgres),
            new { Version = version, ViewVersion = viewVersion, Owner = owner, Now = now, ExpiresAt = expiresAt, Limit = limit },
            transaction,
            cancellationToken: ct))).Order().ToList();

    /// <summary>True when the claim on the article is still this owner's (it may have expired and been taken over).</summary>
    public static Task<bool> HoldsAsync(IDbConnection connection, IDbTransaction transaction, long articleId, string owner, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM reanalysis_claims WHERE article_id = @articleId AND owner = @owner);",
            new { articleId, owner }, transaction, cancellationToken: ct));

    public static Task ReleaseAsync(IDbConnection connection, IDbTransaction? transaction, long articleId, string owner, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM reanalysis_claims WHERE article_id = @articleId AND owner = @owner;", new { articleId, owner }, transaction, cancellationToken: ct));
}
