using System.Data;
using Dapper;

namespace NewsApi.Data;

public sealed class QuoteRow
{
    public long ArticleId { get; init; }
    public long SentenceIndex { get; init; }
    public long StartOffset { get; init; }
    public long EndOffset { get; init; }
    public string Text { get; init; } = "";
    public string? Speaker { get; init; }
    public long? SpeakerPartyId { get; init; }
}

/// <summary>All SQL over <c>quotes</c>.</summary>
public sealed class QuoteRepository
{
    // Rows travel as one JSON array (see JsonInsert).
    private static readonly JsonInsert InsertQuotes = new("quotes",
    [
        ("article_id", "ArticleId", "bigint"), ("sentence_index", "SentenceIndex", "bigint"), ("start_offset", "StartOffset", "bigint"),
        ("end_offset", "EndOffset", "bigint"), ("text", "Text", "text"), ("speaker", "Speaker", "text"), ("speaker_party_id", "SpeakerPartyId", "bigint"),
    ]);

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, speaker AS Speaker, speaker_party_id AS SpeakerPartyId
        FROM quotes WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<QuoteRow> rows, bool bulk = false)
    {
        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            const string copy = "COPY quotes (article_id, sentence_index, start_offset, end_offset, text, speaker, speaker_party_id) FROM STDIN (FORMAT BINARY)";
            PostgresCopy.Rows(postgres, copy, rows, (w, r) =>
            {
                w.Span(r.ArticleId, r.SentenceIndex, r.StartOffset, r.EndOffset);
                w.Text(r.Text);
                w.Text(r.Speaker);
                w.Long(r.SpeakerPartyId);
            });
        }
        else if (rows.Count > 0)
        {
            connection.Execute(InsertQuotes.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(rows) }, transaction);
        }
    }

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM quotes WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<QuoteRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<QuoteRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();
}
