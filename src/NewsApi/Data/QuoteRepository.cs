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
    // Rows travel as one JSON array (see JsonRows).
    private const string InsertSql = """
        INSERT INTO quotes (article_id, sentence_index, start_offset, end_offset, text, speaker, speaker_party_id)
        SELECT j.value ->> 'ArticleId', j.value ->> 'SentenceIndex', j.value ->> 'StartOffset', j.value ->> 'EndOffset',
               j.value ->> 'Text', j.value ->> 'Speaker', j.value ->> 'SpeakerPartyId'
        FROM jsonb_each(@Rows) j;
        """;

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, speaker AS Speaker, speaker_party_id AS SpeakerPartyId
        FROM quotes WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<QuoteRow> rows)
    {
        if (rows.Count > 0)
        {
            connection.Execute(InsertSql, new { Rows = JsonRows.Of(rows) }, transaction);
        }
    }

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM quotes WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<QuoteRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<QuoteRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();
}
