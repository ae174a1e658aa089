using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsApi.Analysis;
using NewsApi.Data;

namespace NewsApi.Ingestion;

/// <summary>
/// The single write path for articles (POST, PUT, batch and seeding): analyse once, then store the article with
/// all of its sentences, scores and facts in one transaction, or nothing.
/// </summary>
public sealed class ArticleIngestor(SqliteConnectionFactory connections, ArticleAnalyzer analyzer, TimeProvider clock, StoreVersion version, NewsApi.Infrastructure.NewsApiMetrics metrics)
{
    public async Task<IngestOutcome> CreateAsync(ArticleDraft draft, CancellationToken ct)
    {
        var hash = draft.ContentHash();
        await using var connection = await connections.OpenAsync(ct);

        // Cheap pre-check outside the write lock so duplicates are not analysed for nothing.
        if (await ArticleRepository.FindDuplicateAsync(connection, null, draft.Url, hash, 0, ct) is { } existing)
        {
            return new IngestOutcome(IngestStatus.Duplicate, existing);
        }

        var analysis = Analyze(draft);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        if (await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, 0, ct) is { } raced)
        {
            return new IngestOutcome(IngestStatus.Duplicate, raced);
        }

        var now = Now();
        var id = ArticleRepository.InsertMany(connection, transaction, [ToRow(0, draft, hash, analysis, now, now)])[hash];
        InsertChildren(connection, transaction, id, analysis, now);
        await transaction.CommitAsync(ct);
        version.Bump();
        metrics.ArticlesStored(1, "create");
        return new IngestOutcome(IngestStatus.Created, id);
    }

    /// <summary>True when an article with the draft's URL or content is stored (a read: no lock, no analysis).</summary>
    public async Task<long?> FindExistingAsync(ArticleDraft draft, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ArticleRepository.FindDuplicateAsync(connection, null, draft.Url, draft.ContentHash(), 0, ct);
    }

    /// <summary>
    /// Analyses drafts in parallel (CPU only), ready for <see cref="StoreManyAsync"/>. One core is left to the writer,
    /// which stores the previous batch meanwhile and is the slower of the two.
    /// </summary>
    public IReadOnlyList<PreparedArticle> Prepare(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var prepared = new PreparedArticle[drafts.Count];
        Parallel.For(0, drafts.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) }, i =>
            prepared[i] = new PreparedArticle(drafts[i], drafts[i].ContentHash(), Analyze(drafts[i])));
        return prepared;
    }

    /// <summary>
    /// Stores analysed articles in one transaction (bulk import): the articles with one statement, then each table of
    /// their sentences and facts with one statement. One that duplicates a stored article, or an earlier one of the
    /// same batch, is skipped; the batch commits whole or not at all.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreManyAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct)
    {
        var outcomes = new IngestOutcome[articles.Count];
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        var now = Now();

        // Skip what is stored already, and what repeats an earlier article of the batch (same URL or content).
        var firstByUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstByHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int Slot, int First)>();
        var fresh = new List<int>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var (draft, hash, _) = articles[i];
            if (await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, 0, ct) is { } existing)
            {
                outcomes[i] = new IngestOutcome(IngestStatus.Duplicate, existing);
            }
            else if (firstByHash.TryGetValue(hash, out var first) || (draft.Url is not null && firstByUrl.TryGetValue(draft.Url, out first)))
            {
                repeats.Add((i, first));
            }
            else
            {
                firstByHash[hash] = i;
                if (draft.Url is not null)
                {
                    firstByUrl[draft.Url] = i;
                }

                fresh.Add(i);
            }
        }

        var ids = ArticleRepository.InsertMany(
            connection, transaction, fresh.Select(i => ToRow(0, articles[i].Draft, articles[i].Hash, articles[i].Analysis, now, now)).ToList());
        var rows = new ArticleRows();
        foreach (var i in fresh)
        {
            var id = ids[articles[i].Hash];
            rows.Add(id, articles[i].Analysis);
            outcomes[i] = new IngestOutcome(IngestStatus.Created, id);
        }

        foreach (var (slot, first) in repeats)
        {
            outcomes[slot] = new IngestOutcome(IngestStatus.Duplicate, outcomes[first].Id);
        }

        rows.Write(connection, transaction, now);
        await transaction.CommitAsync(ct);
        version.Bump();
        metrics.ArticlesStored(outcomes.Count(o => o.Status == IngestStatus.Created), "import");
        return outcomes;
    }

    public async Task<IngestOutcome> ReplaceAsync(long id, ArticleDraft draft, CancellationToken ct)
    {
        var hash = draft.ContentHash();
        var analysis = Analyze(draft);
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        var current = await ArticleRepository.GetCreatedAtAsync(connection, transaction, id, ct);
        if (current is null)
        {
            return IngestOutcome.NotFound(id);
        }

        if (await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, id, ct) is { } other)
        {
            return new IngestOutcome(IngestStatus.Duplicate, other);
        }

        var now = Now();
        await DeleteChildrenAsync(connection, transaction, id, ct);
        await ArticleRepository.UpdateAsync(connection, transaction, ToRow(id, draft, hash, analysis, current, now), ct);
        InsertChildren(connection, transaction, id, analysis, now);
        await transaction.CommitAsync(ct);
        version.Bump();
        metrics.ArticlesStored(1, "replace");
        return new IngestOutcome(IngestStatus.Updated, id);
    }

    /// <summary>
    /// Re-runs the current analysis on a stored article and replaces its sentences and facts, keeping its metadata
    /// and timestamps. Returns false when the article is gone or already analysed by this version.
    /// </summary>
    public async Task<bool> ReanalyzeAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await ArticleRepository.GetAsync(connection, id, ct);
        if (row is null || row.AnalyzerVersion == ArticleAnalyzer.Version)
        {
            return false;
        }

        var draft = new ArticleDraft(row.Title, row.Body, row.Url, row.Source, row.Author, Iso.Parse(row.PublishedAt), row.Language);
        var analysis = Analyze(draft);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        if (await ArticleRepository.GetUpdatedAtAsync(connection, transaction, id, ct) != row.UpdatedAt)
        {
            return false; // Deleted or replaced meanwhile: the replacement was analysed by the current version.
        }

        await DeleteChildrenAsync(connection, transaction, id, ct);
        await ArticleRepository.UpdateAsync(connection, transaction, ToRow(id, draft, row.ContentHash, analysis, row.CreatedAt, row.UpdatedAt), ct);
        InsertChildren(connection, transaction, id, analysis, row.CreatedAt);
        await transaction.CommitAsync(ct);
        version.Bump();
        return true;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        await DeleteChildrenAsync(connection, transaction, id, ct);
        var deleted = await ArticleRepository.DeleteAsync(connection, transaction, id, ct);
        await transaction.CommitAsync(ct);
        version.Bump();
        return deleted > 0;
    }

    /// <summary>True when the exception is a unique-constraint race with a concurrent writer of the same article.</summary>
    public static bool IsDuplicateRace(Exception ex) => ex is SqliteException sqlite && SqliteErrors.IsUniqueViolation(sqlite);

    private ArticleAnalysis Analyze(ArticleDraft draft) =>
        analyzer.Analyze(new ArticleInput(draft.Title, draft.Body, draft.PublishedAt is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null));

    private string Now() => Iso.Format(clock.GetUtcNow());

    private static ArticleRow ToRow(long id, ArticleDraft draft, string hash, ArticleAnalysis analysis, string createdAt, string updatedAt) => new()
    {
        Id = id,
        Title = draft.Title,
        Body = draft.Body,
        Url = draft.Url,
        Source = draft.Source,
        Author = draft.Author,
        PublishedAt = draft.PublishedAt is { } p ? Iso.Format(p) : null,
        Language = draft.Language,
        Dateline = analysis.Dateline,
        WordCount = analysis.WordCount,
        SentenceCount = analysis.Document.Sentences.Count,
        ContentHash = hash,
        AnalyzerVersion = analysis.AnalyzerVersion,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };

    private static async Task DeleteChildrenAsync(IDbConnection connection, IDbTransaction transaction, long id, CancellationToken ct)
    {
        // Quotes first: they reference parties, and parties no longer mentioned anywhere are removed.
        await QuoteRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await PartyRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await FigureRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await DateRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await SentenceRepository.DeleteForArticleAsync(connection, transaction, id, ct);
    }

    private static void InsertChildren(IDbConnection connection, IDbTransaction transaction, long id, ArticleAnalysis analysis, string now)
    {
        var rows = new ArticleRows();
        rows.Add(id, analysis);
        rows.Write(connection, transaction, now);
    }
}

/// <summary>A draft with its content hash and analysis, ready to store.</summary>
public sealed record PreparedArticle(ArticleDraft Draft, string Hash, ArticleAnalysis Analysis);

/// <summary>Timestamps are stored as ISO 8601 UTC text with a fixed width, so they sort and compare as strings.</summary>
public static class Iso
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
