using System.Data;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// All SQL over <c>article_days</c>: articles per publication day and source, kept by triggers on <c>articles</c>
/// (migration 0004). Totals, timelines and top sources read a few thousand rows instead of every article.
/// </summary>
public sealed class ArticleDayRepository
{
    /// <summary>The SQL expression giving the bucket start of the text column <c>day</c>: the day, its ISO week's Monday, or its month's first day.</summary>
    internal static string Bucket(TimeInterval interval) => interval switch
    {
        TimeInterval.Day => "day",
        TimeInterval.Week => "date(day, 'weekday 0', '-6 days')",
        _ => "substr(day, 1, 7) || '-01'",
    };

    /// <summary>A day as stored in the daily-count tables ('yyyy-MM-dd').</summary>
    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many articles are stored, or have this source (case-insensitive), dated or not.</summary>
    public static Task<long> CountAsync(IDbConnection connection, string? source, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            source is null
                ? "SELECT coalesce(sum(articles), 0) FROM article_days;"
                : "SELECT coalesce(sum(articles), 0) FROM article_days WHERE source = @source;",
            new { source },
            cancellationToken: ct));

    /// <summary>Articles per time bucket between two days (inclusive), optionally of one source. Empty buckets are absent.</summary>
    public static async Task<IReadOnlyList<BucketRow>> TimelineAsync(
        IDbConnection connection, string? source, DateOnly from, DateOnly to, TimeInterval interval, CancellationToken ct)
    {
        // Days first, in the primary key's order (no sort), then the few day rows into weeks or months.
        var sql = $"""
            SELECT {Bucket(interval)} AS Start, sum(articles) AS Count
            FROM (SELECT day, sum(articles) AS articles FROM article_days
                  WHERE day >= @from AND day <= @to {(source is null ? "" : "AND source = @source")}
                  GROUP BY day)
            GROUP BY 1 ORDER BY 1;
            """;
        return (await connection.QueryAsync<BucketRow>(new CommandDefinition(
            sql, new { source, from = Day(from), to = Day(to) }, cancellationToken: ct))).AsList();
    }

    /// <summary>The most frequent sources, for the overview.</summary>
    public static async Task<IReadOnlyList<CountRow>> TopSourcesAsync(IDbConnection connection, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<CountRow>(new CommandDefinition(
            "SELECT source AS Name, sum(articles) AS Count FROM article_days WHERE source <> '' GROUP BY source ORDER BY Count DESC, Name LIMIT @limit;",
            new { limit }, cancellationToken: ct))).AsList();
}
