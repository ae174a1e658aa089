using System.Data;
using Dapper;
using NpgsqlTypes;

namespace NewsApi.Data;

/// <summary>One of the per-article reads the read model keeps (a column of <c>article_views</c>).</summary>
public enum ArticleView
{
    Article,
    Facts,
    Summary,
    Sentences,
}

/// <summary>The rendered JSON bodies of one article (UTF-8), at one renderer version: its four reads and its list item.</summary>
public sealed class ArticleViewRow
{
    public long ArticleId { get; init; }
    public int Version { get; init; }
    public byte[] Article { get; init; } = [];
    public byte[] Facts { get; init; } = [];
    public byte[] Summary { get; init; } = [];
    public byte[] Sentences { get; init; } = [];

    /// <summary>The article's object in GET /api/articles without a full-text query (<c>article_items</c>, migration 0012).</summary>
    public byte[] Item { get; init; } = [];
}

/// <summary>
/// All SQL over the read model: <c>article_views</c> (migration 0009), where a stored view is one primary-key lookup,
/// and <c>article_items</c> (0012), each article's stored list item, written with its views.
/// </summary>
public static class ArticleViewRepository
{
    // The same statement on both stores: ON CONFLICT ... DO UPDATE is SQLite's and PostgreSQL's upsert.
    private const string UpsertSql = """
        INSERT INTO article_views (article_id, version, article, facts, summary, sentences)
        VALUES (@ArticleId, @Version, @Article, @Facts, @Summary, @Sentences)
        ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, article = excluded.article,
            facts = excluded.facts, summary = excluded.summary, sentences = excluded.sentences;
        INSERT INTO article_items (article_id, version, item) VALUES (@ArticleId, @Version, @Item)
        ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, item = excluded.item;
        """;

    /// <summary>The stored body of one view, or null when the article has none at <paramref name="version"/> (or does not exist).</summary>
    /// On SQLite the statement stays prepared with the pooled connection (the lookup is the whole read).
    public static Task<byte[]?> GetAsync(IDbConnection connection, long articleId, ArticleView view, int version, CancellationToken ct) =>
        connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? Task.FromResult(SqlitePrepared.ReadBlob(sqlite, GetSql[(int)view], articleId, version))
            : connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(GetSql[(int)view], new { articleId, version }, cancellationToken: ct));

    /// <summary>SQLite: <see cref="GetAsync"/> into a pooled buffer (the caller disposes it).</summary>
    public static PooledBytes? GetPooled(Microsoft.Data.Sqlite.SqliteConnection connection, long articleId, ArticleView view, int version) =>
        SqlitePrepared.ReadPooledBlob(connection, GetSql[(int)view], articleId, version);

    /// <summary>Stores (or replaces) the views of the given articles inside the caller's write transaction.</summary>
    /// <param name="bulk">A bulk import's batch of new articles: PostgreSQL streams them with binary COPY.</param>
    public static void Upsert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<ArticleViewRow> rows, bool bulk = false)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            PostgresCopy.Rows(postgres, "COPY article_views (article_id, version, article, facts, summary, sentences) FROM STDIN (FORMAT BINARY)", rows, (w, r) =>
            {
                w.Write(r.ArticleId, NpgsqlDbType.Bigint);
                w.Write(r.Version, NpgsqlDbType.Integer);
                w.Write(r.Article, NpgsqlDbType.Bytea);
                w.Write(r.Facts, NpgsqlDbType.Bytea);
                w.Write(r.Summary, NpgsqlDbType.Bytea);
                w.Write(r.Sentences, NpgsqlDbType.Bytea);
            });
            PostgresCopy.Rows(postgres, "COPY article_items (article_id, version, item) FROM STDIN (FORMAT BINARY)", rows, (w, r) =>
            {
                w.Write(r.ArticleId, NpgsqlDbType.Bigint);
                w.Write(r.Version, NpgsqlDbType.Integer);
                w.Write(r.Item, NpgsqlDbType.Bytea);
            });
            return;
        }

        // One prepared statement executed per row (Dapper reuses the command for a list of parameters).
        connection.Execute(UpsertSql, rows, transaction);
    }

    public static Task<bool> ExistsAsync(IDbConnection connection, long articleId, int version, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM article_views WHERE article_id = @articleId AND version = @version);", new { articleId, version }, cancellationToken: ct));

    private static readonly string[] GetSql = Enum.GetValues<ArticleView>()
        .Select(v => $"SELECT {v.ToString().ToLowerInvariant()} FROM article_views WHERE article_id = @articleId AND version = @version;")
        .ToArray();
}
