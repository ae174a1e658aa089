using System.Data;
using Dapper;

namespace NewsApi.Data;

public sealed class DateRow
{
    public long ArticleId { get; init; }
    public long SentenceIndex { get; init; }
    public long StartOffset { get; init; }
    public long EndOffset { get; init; }
    public string Text { get; init; } = "";
    public string Value { get; init; } = "";
    public string? EndValue { get; init; }
    public string Granularity { get; init; } = "";
    public bool Relative { get; init; }
    public string? Anchor { get; init; }
    public string? AlternativeValue { get; init; }
}

/// <summary>All SQL over <c>dates</c>.</summary>
public sealed class DateRepository
{
    private const string InsertSql = """
        INSERT INTO dates (article_id, sentence_index, start_offset, end_offset, text, value, end_value, granularity, relative, anchor, alternative_value)
        VALUES (@ArticleId, @SentenceIndex, @StartOffset, @EndOffset, @Text, @Value, @EndValue, @Granularity, @Relative, @Anchor, @AlternativeValue);
        """;

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, value AS Value, end_value AS EndValue, granularity AS Granularity, relative AS Relative,
               anchor AS Anchor, alternative_value AS AlternativeValue
        FROM dates WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IEnumerable<DateRow> rows) =>
        connection.Execute(InsertSql, rows, transaction);

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM dates WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<DateRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<DateRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();
}
