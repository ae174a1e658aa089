using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>The overview's totals (counted articles and parties, first and last publication time).</summary>
public sealed class OverviewTotalsRow
{
    public long Articles { get; init; }
    public long Parties { get; init; }
    public string? First { get; init; }
    public string? Last { get; init; }
}

/// <summary>
/// The dashboard overview's reads: the totals, the top parties, the top sources and the latest articles. Each statement
/// is the one its table's repository writes. On SQLite the four statements stay prepared with the pooled connection
/// (<see cref="SqlitePrepared"/>): preparing them anew was most of the SQLite time of this read. On PostgreSQL they go
/// in one command, which spares three round trips.
/// </summary>
public static class OverviewRepository
{
    private const string TotalsSql = $"""
        SELECT ({ArticleDayRepository.TotalSql}) AS Articles,
               (SELECT count(*) FROM parties p WHERE p.article_count > 0) AS Parties,
               ({ArticleRepository.FirstPublishedSql}) AS First,
               ({ArticleRepository.LastPublishedSql}) AS Last;
        """;

    public static async Task<(OverviewTotalsRow Totals, IReadOnlyList<PartySummaryRow> TopParties, IReadOnlyList<CountRow> TopSources, IReadOnlyList<ArticleRow> Latest)> ReadAsync(
        IDbConnection connection, int topCount, int latestCount, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        if (connection is SqliteConnection sqlite)
        {
            var arguments = new Dictionary<string, object?>
            {
                ["Limit"] = topCount, ["Offset"] = 0, ["Latest"] = latestCount,
            };
            var totals = SqlitePrepared.ReadRows(sqlite, TotalsSql, arguments, static r => new OverviewTotalsRow
            {
                Articles = r.Int64(0), Parties = r.Int64(1), First = r.Text(2), Last = r.Text(3),
            })[0];
            return (totals,
                SqlitePrepared.ReadRows(sqlite, PartyRepository.SearchPageSql(sql, PartySort.Mentions), arguments, PartyRepository.SearchPageRow),
                SqlitePrepared.ReadRows(sqlite, ArticleDayRepository.TopSourcesSql(sql), arguments, CountRow.From),
                SqlitePrepared.ReadRows(sqlite, ArticleRepository.LatestSql(sql), arguments, ArticleRepository.ListRow));
        }

        var text = $"""
            {TotalsSql}
            {PartyRepository.SearchPageSql(sql, PartySort.Mentions)}
            {ArticleDayRepository.TopSourcesSql(sql)}
            {ArticleRepository.LatestSql(sql)}
            """;
        using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            text, new { Limit = topCount, Offset = 0, Latest = latestCount }, cancellationToken: ct));
        return (await grid.ReadSingleAsync<OverviewTotalsRow>(),
            (await grid.ReadAsync<PartySummaryRow>()).AsList(),
            (await grid.ReadAsync<CountRow>()).AsList(),
            (await grid.ReadAsync<ArticleRow>()).AsList());
    }
}
