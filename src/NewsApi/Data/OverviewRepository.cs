using System.Data;
using Dapper;

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
/// The dashboard overview's reads in one command: the totals, the top parties, the top sources and the latest
/// articles. Each statement is the one its table's repository writes; one command instead of five spares the
/// per-command cost (connection round trip, preparation, parameter binding) that dominated this small a read.
/// </summary>
public static class OverviewRepository
{
    public static async Task<(OverviewTotalsRow Totals, IReadOnlyList<PartySummaryRow> TopParties, IReadOnlyList<CountRow> TopSources, IReadOnlyList<ArticleRow> Latest)> ReadAsync(
        IDbConnection connection, int topCount, int latestCount, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var text = $"""
            SELECT ({ArticleDayRepository.TotalSql}) AS Articles,
                   (SELECT count(*) FROM parties p WHERE p.article_count > 0) AS Parties,
                   ({ArticleRepository.FirstPublishedSql}) AS First,
                   ({ArticleRepository.LastPublishedSql}) AS Last;
            {PartyRepository.SearchPageSql(sql, PartySort.Mentions)}
            {ArticleDayRepository.TopSourcesSql(sql)}
            {ArticleRepository.LatestSql(sql)}
            """;
        using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            text, new { Like = (string?)null, Type = (string?)null, Limit = topCount, Offset = 0, Latest = latestCount }, cancellationToken: ct));
        var totals = await grid.ReadSingleAsync<OverviewTotalsRow>();
        var parties = (await grid.ReadAsync<PartySummaryRow>()).AsList();
        var sources = (await grid.ReadAsync<CountRow>()).AsList();
        var latest = (await grid.ReadAsync<ArticleRow>()).AsList();
        return (totals, parties, sources, latest);
    }
}
