using System.Data;
using Dapper;

namespace NewsApi.Data;

public class FigureRow
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

/// <summary>A figure found across articles, with its article and the bounds of its sentence.</summary>
public sealed class FigureHitRow : FigureRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string? PublishedAt { get; init; }
    public string Body { get; init; } = "";
    public long SentenceStart { get; init; }
    public long SentenceEnd { get; init; }
}

public sealed record FigureSearch(string? Kind, string? Unit, double? Min, double? Max, string? Party, long After, int Limit);

/// <summary>All SQL over <c>figures</c>.</summary>
public sealed class FigureRepository
{
    // Rows travel as one JSON array (see JsonInsert).
    private static readonly JsonInsert InsertFigures = new("figures",
    [
        ("article_id", "ArticleId", "bigint"), ("sentence_index", "SentenceIndex", "bigint"), ("start_offset", "StartOffset", "bigint"),
        ("end_offset", "EndOffset", "bigint"), ("text", "Text", "text"), ("value", "Value", "double precision"),
        ("value_max", "ValueMax", "double precision"), ("unit", "Unit", "text"), ("qualifier", "Qualifier", "text"),
        ("kind", "Kind", "text"), ("currency", "Currency", "text"),
    ]);

    private const string ListSql = """
        SELECT article_id AS ArticleId, sentence_index AS SentenceIndex, start_offset AS StartOffset, end_offset AS EndOffset,
               text AS Text, value AS Value, value_max AS ValueMax, unit AS Unit, qualifier AS Qualifier, kind AS Kind, currency AS Currency
        FROM figures WHERE article_id = @articleId ORDER BY start_offset LIMIT @limit;
        """;

    public static void Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyCollection<FigureRow> rows, bool bulk = false)
    {
        if (PostgresCopy.Applies(connection, bulk, out var postgres))
        {
            const string copy = "COPY figures (article_id, sentence_index, start_offset, end_offset, text, value, value_max, unit, qualifier, kind, currency) FROM STDIN (FORMAT BINARY)";
            PostgresCopy.Rows(postgres, copy, rows, (w, r) =>
            {
                w.Span(r.ArticleId, r.SentenceIndex, r.StartOffset, r.EndOffset);
                w.Text(r.Text);
                w.Double(r.Value);
                w.Double(r.ValueMax);
                w.Text(r.Unit);
                w.Text(r.Qualifier);
                w.Text(r.Kind);
                w.Text(r.Currency);
            });
        }
        else if (rows.Count > 0)
        {
            connection.Execute(InsertFigures.Sql(SqlDialect.Of(connection)), new { Rows = JsonRows.Of(rows) }, transaction);
        }
    }

    public static Task DeleteForArticleAsync(IDbConnection connection, IDbTransaction transaction, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("DELETE FROM figures WHERE article_id = @articleId;", new { articleId }, transaction, cancellationToken: ct));

    public static async Task<IReadOnlyList<FigureRow>> ListAsync(IDbConnection connection, long articleId, int limit, CancellationToken ct) =>
        (await connection.QueryAsync<FigureRow>(new CommandDefinition(ListSql, new { articleId, limit }, cancellationToken: ct))).AsList();

    /// <summary>
    /// Figures across articles, in id order after <see cref="FigureSearch.After"/> (keyset paging), optionally only
    /// those in a sentence that mentions a party (id or canonical name).
    /// </summary>
    public static async Task<IReadOnlyList<FigureHitRow>> SearchAsync(IDbConnection connection, FigureSearch search, CancellationToken ct)
    {
        var sql = SqlDialect.Of(connection);
        var partyIsId = long.TryParse(search.Party, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var partyId);
        var party = search.Party is null ? "" : partyIsId
            ? "AND EXISTS (SELECT 1 FROM party_mentions pm WHERE pm.article_id = f.article_id AND pm.sentence_index = f.sentence_index AND pm.party_id = @PartyId)"
            : $"AND EXISTS (SELECT 1 FROM party_mentions pm JOIN parties p ON p.id = pm.party_id WHERE pm.article_id = f.article_id AND pm.sentence_index = f.sentence_index AND {sql.EqualsNoCase("p.name", "@Party")})";
        var text = $"""
            SELECT f.id AS Id, f.article_id AS ArticleId, a.title AS Title, a.published_at AS PublishedAt, a.body AS Body,
                   s.start_offset AS SentenceStart, s.end_offset AS SentenceEnd, f.sentence_index AS SentenceIndex,
                   f.start_offset AS StartOffset, f.end_offset AS EndOffset, f.text AS Text, f.value AS Value, f.value_max AS ValueMax,
                   f.unit AS Unit, f.qualifier AS Qualifier, f.kind AS Kind, f.currency AS Currency
            FROM figures f
            JOIN articles a ON a.id = f.article_id
            LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence_index
            WHERE f.id > @After
              AND (@Kind IS NULL OR f.kind = @Kind)
              AND (@Unit IS NULL OR {sql.EqualsNoCase("f.unit", "@Unit")})
              AND (@Min IS NULL OR f.value >= @Min)
              AND (@Max IS NULL OR f.value <= @Max)
              {party}
            ORDER BY f.id
            LIMIT @Limit;
            """;
        return (await connection.QueryAsync<FigureHitRow>(new CommandDefinition(
            text, new { search.Kind, search.Unit, search.Min, search.Max, search.Party, PartyId = partyId, search.After, search.Limit }, cancellationToken: ct))).AsList();
    }
}
