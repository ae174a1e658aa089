using System.Data;
using Dapper;

namespace NewsApi.Data;

public sealed class FigureRow
{
    public long ArticleId { get; init; }
    public long SentenceIndex { get; init; }
    public long StartOffset { get; init; }
    public long EndOffset { get; init; }
    public string Text { get; init; } = "";
    public double? Value { get; init; }
    public double? ValueMax { get; init; }
    public string? Unit { get; init; }
    public string? Qualifier { get; init; }
    public string Kind { get; init; } = "";
    public string? Currency { get; init; }
}

/// <summary>All SQL over <c>figures</c>.</summary>
public sealed class FigureRepository
{
    private const string InsertSql = """
        INSERT INTO figures (article_id, sentence_index, start_offset, end_offset, text, value, value_max, unit, qualifier, kind, currency)
        VALUES (@ArticleId, @SentenceIndex, @StartOffset, @EndOffset, @Text, @Value, @ValueMax, @Unit, @Qualifier, @Kind, @Currency);
        """;

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, value AS Value, value_max AS ValueMax, unit AS Unit, qualifier AS Qualifier, kind AS Kind, currency AS Currency
        FROM figures WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IEnumerable<FigureRow> rows) =>
        connection.Execute(InsertSql, rows, transaction);

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM figures WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<FigureRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<FigureRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();
}
