using System.Data;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// All SQL over <c>article_days</c> and <c>article_months</c>: articles per publication day (migration 0004) and per
/// month (0013) and source, kept by triggers on <c>articles</c>. Totals, timelines and top sources read these few rows
/// instead of every article; totals, top sources and an open timeline by month read the months.
/// </summary>
public sealed class ArticleDayRepository
{
    /// <summary>The SQL expression giving the bucket start of the text column <c>day</c>: the day, its ISO week's Monday, or its month's first day.</summary>
    internal static string Bucket(SqlDialect sql, TimeInterval interval) => interval switch
    {
        TimeInterval.Day => "day",
        TimeInterval.Week => sql.WeekStart("day"),
        _ => "substr(day, 1, 7) || '-01'",
    };

    /// <summary>Rows of one source, case-insensitively (SQLite: a NOCASE column; PostgreSQL: the lower-cased source_key).</summary>
    private static string OfSource(SqlDialect sql, string parameter = "@source") => sql.Pick($"source = {parameter}", $"source_key = lower({parameter})");

    /// <summary>A day as stored in the daily-count tables ('yyyy-MM-dd').</summary>
    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// How many articles are stored, or have the source <c>@Source</c> (case-insensitive), dated or not: one row per
    /// month and source.
    /// </summary>
    internal static string CountSql(SqlDialect sql, bool bySource) => bySource
        ? $"SELECT CAST(coalesce(sum(articles), 0) AS BIGINT) FROM article_months WHERE {OfSource(sql, "@Source")};"
        : TotalSql + ";";

    /// <summary>
    /// How many articles were published from day <c>@FromDay</c> to day <c>@ToDay</c> (inclusive; each end only when
    /// given), optionally of the source <c>@Source</c>. Undated articles are not counted.
    /// </summary>
    internal static string CountDaysSql(SqlDialect sql, bool bySource, bool hasFrom, bool hasTo) => $"""
        SELECT CAST(coalesce(sum(articles), 0) AS BIGINT) FROM article_days
        WHERE day > '' {(hasFrom ? "AND day >= @FromDay" : "")} {(hasTo ? "AND day <= @ToDay" : "")}
              {(bySource ? "AND " + OfSource(sql, "@Source") : "")};
        """;

    /// <summary>Articles per time bucket between two days (inclusive), optionally of one source. Empty buckets are absent.</summary>
    public static async Task<IReadOnlyList<BucketRow>> TimelineAsync(
        IDbConnection connection, string? source, DateOnly from, DateOnly to, TimeInterval interval, CancellationToken ct)
    {
        // Days first, in the primary key's order (no sort), then the few day rows into weeks or months.
        var sql = SqlDialect.Of(connection);
        var text = $"""
            SELECT {Bucket(sql, interval)} AS Start, CAST(sum(articles) AS BIGINT) AS Count
            FROM (SELECT day, sum(articles) AS articles FROM article_days
                  WHERE day >= @from AND day <= @to {(source is null ? "" : "AND " + OfSource(sql))}
                  GROUP BY day) d
            GROUP BY 1 ORDER BY 1;
            """;
        var arguments = new Dictionary<string, object?> { ["source"] = source, ["from"] = Day(from), ["to"] = Day(to) };
        return await Rows.ReadAsync(connection, text, arguments, BucketRow.From, ct);
    }

    /// <summary>
    /// The first and last publication day of all dated articles (optionally of one source) and their counts per
    /// bucket: an open timeline needs its range only to align and zero-fill the buckets it reads.
    /// </summary>
    public static async Task<(DateOnly? First, DateOnly? Last, IReadOnlyList<BucketRow> Buckets)> RangeAndTimelineAsync(
        IDbConnection connection, string? source, TimeInterval interval, CancellationToken ct)
    {
        // The ends are one seek each in the primary key's order (emptied rows are deleted, so every row counts); months
        // come from article_months, days and weeks from the days.
        var sql = SqlDialect.Of(connection);
        var where = "WHERE day > ''" + (source is null ? "" : " AND " + OfSource(sql));
        var bucketSql = interval == TimeInterval.Month
            ? $"""
              SELECT month || '-01' AS Start, CAST(sum(articles) AS BIGINT) AS Count
              FROM article_months WHERE month > '' {(source is null ? "" : "AND " + OfSource(sql))} GROUP BY month ORDER BY month;
              """
            : $"""
              SELECT {Bucket(sql, interval)} AS Start, CAST(sum(articles) AS BIGINT) AS Count
              FROM (SELECT day, sum(articles) AS articles FROM article_days {where} GROUP BY day) d
              GROUP BY 1 ORDER BY 1;
              """;
        var rangeSql = $"""
            SELECT (SELECT day FROM article_days {where} ORDER BY day LIMIT 1) AS First,
                   (SELECT day FROM article_days {where} ORDER BY day DESC LIMIT 1) AS Last;
            """;
        var arguments = new Dictionary<string, object?> { ["source"] = source };
        var range = (await Rows.ReadOneAsync(connection, rangeSql, arguments, static r => new RangeRow { First = r.Text(0), Last = r.Text(1) }, ct))!;
        var buckets = await Rows.ReadAsync(connection, bucketSql, arguments, BucketRow.From, ct);
        return (ParseDay(range.First), ParseDay(range.Last), buckets);
    }

    private static DateOnly? ParseDay(string? day) =>
        day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The most frequent sources, for the overview.</summary>
    public static async Task<IReadOnlyList<CountRow>> TopSourcesAsync(IDbConnection connection, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<CountRow>(new CommandDefinition(TopSourcesSql(SqlDialect.Of(connection)), new { Limit = limit }, cancellationToken: ct))).AsList();

    /// <summary>The <c>@Limit</c> most frequent sources with their article counts.</summary>
    internal static string TopSourcesSql(SqlDialect sql) => sql.Pick(
        "SELECT source AS Name, sum(articles) AS Count FROM article_months WHERE source <> '' GROUP BY source ORDER BY Count DESC, Name LIMIT @Limit;",
        "SELECT min(source) AS Name, CAST(sum(articles) AS BIGINT) AS Count FROM article_months WHERE source_key <> '' GROUP BY source_key ORDER BY Count DESC, Name LIMIT @Limit;");

    /// <summary>All stored articles (dated or not), from the monthly counts.</summary>
    internal const string TotalSql = "SELECT CAST(coalesce(sum(articles), 0) AS BIGINT) FROM article_months";
}
