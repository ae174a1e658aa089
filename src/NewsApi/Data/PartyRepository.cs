using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>A party as stored: its id, and the name and type it was first stored with.</summary>
public readonly record struct StoredParty(long Id, string Name, string Type);

public sealed class ArticlePartyRow
{
    public long ArticleId { get; init; }
    public long PartyId { get; init; }
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Role { get; init; }
    public string? RoleCountry { get; init; }
    public string Aliases { get; init; } = "[]";
    public long MentionCount { get; init; }
    public long FirstMention { get; init; }
    public double Salience { get; init; }

    /// <summary>The article's publication day ('yyyy-MM-dd', '' when undated): PostgreSQL keeps it on the link for its rollups.</summary>
    public string Day { get; init; } = "";

    /// <summary>The article's publication time (ISO 8601), or null: the party page's history and article order use it.</summary>
    public string? PublishedAt { get; init; }
}

public sealed class PartyMentionRow
{
    public long ArticleId { get; init; }
    public long PartyId { get; init; }
    public long StartOffset { get; init; }
    public long EndOffset { get; init; }
    public long SentenceIndex { get; init; }
    public string Text { get; init; } = "";
}

public class PartySummaryRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public long ArticleCount { get; init; }
    public long MentionCount { get; init; }
    public long? Trend { get; init; }
}

public sealed class PartyArticleRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string? PublishedAt { get; init; }
    public string? Role { get; init; }
    public long MentionCount { get; init; }
}

public sealed class NameHistoryRow
{
    /// <summary>'role' or 'alias'.</summary>
    public string Kind { get; init; } = "";
    public string Value { get; init; } = "";
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public long ArticleCount { get; init; }

    /// <summary>A (kind, value, first seen, last seen, articles) row from a kept SQLite statement.</summary>
    internal static NameHistoryRow From(SqliteRow r) => new() { Kind = r.TextOrEmpty(0), Value = r.TextOrEmpty(1), FirstSeen = r.Text(2), LastSeen = r.Text(3), ArticleCount = r.Int64(4) };
}

public enum PartySort
{
    Mentions,
    Articles,
    Name,
    Trend,
}

/// <summary>A publication window [From, To] of UTC days and the window of equal length just before it.</summary>
public sealed record PartyWindow(DateOnly From, DateOnly To, DateOnly PreviousFrom);

/// <summary>All SQL over <c>parties</c> and the tables that link them to articles (<c>article_parties</c>, <c>party_mentions</c>).</summary>
public sealed class PartyRepository
{
    // Rows travel as one JSON array (see JsonInsert). PostgreSQL also stores each link's publication day, from which
    // its triggers keep the party rollups (see its migration 0001).
    private static readonly JsonInsert InsertArticleParties = new("article_parties",
    [
        ("article_id", "ArticleId", "bigint"), ("party_id", "PartyId", "bigint"), ("role", "Role", "text"),
        ("role_country", "RoleCountry", "text"), ("aliases", "Aliases", "text"), ("mention_count", "MentionCount", "bigint"),
        ("first_mention", "FirstMention", "bigint"), ("salience", "Salience", "double precision"), ("published_at", "PublishedAt", "text"),
    ]);

    private const string InsertArticlePartiesPostgres = """
        INSERT INTO article_parties (article_id, party_id, role, role_country, aliases, mention_count, first_mention, salience, day, published_at)
        SELECT j."ArticleId", j."PartyId", j."Role", j."RoleCountry", j."Aliases", j."MentionCount", j."FirstMention", j."Salience",
               coalesce(substr(a.published_at, 1, 10), ''), a.published_at
        FROM jsonb_to_recordset(@Rows::jsonb) AS j("ArticleId" bigint, "PartyId" bigint, "Role" text, "RoleCountry" text, "Aliases" text,
                                                   "MentionCount" bigint, "FirstMention" bigint, "Salience" double precision)
        JOIN articles a ON a.id = j."ArticleId";
        """;

    private static readonly JsonInsert InsertMentions = new("party_mentions",
    [
        ("article_id", "ArticleId", "bigint"), ("party_id", "PartyId", "bigint"), ("start_offset", "StartOffset", "bigint"),
        ("end_offset", "EndOffset", "bigint"), ("sentence_index", "SentenceIndex", "bigint"), ("text", "Text", "text"),
    ]);

    private const string ListForArticleSql = """
        SELECT ap.article_id AS ArticleId, ap.party_id AS PartyId, p.name AS Name, p.type AS Type, ap.role AS Role,
               ap.role_country AS RoleCountry, ap.aliases AS Aliases, ap.mention_count AS MentionCount,
               ap.first_mention AS FirstMention, ap.salience AS Salience
        FROM article_parties ap JOIN parties p ON p.id = ap.party_id
        WHERE ap.article_id = @articleId
        ORDER BY ap.salience DESC, ap.first_mention
        LIMIT @limit;
        """;

