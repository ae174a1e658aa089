using System.Data;
using System.Globalization;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// All SQL over the party count tables: articles and mentions per party and publication day (<c>party_days</c>),
/// month (<c>party_months</c>), quarter and year (<c>party_quarters</c>, <c>party_years</c>), kept by triggers
/// (migrations 0004 and 0005). Party windows and party timelines read them instead of joining every article-party link
/// of the period.
/// </summary>
public sealed class PartyDayRepository
{
    /// <summary>Parties of the articles published in a window, with counts in it and the change against the previous window.</summary>
    public static async Task<(IReadOnlyList<PartySummaryRow> Items, long Total)> SearchWindowAsync(
        IDbConnection connection, string? nameContains, string? type, PartyWindow window, PartySort sort, int offset, int limit, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var order = sort switch
        {
            PartySort.Articles => "ArticleCount DESC, MentionCount DESC, p.name",
            PartySort.Name => $"{sql.NoCase("p.name")}, p.id",
            PartySort.Trend => "Trend DESC, ArticleCount DESC, p.name",
            _ => "MentionCount DESC, ArticleCount DESC, p.name",
        };

        // One pass over both windows' rows (whole years, quarters and months from their count tables, the rest from
        // party_days, some subtracted, each weighted for the window and the previous one: see PartyCountCover); the
        // total rides along as a window function.
        var parameters = new DynamicParameters(new { Like = like(nameContains), Type = type, Limit = limit, Offset = offset });
        var rows = string.Join("\n    UNION ALL ", Segments(window, parameters));
        var text = $"""
            WITH counts AS (
                SELECT party_id, CAST(sum(articles * wc) AS BIGINT) AS articles, CAST(sum(mentions * wc) AS BIGINT) AS mentions,
                       CAST(sum(articles * wp) AS BIGINT) AS previous
                FROM ({rows}) s
                GROUP BY party_id)
            SELECT p.id AS Id, p.name AS Name, p.type AS Type, c.articles AS ArticleCount, c.mentions AS MentionCount,
                   c.articles - c.previous AS Trend, count(*) OVER () AS Total
            FROM counts c JOIN parties p ON p.id = c.party_id
            WHERE c.articles > 0
              AND (@Like IS NULL OR {sql.LikeNoCase("p.name", "@Like")})
              AND (@Type IS NULL OR p.type = @Type)
            ORDER BY {order}
            LIMIT @Limit OFFSET @Offset;
            """;
        var items = (await connection.QueryAsync<WindowRow>(new CommandDefinition(text, parameters, cancellationToken: ct))).AsList();
        if (items.Count > 0 || offset == 0)
        {
            return (items, items.Count > 0 ? items[0].Total : 0);
        }

        // A page past the end has no row to carry the total: count alone.
        var count = $"""
            SELECT count(*) FROM (
                SELECT party_id FROM ({rows}) s WHERE wc <> 0 GROUP BY party_id HAVING sum(articles * wc) > 0) c
            JOIN parties p ON p.id = c.party_id
            WHERE (@Like IS NULL OR {sql.LikeNoCase("p.name", "@Like")}) AND (@Type IS NULL OR p.type = @Type);
            """;
        return (items, await connection.ExecuteScalarAsync<long>(new CommandDefinition(count, parameters, cancellationToken: ct)));

        static string? like(string? value) => value is null ? null : "%" + PartyRepository.EscapeLike(value) + "%";
    }

    /// <summary>
    /// SELECTs of (party_id, articles, mentions, wc, wp): the segments of <see cref="PartyCountCover.PlanWindow"/>,
    /// each a key range of one count table with its weights in the window (wc) and the previous window (wp). Adds
    /// their bounds to <paramref name="parameters"/>.
    /// </summary>
    private static IEnumerable<string> Segments(PartyWindow window, DynamicParameters parameters)
    {
        var n = 0;
        foreach (var segment in PartyCountCover.PlanWindow(window.PreviousFrom, window.From, window.To))
        {
            var (table, column) = segment.Level switch
            {
                CountLevel.Day => ("party_days", "day"),
                CountLevel.Month => ("party_months", "month"),
                CountLevel.Quarter => ("party_quarters", "quarter"),
                _ => ("party_years", "year"),
            };
            var name = $"s{n++}";
            parameters.Add($"{name}a", Key(segment.Level, segment.From));
            parameters.Add($"{name}b", Key(segment.Level, segment.To));
            // Weights are small integers from the plan, not input; columns named, as a UNION ALL takes the first SELECT's names.
            yield return string.Create(CultureInfo.InvariantCulture, $"SELECT party_id, articles, mentions, {segment.Current} AS wc, {segment.Previous} AS wp FROM {table} WHERE {column} >= @{name}a AND {column} <= @{name}b");
        }
    }

    /// <summary>The key of the period holding <paramref name="day"/> in its level's table (see migrations 0004, 0005).</summary>
    internal static string Key(CountLevel level, DateOnly day) => level switch
    {
        CountLevel.Day => ArticleDayRepository.Day(day),
        CountLevel.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        CountLevel.Quarter => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-Q{(day.Month + 2) / 3}"),
        _ => day.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Articles mentioning a party per time bucket between two days (inclusive). Empty buckets are absent.</summary>
    public static async Task<IReadOnlyList<BucketRow>> TimelineAsync(
        IDbConnection connection, long partyId, DateOnly from, DateOnly to, TimeInterval interval, CancellationToken ct)
    {
        var text = $"""
            SELECT {ArticleDayRepository.Bucket(SqlDialect.Of(connection), interval)} AS Start, CAST(sum(articles) AS BIGINT) AS Count
            FROM party_days
            WHERE party_id = @partyId AND day >= @from AND day <= @to
            GROUP BY 1 ORDER BY 1;
            """;
        return (await connection.QueryAsync<BucketRow>(new CommandDefinition(
            text, new { partyId, from = ArticleDayRepository.Day(from), to = ArticleDayRepository.Day(to) }, cancellationToken: ct))).AsList();
    }

    /// <summary>The first and last publication day (ISO date text) of the party's dated articles, or nulls.</summary>
    public static async Task<(string? First, string? Last)> RangeAsync(IDbConnection connection, long partyId, CancellationToken ct)
    {
        var row = await connection.QuerySingleAsync<RangeRow>(new CommandDefinition(
            "SELECT min(day) AS First, max(day) AS Last FROM party_days WHERE party_id = @partyId AND day > '';",
            new { partyId }, cancellationToken: ct));
        return (row.First, row.Last);
    }

    private sealed class WindowRow : PartySummaryRow
    {
        public long Total { get; init; }
    }
}
