using System.Data;
using System.Globalization;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// All SQL over <c>party_days</c>: articles and mentions per party and publication day, kept by triggers on
/// <c>article_parties</c> and <c>articles</c> (migration 0004). Party windows and party timelines read it instead of
/// joining every article-party link of the period.
/// </summary>
public sealed class PartyDayRepository
{
    /// <summary>Parties of the articles published in a window, with counts in it and the change against the previous window.</summary>
    public static async Task<(IReadOnlyList<PartySummaryRow> Items, long Total)> SearchWindowAsync(
        IDbConnection connection, string? nameContains, string? type, PartyWindow window, PartySort sort, int offset, int limit, CancellationToken ct)
    {
        var order = sort switch
        {
            PartySort.Articles => "ArticleCount DESC, MentionCount DESC, p.name",
            PartySort.Name => "p.name COLLATE NOCASE, p.id",
            PartySort.Trend => "Trend DESC, ArticleCount DESC, p.name",
            _ => "MentionCount DESC, ArticleCount DESC, p.name",
        };

        // One pass over both windows' day rows; the total rides along as a window function instead of a second query.
        var sql = $"""
            WITH counts AS (
                SELECT party_id,
                       sum(CASE WHEN day >= @From THEN articles ELSE 0 END) AS articles,
                       sum(CASE WHEN day >= @From THEN mentions ELSE 0 END) AS mentions,
                       sum(CASE WHEN day < @From THEN articles ELSE 0 END) AS previous
                FROM party_days
                WHERE day >= @PreviousFrom AND day <= @To
                GROUP BY party_id)
            SELECT p.id AS Id, p.name AS Name, p.type AS Type, c.articles AS ArticleCount, c.mentions AS MentionCount,
                   c.articles - c.previous AS Trend, count(*) OVER () AS Total
            FROM counts c JOIN parties p ON p.id = c.party_id
            WHERE c.articles > 0
              AND (@Like IS NULL OR p.name LIKE @Like ESCAPE '\')
              AND (@Type IS NULL OR p.type = @Type)
            ORDER BY {order}
            LIMIT @Limit OFFSET @Offset;
            """;
        var like = nameContains is null ? null : "%" + PartyRepository.EscapeLike(nameContains) + "%";
        var parameters = new { Like = like, Type = type, window.From, window.To, window.PreviousFrom, Limit = limit, Offset = offset };
        var items = (await connection.QueryAsync<WindowRow>(new CommandDefinition(sql, parameters, cancellationToken: ct))).AsList();
        if (items.Count > 0 || offset == 0)
        {
            return (items, items.Count > 0 ? items[0].Total : 0);
        }

        // A page past the end has no row to carry the total: count alone.
        var count = $"""
            SELECT count(*) FROM (
                SELECT party_id FROM party_days WHERE day >= @From AND day <= @To GROUP BY party_id HAVING sum(articles) > 0) c
            JOIN parties p ON p.id = c.party_id
            WHERE (@Like IS NULL OR p.name LIKE @Like ESCAPE '\') AND (@Type IS NULL OR p.type = @Type);
            """;
        return (items, await connection.ExecuteScalarAsync<long>(new CommandDefinition(count, parameters, cancellationToken: ct)));
    }

    /// <summary>Articles mentioning a party per time bucket between two days (inclusive). Empty buckets are absent.</summary>
    public static async Task<IReadOnlyList<BucketRow>> TimelineAsync(
        IDbConnection connection, long partyId, DateOnly from, DateOnly to, TimeInterval interval, CancellationToken ct)
    {
        var sql = $"""
            SELECT {ArticleDayRepository.Bucket(interval)} AS Start, sum(articles) AS Count
            FROM party_days
            WHERE party_id = @partyId AND day >= @from AND day <= @to
            GROUP BY 1 ORDER BY 1;
            """;
        return (await connection.QueryAsync<BucketRow>(new CommandDefinition(
            sql, new { partyId, from = Day(from), to = Day(to) }, cancellationToken: ct))).AsList();
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class WindowRow : PartySummaryRow
    {
        public long Total { get; init; }
    }
}