    private const string MentionsForArticleSql = """
        SELECT article_id AS ArticleId, party_id AS PartyId, start_offset AS StartOffset, end_offset AS EndOffset,
               sentence_index AS SentenceIndex, text AS Text
        FROM party_mentions WHERE article_id = @articleId ORDER BY start_offset;
        """;

    private const string PartyIdsOfArticleSql = "SELECT party_id FROM article_parties WHERE article_id = @articleId;";

    private static string DeleteOrphansSql(SqlDialect sql) => $"""
        DELETE FROM parties
        WHERE {sql.InList("id", "@partyIds")}
          AND NOT EXISTS (SELECT 1 FROM article_parties ap WHERE ap.party_id = parties.id)
          AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_party_id = parties.id);
        """;

    // article_count and mention_count are kept by triggers on article_parties (migration 0002).
    private const string GetSql = """
        SELECT p.id AS Id, p.name AS Name, p.type AS Type, p.article_count AS ArticleCount, p.mention_count AS MentionCount
        FROM parties p WHERE p.id = @id;
        """;

    // SQLite reads the title and publication time from ix_articles_dated (0011), not the row behind the body.
    private static string DatedArticles(SqlDialect sql) => sql.Pick("articles a INDEXED BY ix_articles_dated", "articles a");

    // The newest links first, straight from ix_article_parties_party_dated (0015): the link carries the publication time.
    private static string ArticlesOfPartySql(SqlDialect sql) => $"""
        SELECT ap.article_id AS Id, a.title AS Title, ap.published_at AS PublishedAt, ap.role AS Role, ap.mention_count AS MentionCount
        FROM {sql.Pick("article_parties ap INDEXED BY ix_article_parties_party_dated", "article_parties ap")} JOIN {DatedArticles(sql)} ON a.id = ap.article_id
        WHERE ap.party_id = @id
        ORDER BY {sql.Descending("ap.published_at")}, ap.article_id DESC
        LIMIT @limit;
        """;

    // party_names is kept by triggers on article_parties (migration 0015).
    private static string NamesSql(SqlDialect sql) => $"""
        SELECT kind AS Kind, value AS Value, first_seen AS FirstSeen, last_seen AS LastSeen, articles AS ArticleCount
        FROM party_names WHERE party_id = @id
        ORDER BY kind, {sql.Ascending("first_seen")}, value;
        """;

    private static string CooccurringSql(SqlDialect sql) => $"""
        SELECT p.id AS Id, p.name AS Name, p.type AS Type, count(*) AS ArticleCount, sum(y.mention_count) AS MentionCount
        FROM article_parties x
        JOIN article_parties y ON y.article_id = x.article_id AND y.party_id <> x.party_id
        JOIN parties p ON p.id = y.party_id
        WHERE x.party_id = @id
        GROUP BY p.id
        ORDER BY ArticleCount DESC, MentionCount DESC, {sql.NoCase("p.name")}
        LIMIT @limit;
        """;

    // The parties travel as one JSON array parameter: a fixed statement whatever their number, prepared once per
    // call, instead of three bound parameters per party (binding looks each parameter name up in a list).
    // In key order, so writers that create the same new parties queue on them in the same order.
    private static string UpsertSql(SqlDialect sql) => $"""
        INSERT INTO parties (party_key, name, type, created_at)
        SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, @CreatedAt FROM {sql.JsonArray("@Parties")} WHERE true ORDER BY j.value ->> 0
        ON CONFLICT (party_key) DO NOTHING;
        SELECT p.id, p.party_key, p.name, p.type FROM {sql.JsonArray("@Parties")} JOIN parties p ON p.party_key = j.value ->> 0;
        """;

    /// <summary>
    /// The stored parties by key, inserting the parties not stored yet (a stored party keeps its first name and type,
    /// which is what the reads show, so they come back with the id).
    /// Runs inside the caller's write transaction, so the insert and the look-up cannot race. Two statements for any
    /// number of parties: the bulk import upserts a whole batch's parties at once.
    /// </summary>
    public static Dictionary<string, StoredParty> UpsertMany(
        IDbConnection connection, IDbTransaction transaction, IReadOnlyList<(string Key, string Name, string Type)> parties, string createdAt)
    {
        var ids = new Dictionary<string, StoredParty>(parties.Count, StringComparer.Ordinal);
        if (parties.Count == 0)
        {
            return ids;
        }

        var json = System.Text.Json.JsonSerializer.Serialize(parties.Select(p => new[] { p.Key, p.Name, p.Type }));
        using var grid = connection.QueryMultiple(UpsertSql(SqlDialect.Of(connection)), new { Parties = json, CreatedAt = createdAt }, transaction);
        foreach (var row in grid.Read<(long Id, string Key, string Name, string Type)>())
        {
            ids[row.Key] = new StoredParty(row.Id, row.Name, row.Type);
        }

        return ids;
    }

