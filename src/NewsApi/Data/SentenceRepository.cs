using System.Data;
using Dapper;

namespace NewsApi.Data;

public sealed class SentenceRow
{
    public long ArticleId { get; init; }
    public long Idx { get; init; }
    public long StartOffset { get; init; }
    public long EndOffset { get; init; }

    /// <summary>Not stored: filled from <c>sentence_scores</c> for the summariser asked for.</summary>
    public double Score { get; init; }
}

/// <summary>One algorithm's scores for every sentence of an article, as a JSON array indexed by sentence.</summary>
public sealed class SentenceScoreRow
{
    public long ArticleId { get; init; }
    public string Algorithm { get; init; } = "";
    public string Scores { get; init; } = "[]";
}

/// <summary>All SQL over <c>sentences</c> and <c>sentence_scores</c>.</summary>
public sealed class SentenceRepository
{
    // Rows travel as one JSON array (see JsonInsert).
    private static readonly JsonInsert InsertSentences = new("sentences",
        [("article_id", "ArticleId", "bigint"), ("idx", "Idx", "bigint"), ("start_offset", "StartOffset", "bigint"), ("end_offset", "EndOffset", "bigint")]);

    private static readonly JsonInsert InsertScores = new("sentence_scores",
        [("article_id", "ArticleId", "bigint"), ("algorithm", "Algorithm", "text"), ("scores", "Scores", "text")]);

    private const string ListSql = """
        SELECT article_id AS ArticleId, idx AS Idx, start_offset AS StartOffset, end_offset AS EndOffset
        FROM sentences WHERE article_id = @articleId ORDER BY idx;
        """;

    private const string ScoresSql = "SELECT scores FROM sentence_scores WHERE article_id = @articleId AND algorithm = @algorithm;";

    // Inserts are synchronous: Microsoft.Data.Sqlite's async methods run synchronously anyway.
    public static void Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<SentenceRow> sentences, IReadOnlyCollection<SentenceScoreRow> scores, bool bulk = false)
    {
        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            PostgresCopy.Rows(postgres, "COPY sentences (article_id, idx, start_offset, end_offset) FROM STDIN (FORMAT BINARY)", sentences, (w, r) =>
            {
                w.Long(r.ArticleId);
                w.Long(r.Idx);
                w.Long(r.StartOffset);
                w.Long(r.EndOffset);
            });
            PostgresCopy.Rows(postgres, "COPY sentence_scores (article_id, algorithm, scores) FROM STDIN (FORMAT BINARY)", scores, (w, r) =>
            {
                w.Long(r.ArticleId);
                w.Text(r.Algorithm);
                w.Text(r.Scores);
            });
            return;
        }

        if (sentences.Count > 0)
        {
            connection.Execute(InsertSentences.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(sentences) }, transaction);
        }

        if (scores.Count > 0)
        {
            connection.Execute(InsertScores.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(scores) }, transaction);
        }
    }

    public static async Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM sentence_scores WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM sentences WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));
    }

    public static async Task<IReadOnlyList<SentenceRow>> ListAsync(IDbConnection connection, long articleId, CancellationToken ct) =>
        (await connection.QueryAsync<SentenceRow>(new CommandDefinition(ListSql, new { articleId }, cancellationToken: ct))).AsList();

    /// <summary>The article's sentences with the scores of one summariser (0 for a sentence it did not score).</summary>
    public static async Task<IReadOnlyList<SentenceRow>> ListScoredAsync(IDbConnection connection, long articleId, string algorithm, CancellationToken ct)
    {
        var sentences = await ListAsync(connection, articleId, ct);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(ScoresSql, new { articleId, algorithm }, cancellationToken: ct));
        var scores = json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<double[]>(json) ?? [];
        return sentences.Select(s => new SentenceRow
        {
            ArticleId = s.ArticleId,
            Idx = s.Idx,
            StartOffset = s.StartOffset,
            EndOffset = s.EndOffset,
            Score = s.Idx < scores.Length ? scores[s.Idx] : 0,
        }).ToList();
    }
}
