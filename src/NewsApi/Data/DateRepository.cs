using System.Data;
using Dapper;

namespace NewsApi.Data;

public class DateRow
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

/// <summary>A date mentioned in an article, with its article and the bounds of its sentence.</summary>
public sealed class DateHitRow : DateRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string? PublishedAt { get; init; }
    public string Body { get; init; } = "";
    public long SentenceStart { get; init; }
    public long SentenceEnd { get; init; }
}

/// <summary>Event calendar query: dates whose value falls in [From, ToExclusive) (ISO values compare as text), keyset by (value, id).</summary>
public sealed record DateSearch(string From, string ToExclusive, string? AfterValue, long AfterId, int Limit);

/// <summary>All SQL over <c>dates</c>.</summary>
public sealed class DateRepository
{
    // Rows travel as one JSON array (see JsonInsert); SQLite reads JSON true/false as 1/0.
    private static readonly JsonInsert InsertDates = new("dates",
    [
        ("article_id", "ArticleId", "bigint"), ("sentence_index", "SentenceIndex", "bigint"), ("start_offset", "StartOffset", "bigint"),
        ("end_offset", "EndOffset", "bigint"), ("text", "Text", "text"), ("value", "Value", "text"), ("end_value", "EndValue", "text"),
        ("granularity", "Granularity", "text"), ("relative", "Relative", "boolean"), ("anchor", "Anchor", "text"),
        ("alternative_value", "AlternativeValue", "text"),
    ]);

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, value AS Value, end_value AS EndValue, granularity AS Granularity, relative AS Relative,
               anchor AS Anchor, alternative_value AS AlternativeValue
        FROM dates WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<DateRow> rows, bool bulk = false)
    {
        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            const string copy = "COPY dates (article_id, sentence_index, start_offset, end_offset, text, value, end_value, granularity, relative, anchor, alternative_value) FROM STDIN (FORMAT BINARY)";
            PostgresCopy.Rows(postgres, copy, rows, (w, r) =>
            {
                w.Span(r.ArticleId, r.SentenceIndex, r.StartOffset, r.EndOffset);
                w.Text(r.Text);
                w.Text(r.Value);
                w.Text(r.EndValue);
                w.Text(r.Granularity);
                w.Write(r.Relative, NpgsqlTypes.NpgsqlDbType.Boolean);
                w.Text(r.Anchor);
                w.Text(r.AlternativeValue);
            });
        }
        else if (rows.Count > 0)
        {
            connection.Execute(InsertDates.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(rows) }, transaction);
        }
    }

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM dates WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<DateRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<DateRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();

    /// <summary>
    /// Day-or-finer dates whose value lies between From and To (inclusive), in calendar order, after the keyset
    /// position (AfterValue, AfterId). Vague references (PRESENT_REF) and durations are not calendar dates.
    /// </summary>
    public static async Task<IReadOnlyList<DateHitRow>> CalendarAsync(IDbConnection connection, DateSearch search, CancellationToken ct)
    {
        const string sql = """
            SELECT d.id AS Id, d.article_id AS ArticleId, a.title AS Title, a.published_at AS PublishedAt, a.body AS Body,
                   s.start_offset AS SentenceStart, s.end_offset AS SentenceEnd, d.sentence_index AS SentenceIndex,
                   d.start_offset AS StartOffset, d.end_offset AS EndOffset, d.text AS Text, d.value AS Value,
                   d.granularity AS Granularity, d.relative AS Relative, d.anchor AS Anchor,
                   d.alternative_value AS AlternativeValue, d.end_value AS EndValue
            FROM dates d
            JOIN articles a ON a.id = d.article_id
            LEFT JOIN sentences s ON s.article_id = d.article_id AND s.idx = d.sentence_index
            WHERE d.granularity IN ('day', 'time')
              AND d.value >= @From AND d.value < @ToExclusive
              AND (@AfterValue IS NULL OR d.value > @AfterValue OR (d.value = @AfterValue AND d.id > @AfterId))
            ORDER BY d.value, d.id
            LIMIT @Limit;
            """;
        return (await connection.QueryAsync<DateHitRow>(new CommandDefinition(sql, search, cancellationToken: ct))).AsList();
    }
}
