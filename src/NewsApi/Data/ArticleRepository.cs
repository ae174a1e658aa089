using System.Buffers;
using System.Data;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

public sealed class ArticleRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Author { get; init; }
    public string? PublishedAt { get; init; }
    public string Language { get; init; } = "en";
    public string? Dateline { get; init; }
    public long WordCount { get; init; }
    public long SentenceCount { get; init; }
    public string ContentHash { get; init; } = "";
    public string AnalyzerVersion { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";

    /// <summary>With a full-text query: the best-matching passage, matches wrapped in U+0001 … U+0002.</summary>
    public string? Snippet { get; init; }

    public ArticleRow WithSnippet(string? snippet) => new()
    {
        Id = Id, Title = Title, Body = Body, Url = Url, Source = Source, Author = Author, PublishedAt = PublishedAt,
        Language = Language, Dateline = Dateline, WordCount = WordCount, SentenceCount = SentenceCount,
        ContentHash = ContentHash, AnalyzerVersion = AnalyzerVersion, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        Snippet = snippet,
    };
}

/// <summary>The filters of an article list, already validated and normalised (UTC ISO bounds, canonical sort).</summary>
public sealed record ArticleFilter(
    string? FullText,
    string? PublishedFrom,
    string? PublishedTo,
    string? Source,
    IReadOnlyList<string> Parties,
    bool AllParties,
    ArticleSort Sort,
    int Offset,
    int Limit);

public enum ArticleSort
{
    PublishedDesc,
    PublishedAsc,
    CreatedDesc,
    CreatedAsc,
    TitleAsc,
    TitleDesc,
    Relevance,
}

/// <summary>All SQL over <c>articles</c> and its full-text index.</summary>
public sealed class ArticleRepository
{
    private const string Columns = """
        a.id AS Id, a.title AS Title, a.body AS Body, a.url AS Url, a.source AS Source, a.author AS Author,
        a.published_at AS PublishedAt, a.language AS Language, a.dateline AS Dateline, a.word_count AS WordCount,
        a.sentence_count AS SentenceCount, a.content_hash AS ContentHash, a.analyzer_version AS AnalyzerVersion,
        a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
        """;

    // The list reads only what a list item shows: the columns of ix_articles_list (SQLite migration 0010), so a page in
    // publication order is read from that index alone. The body can be large, and a list never shows it, the content
    // hash, the analyser version or updated_at.
    private const string ListColumns = """
        a.id AS Id, a.title AS Title, '' AS Body, a.url AS Url, a.source AS Source, a.author AS Author,
        a.published_at AS PublishedAt, a.language AS Language, a.dateline AS Dateline, a.word_count AS WordCount,
        a.sentence_count AS SentenceCount, '' AS ContentHash, '' AS AnalyzerVersion,
        a.created_at AS CreatedAt, '' AS UpdatedAt
        """;

    /// <summary>A row of <see cref="ListColumns"/> (and a snippet column after them) from a kept SQLite statement, by ordinal.</summary>
    internal static ArticleRow ListRow(SqliteRow r) => ListRow(r, r.TextOrEmpty(1), r.Text(15));

    private static ArticleRow ListRow(SqliteRow r, string title, string? snippet) => new()
    {
        Id = r.Int64(0), Title = title, Url = r.Text(3), Source = r.Text(4), Author = r.Text(5),
        PublishedAt = r.Text(6), Language = r.TextOrEmpty(7), Dateline = r.Text(8), WordCount = r.Int64(9),
        SentenceCount = r.Int64(10), CreatedAt = r.TextOrEmpty(13), Snippet = snippet,
    };

    private const string UpdateSql = """
        UPDATE articles SET title = @Title, body = @Body, url = @Url, source = @Source, author = @Author,
               published_at = @PublishedAt, language = @Language, dateline = @Dateline, word_count = @WordCount,
               sentence_count = @SentenceCount, content_hash = @ContentHash, analyzer_version = @AnalyzerVersion,
               updated_at = @UpdatedAt
        WHERE id = @Id;
        """;

    private const string FindDuplicateSql = """
        SELECT id FROM articles
        WHERE ((@Url IS NOT NULL AND url = @Url) OR content_hash = @ContentHash) AND id <> @ExcludeId
        ORDER BY id LIMIT 1;
        """;