    /// <summary>Links articles to their parties, and stores the mentions.</summary>
    public static void InsertLinks(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<ArticlePartyRow> links, IReadOnlyCollection<PartyMentionRow> mentions, bool bulk = false)
    {
        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            const string copyLinks = "COPY article_parties (article_id, party_id, role, role_country, aliases, mention_count, first_mention, salience, day, published_at) FROM STDIN (FORMAT BINARY)";
            PostgresCopy.Rows(postgres, copyLinks, links.OrderBy(l => l.PartyId).ThenBy(l => l.ArticleId), (w, r) =>
            {
                w.Long(r.ArticleId);
                w.Long(r.PartyId);
                w.Text(r.Role);
                w.Text(r.RoleCountry);
                w.Text(r.Aliases);
                w.Long(r.MentionCount);
                w.Long(r.FirstMention);
                w.Double(r.Salience);
                w.Text(r.Day);
                w.Text(r.PublishedAt);
            });
            const string copyMentions = "COPY party_mentions (article_id, party_id, start_offset, end_offset, sentence_index, text) FROM STDIN (FORMAT BINARY)";
            PostgresCopy.Rows(postgres, copyMentions, mentions, (w, r) =>
            {
                w.Long(r.ArticleId);
                w.Long(r.PartyId);
                w.Long(r.StartOffset);
                w.Long(r.EndOffset);
                w.Long(r.SentenceIndex);
                w.Text(r.Text);
            });
            return;
        }

        if (links.Count > 0)
        {
            var sql = SqlDialect.Of(connection);
            connection.Execute(sql.Pick(InsertArticleParties.Sql(sql), InsertArticlePartiesPostgres), new { Rows = JsonRows.Of(links) }, transaction);
        }