    // One or many articles in one statement (see JsonInsert): the insert and its full-text and daily-count triggers
    // are prepared once per batch and no parameter is bound per row.
    private static readonly JsonInsert InsertArticles = new("articles",
    [
        ("title", "Title", "text"), ("body", "Body", "text"), ("url", "Url", "text"), ("source", "Source", "text"),
        ("author", "Author", "text"), ("published_at", "PublishedAt", "text"), ("language", "Language", "text"),
        ("dateline", "Dateline", "text"), ("word_count", "WordCount", "bigint"), ("sentence_count", "SentenceCount", "bigint"),
        ("content_hash", "ContentHash", "text"), ("analyzer_version", "AnalyzerVersion", "text"),
        ("created_at", "CreatedAt", "text"), ("updated_at", "UpdatedAt", "text"),
    ], "ON CONFLICT DO NOTHING RETURNING content_hash, id");

    /// <summary>
    /// Inserts the rows and returns each new id by content hash (unique). A row whose URL or content another writer
    /// stored first is skipped by its unique index and missing from the answer.
    /// </summary>
    public static Dictionary<string, long> InsertMany(IDbConnection connection, IDbTransaction transaction, IReadOnlyList<ArticleRow> rows) =>
        rows.Count == 0 ? [] : connection.Query<(string Hash, long Id)>(InsertArticles.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(rows) }, transaction)
            .ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);

    public static Task<int> UpdateAsync(IDbConnection connection, IDbTransaction transaction, ArticleRow row, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(UpdateSql, row, transaction, cancellationToken: ct));

    public static Task<int> DeleteAsync(IDbConnection connection, IDbTransaction transaction, long id, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM articles WHERE id = @id;", new { id }, transaction, cancellationToken: ct));

    /// <summary>The id of another article with the same URL or the same content, if any.</summary>
    public static Task<long?> FindDuplicateAsync(IDbConnection connection, IDbTransaction? transaction, string? url, string contentHash, long excludeId, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            FindDuplicateSql, new { Url = url, ContentHash = contentHash, ExcludeId = excludeId }, transaction, cancellationToken: ct));

    /// <summary>
    /// The stored articles that share a URL or a content hash with any of the given ones, in one query (a bulk
    /// import's batch asks once instead of once per article).
    /// </summary>
    public static async Task<IReadOnlyList<(long Id, string? Url, string ContentHash)>> FindStoredAsync(
        IDbConnection connection, IDbTransaction? transaction, IReadOnlyCollection<string> urls, IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var text = $"""
            SELECT id, url, content_hash FROM articles WHERE {sql.InList("content_hash", "@hashes")}
            UNION
            SELECT id, url, content_hash FROM articles WHERE {sql.InList("url", "@urls")}
            ORDER BY 1;
            """;
        return (await connection.QueryAsync<(long, string?, string)>(new CommandDefinition(
            text, new { urls = urls.ToArray(), hashes = hashes.ToArray() }, transaction, cancellationToken: ct))).AsList();
    }

    public static Task<ArticleRow?> GetAsync(IDbConnection connection, long id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM articles a WHERE a.id = @id;", new { id }, cancellationToken: ct));

    /// <summary>
    /// The article's timestamps and analyser version, locking its row until the transaction ends (PostgreSQL; SQLite's
    /// write transaction holds the whole database already). Null when it does not exist.
    /// </summary>
    public static Task<ArticleStamp?> LockAsync(IDbConnection connection, IDbTransaction transaction, long id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<ArticleStamp>(new CommandDefinition(
            SqlDialect.Of(connection).Pick(
                "SELECT created_at AS CreatedAt, updated_at AS UpdatedAt, analyzer_version AS AnalyzerVersion FROM articles WHERE id = @id;",
                "SELECT created_at AS CreatedAt, updated_at AS UpdatedAt, analyzer_version AS AnalyzerVersion FROM articles WHERE id = @id FOR UPDATE;"),
            new { id }, transaction, cancellationToken: ct));

    public static Task<string?> GetBodyAsync(IDbConnection connection, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT body FROM articles WHERE id = @id;", new { id }, cancellationToken: ct));

    public static async Task<IReadOnlyDictionary<long, string>> GetBodiesAsync(IDbConnection connection, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        (await connection.QueryAsync<(long Id, string Body)>(new CommandDefinition(
            $"SELECT id, body FROM articles WHERE {SqlDialect.Of(connection).InList("id", "@ids")};", new { ids = ids.ToArray() }, cancellationToken: ct)))
        .ToDictionary(r => r.Id, r => r.Body);

    /// <summary>Ids of articles analysed by another analyser version than <paramref name="version"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<long>> StaleAsync(IDbConnection connection, string version, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM articles WHERE analyzer_version <> @version ORDER BY id LIMIT @limit;", new { version, limit }, cancellationToken: ct))).AsList();

    public static Task<bool> ExistsAsync(IDbConnection connection, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @id);", new { id }, cancellationToken: ct));

    public static Task<long> CountAsync(IDbConnection connection, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM articles;", cancellationToken: ct));

    /// <summary>One page of articles and the total matching the filter (a full-text query already validated).</summary>
    public static async Task<(IReadOnlyList<ArticleRow> Items, long Total)> ListAsync(IDbConnection connection, ArticleFilter filter, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var (from, where) = FilterClauses(sql, filter);
        var order = Order(sql, filter);
        var arguments = Arguments(sql, filter);
        if (filter is { FullText: { } bare, Sort: ArticleSort.Relevance, PublishedFrom: null, PublishedTo: null, Source: null, Parties.Count: 0 })
        {
            // A bare query ranked by relevance: rank inside the full-text index alone, then read the page's articles with
            // their bodies by id, and cut the snippets from the bodies here. (On PostgreSQL, counting in the ranking's
            // scan with count(*) OVER () was slower than the separate count at 100k: the window keeps every match's row.)
            // On SQLite the ranking reads every match, so it counts them too.
            var (ids, matches) = connection is SqliteConnection sqlite
                ? RankedIds(sqlite, arguments, filter.Offset, filter.Limit)
                : (await Rows.ReadAsync(connection, FullText.RankedIds, arguments, static r => r.Int64(0), ct), (long?)null);
            var rows = ids.Count == 0 ? [] : (await ReadWithSnippetsAsync(connection, ids, bare, ct)).ToDictionary(r => r.Id);
            var ranked = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
            return (ranked, matches ?? await FullTextCountAsync(connection, filter, from, where, arguments, ct));
        }

        var walkByDate = filter is { FullText: not null, Sort: ArticleSort.PublishedDesc or ArticleSort.PublishedAsc };
        var (pageFrom, pageWhere) = walkByDate ? FilterClauses(sql, filter, walkByDate: true) : (from, where);
        var page = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {ListColumns}, NULL AS Snippet {pageFrom} {pageWhere} ORDER BY {order} LIMIT @Limit OFFSET @Offset;
            """);
        var items = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(page, new DynamicParameters(arguments), cancellationToken: ct))).AsList();
        if (filter.FullText is { } query && items.Count > 0)
        {
            // The page's bodies by id after the page is cut: a sort over every match never carries a body.
            var snippets = (await ReadWithSnippetsAsync(connection, items.Select(i => i.Id).ToList(), query, ct)).ToDictionary(r => r.Id, r => r.Snippet);
            items = items.Select(i => i.WithSnippet(snippets.GetValueOrDefault(i.Id))).ToList();
        }

        return (items, await FullTextCountAsync(connection, filter, from, where, arguments, ct));
    }

    /// <summary>
    /// One page of a bare query's matches on SQLite, best first: every match with its bm25 score (<see cref="Fts5Rank"/>,
    /// the scores FTS5's bm25 gives, without its per-row size lookups), sorted here as <c>ORDER BY bm25(…), rowid DESC</c>
    /// sorts them; and the number of matches.
    /// </summary>
    private static (List<long> Ids, long? Matches) RankedIds(SqliteConnection connection, Dictionary<string, object?> arguments, int offset, int limit)
    {
        Fts5Rank.Register(connection);
        var scored = Fts5Rank.Collect(() => SqlitePrepared.StepAll(connection, FullText.Scored, arguments));
        scored.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id));
        return (scored.Skip(offset).Take(limit).Select(s => s.Id).ToList(), scored.Count);
    }

    /// <summary>
    /// One page of a list without a full-text query as the read model's stored list items (<c>article_items</c>,
    /// migration 0012) in the list's order, and the total matching the filter. An item is null where the article has
    /// no view at <paramref name="viewVersion"/> yet (stored before that renderer): the caller composes that page from
    /// <see cref="ListAsync"/> instead.
    /// </summary>
    public static async Task<(IReadOnlyList<byte[]?> Items, long Total)> ListItemsAsync(IDbConnection connection, ArticleFilter filter, int viewVersion, CancellationToken ct)
    {
        if (filter.FullText is not null)
        {
            throw new ArgumentException("A full-text list has snippets, which no stored item holds.", nameof(filter));
        }

        var sql = SqlDialect.Of(connection);
        var (from, where) = FilterClauses(sql, filter);
        var arguments = Arguments(sql, filter);
        arguments["ViewVersion"] = viewVersion;
        var page = $"""
            SELECT v.item {from} LEFT JOIN article_items v ON v.article_id = a.id AND v.version = @ViewVersion
            {where} ORDER BY {Order(sql, filter)} LIMIT @Limit OFFSET @Offset;
            """;
        if (connection is SqliteConnection sqlite)
        {
            // Both statements stay prepared with the pooled connection: on a page of stored items, preparing them was
            // a large part of the read.
            var items = SqlitePrepared.ReadBlobs(sqlite, page, arguments);
            var count = CountSql(sql, filter, from, where, arguments); // adds the count's own arguments
            return (items, SqlitePrepared.ReadInt64(sqlite, count, arguments));
        }

        var rows = (await connection.QueryAsync<byte[]?>(new CommandDefinition(page, new DynamicParameters(arguments), cancellationToken: ct))).AsList();
        return (rows, await CountAsync(connection, filter, from, where, arguments, ct));
    }

    /// <summary>The ORDER BY of a list page for the filter's sort.</summary>
    private static string Order(SqlDialect sql, ArticleFilter filter) => filter.Sort switch
    {
        // NULL sorts lowest on both stores: undated articles come first ascending and last descending, and the plain
        // column order lets ix_articles_published_at serve the sort.
        ArticleSort.PublishedAsc => $"{sql.Ascending("a.published_at")}, a.id ASC",
        ArticleSort.CreatedDesc => "a.created_at DESC, a.id DESC",
        ArticleSort.CreatedAsc => "a.created_at ASC, a.id ASC",
        ArticleSort.TitleAsc => $"{sql.NoCase("a.title")} ASC, a.id ASC",
        ArticleSort.TitleDesc => $"{sql.NoCase("a.title")} DESC, a.id DESC",
        ArticleSort.Relevance when filter.FullText is not null => $"{FullText.Rank(sql)}, a.id DESC",
        _ => $"{sql.Descending("a.published_at")}, a.id DESC",
    };

    /// <summary>The <c>@Latest</c> most recently published articles, as the unfiltered list orders them (undated last).</summary>
    internal static string LatestSql(SqlDialect sql) =>
        $"SELECT {ListColumns}, NULL AS Snippet FROM articles a ORDER BY {sql.Descending("a.published_at")}, a.id DESC LIMIT @Latest;";

    /// <summary>The earliest and the latest publication time, each one seek in ix_articles_published_at.</summary>
    internal const string FirstPublishedSql = "SELECT min(a.published_at) FROM articles a";

    internal const string LastPublishedSql = "SELECT max(a.published_at) FROM articles a";

    /// <summary>
    /// The listed articles by id (any order), each with its snippet for <paramref name="q"/> where
    /// <see cref="ArticleRow.Snippet"/> goes, cut from its body. On SQLite each body is decoded into a pooled buffer as
    /// its row is read and never becomes a string: a page's twenty bodies were most of a search's allocations.
    /// </summary>
    private static async Task<List<ArticleRow>> ReadWithSnippetsAsync(IDbConnection connection, IReadOnlyList<long> ids, string q, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var query = FullTextQuery.Parse(q);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // SQLite reads the ids from one JSON array, so one kept statement serves every page size.
            ["Ids"] = sql.IsPostgres ? ids.ToArray() : "[" + string.Join(',', ids) + "]",
        };
        if (connection is SqliteConnection sqlite)
        {
            return SqlitePrepared.ReadRows(sqlite,
                $"SELECT {ListColumns}, a.body AS Snippet FROM articles a WHERE a.id IN (SELECT value FROM json_each(@Ids));",
                arguments, r => SnippetRow(r, query));
        }

        var rows = await Rows.ReadAsync(connection, $"SELECT {ListColumns}, a.body AS Snippet FROM articles a WHERE a.id = ANY(@Ids);", arguments, ListRow, ct);
        return rows.Select(r => r.WithSnippet(r.Snippet is null ? null : query.Snippet(r.Title, r.Snippet, foldDiacritics: false))).ToList();
    }

    /// <summary>A row of <see cref="ListColumns"/> and the body, with the body's snippet in its place (SQLite: diacritics folded as its index folds them).</summary>
    private static ArticleRow SnippetRow(SqliteRow r, FullTextQuery query)
    {
        var title = r.TextOrEmpty(1);
        if (r.IsNull(15))
        {
            return ListRow(r, title, null);
        }

        var body = r.Utf8(15);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(body, chars);
            return ListRow(r, title, query.Snippet(title.AsMemory(), chars.AsMemory(0, length), foldDiacritics: true));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The number of articles the filter matches, read from the cheapest place that knows it: the monthly counts without
    /// full-text, date or party filters; the daily counts for whole days; the full-text index alone for a bare query;
    /// else a count over the join.
    /// </summary>
    private static Task<long> CountAsync(IDbConnection connection, ArticleFilter filter, string from, string where, Dictionary<string, object?> arguments, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql(SqlDialect.Of(connection), filter, from, where, arguments), new DynamicParameters(arguments), cancellationToken: ct));

    /// <summary>The same count, from a statement kept with the pooled connection on SQLite (a search's count and ranking are its hot reads).</summary>
    private static async Task<long> FullTextCountAsync(IDbConnection connection, ArticleFilter filter, string from, string where, Dictionary<string, object?> arguments, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? SqlitePrepared.ReadInt64(sqlite, CountSql(SqlDialect.Sqlite, filter, from, where, arguments), arguments)
            : await CountAsync(connection, filter, from, where, arguments, ct);

    /// <summary>The statement <see cref="CountAsync"/> runs; adds the days it needs (<c>@FromDay</c>, <c>@ToDay</c>) to the arguments.</summary>
    private static string CountSql(SqlDialect sql, ArticleFilter filter, string from, string where, Dictionary<string, object?> arguments)
    {
        switch (filter)
        {
            case { FullText: null, PublishedFrom: null, PublishedTo: null, Parties.Count: 0 }:
                return ArticleDayRepository.CountSql(sql, bySource: filter.Source is not null);
            case { FullText: null, Parties.Count: 0 } when WholeDays(filter) is (var first, var last):
                arguments["FromDay"] = first is { } f ? ArticleDayRepository.Day(f) : null;
                arguments["ToDay"] = last is { } l ? ArticleDayRepository.Day(l) : null;
                return ArticleDayRepository.CountDaysSql(sql, bySource: filter.Source is not null, hasFrom: first is not null, hasTo: last is not null);
            case { PublishedFrom: null, PublishedTo: null, Source: null, Parties.Count: 0 }:
                return FullText.Count(sql);
            default:
                return $"SELECT count(*) {from} {where};";
        }
    }

    /// <summary>
    /// The filter's publication bounds as days when they cover whole UTC days (from 00:00:00, to 23:59:59, as a plain
    /// date is read; an open end stays null), so the daily counts can count them: stored times have whole seconds.
    /// Null when a bound falls inside a day.
    /// </summary>
    private static (DateOnly? First, DateOnly? Last)? WholeDays(ArticleFilter filter)
    {
        const string DayStart = "T00:00:00Z", DayEnd = "T23:59:59Z";
        if (filter.PublishedFrom is { } from && !from.EndsWith(DayStart, StringComparison.Ordinal)
            || filter.PublishedTo is { } to && !to.EndsWith(DayEnd, StringComparison.Ordinal))
        {
            return null;
        }

        static DateOnly? DayOf(string? bound) =>
            bound is null ? null : DateOnly.ParseExact(bound.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (DayOf(filter.PublishedFrom), DayOf(filter.PublishedTo));
    }

    /// <summary>
    /// Articles per time bucket (start date of the day, ISO week from Monday, or month), for the filter. Buckets with
    /// no article are absent: the caller fills them. Articles without a publication date are not counted.
    /// </summary>
    public static async Task<IReadOnlyList<BucketRow>> TimelineAsync(IDbConnection connection, ArticleFilter filter, TimeInterval interval, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var (from, where) = FilterClauses(sql, filter);
        var bucket = interval switch
        {
            TimeInterval.Day => "substr(a.published_at, 1, 10)",
            TimeInterval.Week => sql.WeekStart("substr(a.published_at, 1, 10)"),
            _ => "substr(a.published_at, 1, 7) || '-01'",
        };
        var text = $"SELECT {bucket} AS Start, count(*) AS Count {from} {where} AND a.published_at IS NOT NULL GROUP BY 1 ORDER BY 1;";
        return (await connection.QueryAsync<BucketRow>(new CommandDefinition(text, Parameters(sql, filter), cancellationToken: ct))).AsList();
    }

    /// <summary>Earliest and latest publication time among the filtered articles (null when there are none).</summary>
    public static async Task<(string? First, string? Last)> PublishedRangeAsync(IDbConnection connection, ArticleFilter filter, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var (from, where) = FilterClauses(sql, filter);

        // Without full-text or party filters each bound is one seek in an index on published_at, but only when min
        // and max are asked separately: together they scan every entry.
        var text = filter is { FullText: null, Parties.Count: 0 }
            ? $"SELECT (SELECT min(a.published_at) {from} {where}) AS First, (SELECT max(a.published_at) {from} {where}) AS Last;"
            : $"SELECT min(a.published_at) AS First, max(a.published_at) AS Last {from} {where};";
        var row = await connection.QuerySingleAsync<RangeRow>(new CommandDefinition(text, Parameters(sql, filter), cancellationToken: ct));
        return (row.First, row.Last);
    }

    /// <summary>The filter's parameters; the full-text query rendered for the connection's store.</summary>
    private static DynamicParameters Parameters(SqlDialect sql, ArticleFilter filter) => new(Arguments(sql, filter));

    /// <summary>The filter's parameters by name, for Dapper or for a statement <see cref="SqlitePrepared"/> keeps.</summary>
    private static Dictionary<string, object?> Arguments(SqlDialect sql, ArticleFilter filter)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["FullText"] = filter.FullText is null ? null : FullText.Render(sql, filter.FullText),
            ["PublishedFrom"] = filter.PublishedFrom,
            ["PublishedTo"] = filter.PublishedTo,
            ["Source"] = filter.Source,
            ["Offset"] = filter.Offset,
            ["Limit"] = filter.Limit,
        };
        for (var i = 0; i < filter.Parties.Count; i++)
        {
            arguments[$"Party{i}"] = filter.Parties[i];
        }

        return arguments;
    }

    /// <param name="sql">The store's dialect.</param>
    /// <param name="filter">The validated filter.</param>
    /// <param name="walkByDate">
    /// For a full-text query sorted by publication date: walk the date index in order and keep the articles among the
    /// matches, so the page is cut after a few rows instead of sorting every match. Snippets then come from a second
    /// query over the page.
    /// </param>
    private static (string From, string Where) FilterClauses(SqlDialect sql, ArticleFilter filter, bool walkByDate = false)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var from = new StringBuilder("FROM articles a");
        if (filter.FullText is not null)
        {
            var (join, match) = FullText.Filter(sql, walkByDate);
            from.Append(join);
            where.Append(" AND ").Append(match);
        }

        if (filter.PublishedFrom is not null)
        {
            where.Append(" AND a.published_at >= @PublishedFrom");
        }

        if (filter.PublishedTo is not null)
        {
            where.Append(" AND a.published_at <= @PublishedTo");
        }

        if (filter.Source is not null)
        {
            where.Append(" AND ").Append(sql.EqualsNoCase("a.source", "@Source"));
        }

        if (filter.Parties.Count > 0)
        {
            // One clause per party: a number is a party id, anything else a canonical name (case-insensitive).
            var clauses = filter.Parties.Select((party, i) => long.TryParse(party, CultureInfo.InvariantCulture, out _)
                ? $"EXISTS (SELECT 1 FROM article_parties ap WHERE ap.article_id = a.id AND ap.party_id = CAST(@Party{i} AS BIGINT))"
                : $"EXISTS (SELECT 1 FROM article_parties ap JOIN parties p ON p.id = ap.party_id WHERE ap.article_id = a.id AND {sql.EqualsNoCase("p.name", $"@Party{i}")})");
            where.Append(" AND (").AppendJoin(filter.AllParties ? " AND " : " OR ", clauses).Append(')');
        }

        return (from.ToString(), where.ToString());
    }

    /// <summary>
    /// The full-text statements, a SQLite (FTS5 table <c>articles_fts</c>, bm25) and PostgreSQL (generated tsvector
    /// <c>articles.search</c> with a GIN index, ts_rank) pair each. <c>@FullText</c> is the query rendered by
    /// <see cref="FullTextQuery"/> for the store.
    /// </summary>
    private static class FullText
    {
        private const string TsQuery = "to_tsquery('simple', @FullText)";

        public static string Render(SqlDialect sql, string q) =>
            sql.IsPostgres ? FullTextQuery.Parse(q).ToTsQuery() : FullTextQuery.Parse(q).ToFts5();

        /// <summary>The join and condition selecting matches; walking the date index keeps the matches as a set.</summary>
        public static (string Join, string Match) Filter(SqlDialect sql, bool walkByDate) => sql.IsPostgres
            ? ("", $"a.search @@ {TsQuery}")
            : walkByDate
                ? (" INDEXED BY ix_articles_published_at", "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @FullText)")
                : (" JOIN articles_fts f ON f.rowid = a.id", "articles_fts MATCH @FullText");

        /// <summary>Best first: a title match weighs ten body matches on both stores.</summary>
        public static string Rank(SqlDialect sql) => sql.Pick(
            "bm25(articles_fts, 10.0, 1.0) ASC",
            $"ts_rank('{{0.01, 0.01, 0.1, 1.0}}'::float4[], a.search, {TsQuery}) DESC");

        /// <summary>
        /// SQLite: every match scored as <c>bm25(articles_fts, 10.0, 1.0)</c> scores it, the row's size in tokens read from
        /// its docsize row in the same scan (<see cref="Fts5Rank"/>, which hands the scores over); sorted and paged in C#.
        /// </summary>
        public const string Scored = $"""
            SELECT {Fts5Rank.Function}(articles_fts, d.sz, 10.0, 1.0)
            FROM articles_fts f JOIN articles_fts_docsize d ON d.id = f.rowid WHERE articles_fts MATCH @FullText;
            """;

        /// <summary>PostgreSQL: one page of the matches' ids, best first.</summary>
        public static readonly string RankedIds =
            $"SELECT a.id FROM articles a WHERE a.search @@ {TsQuery} ORDER BY {Rank(SqlDialect.Postgres)}, a.id DESC LIMIT @Limit OFFSET @Offset;";

        public static string Count(SqlDialect sql) => sql.Pick(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @FullText;",
            $"SELECT count(*) FROM articles a WHERE a.search @@ {TsQuery};");
    }
}

public sealed class ArticleStamp
{
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
    public string AnalyzerVersion { get; init; } = "";
}

public sealed class BucketRow
{
    public string Start { get; init; } = "";
    public long Count { get; init; }

    /// <summary>A (start, count) row from a kept SQLite statement.</summary>
    internal static BucketRow From(SqliteRow r) => new() { Start = r.TextOrEmpty(0), Count = r.Int64(1) };
}

public sealed class RangeRow
{
    public string? First { get; init; }
    public string? Last { get; init; }
}

public sealed class CountRow
{
    public string Name { get; init; } = "";
    public long Count { get; init; }

    /// <summary>A (name, count) row from a kept SQLite statement.</summary>
    internal static CountRow From(SqliteRow r) => new() { Name = r.TextOrEmpty(0), Count = r.Int64(1) };
}

public enum TimeInterval
{
    Day,
    Week,
    Month,
}