        if (mentions.Count > 0)
        {
            connection.Execute(InsertMentions.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(mentions) }, transaction);
        }
    }

    /// <summary>The parties an article links to.</summary>
    public static async Task<IReadOnlyList<long>> PartyIdsOfArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        (await connection.QueryAsync<long>(new CommandDefinition(PartyIdsOfArticleSql, new { articleId }, transaction, cancellationToken: ct))).AsList();

    /// <summary>Unlinks an article's parties (and its mentions). Run after its quotes are gone.</summary>
    public static async Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM party_mentions WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM article_parties WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));
    }

    /// <summary>Removes those of the parties that no article links to and no quote names as its speaker.</summary>
    public static async Task DeleteOrphansAsync(IDbConnection connection, IDbTransaction transaction, IReadOnlyList<long> partyIds, CancellationToken ct)
    {
        if (partyIds.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteOrphansSql(SqlDialect.Of(connection)), new { partyIds = partyIds.ToArray() }, transaction, cancellationToken: ct));
        }
    }

    public static async Task<IReadOnlyList<ArticlePartyRow>> ListForArticleAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<ArticlePartyRow>(new CommandDefinition(ListForArticleSql, new { articleId, limit }, cancellationToken: ct))).AsList();

    public static async Task<IReadOnlyList<PartyMentionRow>> MentionsForArticleAsync(IDbConnection connection, long articleId, CancellationToken ct) =>
        (await connection.QueryAsync<PartyMentionRow>(new CommandDefinition(MentionsForArticleSql, new { articleId }, cancellationToken: ct))).AsList();

    public static Task<PartySummaryRow?> GetAsync(IDbConnection connection, long id, CancellationToken ct) =>
        Rows.ReadOneAsync(connection, GetSql, new() { ["id"] = id }, SearchPageRow, ct);

    public static async Task<IReadOnlyList<PartyArticleRow>> ArticlesOfPartyAsync(IDbConnection connection, long id, int limit, CancellationToken ct) =>
        await Rows.ReadAsync(connection, ArticlesOfPartySql(SqlDialect.Of(connection)), new() { ["id"] = id, ["limit"] = limit }, static r => new PartyArticleRow
        {
            Id = r.Int64(0), Title = r.TextOrEmpty(1), PublishedAt = r.Text(2), Role = r.Text(3), MentionCount = r.Int64(4),
        }, ct);

    /// <summary>Parties that appear in the same articles as party <paramref name="id"/>, most shared articles first.</summary>
    public static async Task<IReadOnlyList<PartySummaryRow>> CooccurringAsync(IDbConnection connection, long id, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<PartySummaryRow>(new CommandDefinition(CooccurringSql(SqlDialect.Of(connection)), new { id, limit }, cancellationToken: ct))).AsList();

    public static Task<long> CountAsync(IDbConnection connection, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM parties;", cancellationToken: ct));

    public static async Task<(IReadOnlyList<PartySummaryRow> Items, long Total)> SearchAsync(
        IDbConnection connection, string? nameContains, string? type, PartySort sort, int offset, int limit, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var (byName, byType) = (nameContains is not null, type is not null);
        var count = $"SELECT count(*) FROM parties p {SearchWhere(sql, byName, byType)};";
        var page = SearchPageSql(sql, sort, byName, byType);
        var arguments = new Dictionary<string, object?>
        {
            ["Like"] = byName ? "%" + EscapeLike(nameContains!) + "%" : null, ["Type"] = type, ["Limit"] = limit, ["Offset"] = offset,
        };
        if (connection is SqliteConnection sqlite)
        {
            // Kept prepared with the pooled connection, as the article list's statements are.
            return (SqlitePrepared.ReadRows(sqlite, page, arguments, SearchPageRow), SqlitePrepared.ReadInt64(sqlite, count, arguments));
        }

        using var grid = await connection.QueryMultipleAsync(new CommandDefinition(count + "\n" + page, new DynamicParameters(arguments), cancellationToken: ct));
        var total = await grid.ReadSingleAsync<long>();
        var items = (await grid.ReadAsync<PartySummaryRow>()).AsList();
        return (items, total);
    }

    /// <summary>
    /// The parties in at least one article, with only the filters given: a LIKE on a bound parameter marks a SQLite
    /// statement for re-preparation whenever that parameter is bound again, so a kept statement must not carry an
    /// unused one.
    /// </summary>
    private static string SearchWhere(SqlDialect sql, bool byName, bool byType) =>
        "WHERE p.article_count > 0"
        + (byName ? $" AND {sql.LikeNoCase("p.name", "@Like")}" : "")
        + (byType ? " AND p.type = @Type" : "");

    /// <summary>A row of <see cref="SearchPageSql"/> from a kept SQLite statement, by ordinal.</summary>
    internal static PartySummaryRow SearchPageRow(SqliteRow r) => new()
    {
        Id = r.Int64(0), Name = r.TextOrEmpty(1), Type = r.TextOrEmpty(2), ArticleCount = r.Int64(3), MentionCount = r.Int64(4),
    };

    /// <summary>One page of the parties that are in an article, filtered by <c>@Like</c> and <c>@Type</c> when asked.</summary>
    internal static string SearchPageSql(SqlDialect sql, PartySort sort, bool byName = false, bool byType = false)
    {
        var order = sort switch
        {
            PartySort.Articles => "p.article_count DESC, p.mention_count DESC, p.name",
            PartySort.Name => $"{sql.NoCase("p.name")}, p.id",
            _ => "p.mention_count DESC, p.article_count DESC, p.name",
        };
        return $"""
            SELECT p.id AS Id, p.name AS Name, p.type AS Type, p.article_count AS ArticleCount, p.mention_count AS MentionCount
            FROM parties p
            {SearchWhere(sql, byName, byType)}
            ORDER BY {order}
            LIMIT @Limit OFFSET @Offset;
            """;
    }

    /// <summary>
    /// The one party a filter value names: a number is taken as the id; a name (case-insensitive) resolves when
    /// exactly one party has it. Null when the name is unknown or shared by several parties.
    /// </summary>
    public static async Task<long?> ResolveOneAsync(IDbConnection connection, string party, CancellationToken ct)
    {
        if (long.TryParse(party, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM parties WHERE {SqlDialect.Of(connection).EqualsNoCase("name", "@party")} LIMIT 2;", new { party }, cancellationToken: ct))).AsList();
        return ids.Count == 1 ? ids[0] : null;
    }

    internal static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>The roles, and the aliases, the articles gave a party, with first and last publication times (each in order of first time).</summary>
    public static async Task<(IReadOnlyList<NameHistoryRow> Roles, IReadOnlyList<NameHistoryRow> Aliases)> HistoryAsync(IDbConnection connection, long id, CancellationToken ct)
    {
        var names = await Rows.ReadAsync(connection, NamesSql(SqlDialect.Of(connection)), new() { ["id"] = id }, NameHistoryRow.From, ct);
        return (names.Where(n => n.Kind == "role").ToList(), names.Where(n => n.Kind == "alias").ToList());
    }
}
