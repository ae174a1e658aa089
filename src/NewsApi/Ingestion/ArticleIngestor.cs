using System.Data;
using System.Globalization;
using System.Data.Common;
using NewsApi.Analysis;
using NewsApi.Data;
using NewsApi.Mapping;

namespace NewsApi.Ingestion;

/// <summary>
/// The single write path for articles (POST, PUT, batch and seeding): analyse once, then store the article with
/// all of its sentences, scores and facts in one transaction, or nothing. Unique indexes decide duplicates: a writer
/// that loses a race to store the same article gets a duplicate outcome, never an error. Every write locks in the
/// same order (the article and its day counts, then its parties, then their rollups), and PostgreSQL's rare deadlock
/// victims are run again.
/// </summary>
public sealed class ArticleIngestor(
    NewsStore store, ArticleAnalyzer analyzer, ArticleViews views, TimeProvider clock, StoreVersion version, NewsApi.Infrastructure.NewsApiMetrics metrics)
{
    private const int Attempts = 4;

    public async Task<IngestOutcome> CreateAsync(ArticleDraft draft, CancellationToken ct)
    {
        var hash = draft.ContentHash();

        // Cheap pre-check outside the write lock so duplicates are not analysed for nothing.
        if (await FindExistingAsync(draft, ct) is { } existing)
        {
            return new IngestOutcome(IngestStatus.Duplicate, existing);
        }

        var analysis = Analyze(draft);
        return await WriteAsync(async (connection, transaction) =>
        {
            var now = Now();
            var ids = ArticleRepository.InsertMany(connection, transaction, [ToRow(0, draft, hash, analysis, now, now)]);
            if (!ids.TryGetValue(hash, out var id))
            {
                // Another writer stored it between the pre-check and this insert.
                return new IngestOutcome(IngestStatus.Duplicate, await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, 0, ct) ?? 0);
            }

            var view = InsertChildren(connection, transaction, ToRow(id, draft, hash, analysis, now, now), analysis, now);
            return new IngestOutcome(IngestStatus.Created, id, view.Article);
        }, "create", ct);
    }

    /// <summary>True when an article with the draft's URL or content is stored (a read: no lock, no analysis).</summary>
    public async Task<long?> FindExistingAsync(ArticleDraft draft, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return await ArticleRepository.FindDuplicateAsync(connection, null, draft.Url, draft.ContentHash(), 0, ct);
    }

    /// <summary>
    /// Which of the drafts have an article stored with their URL or content, in one query (a bulk import asks once per
    /// batch: on PostgreSQL one question per article was a round trip each, serial with the reading of the input).
    /// </summary>
    public async Task<bool[]> FindStoredAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var stored = new bool[drafts.Count];
        if (drafts.Count == 0)
        {
            return stored;
        }

        var hashes = drafts.Select(d => d.ContentHash()).ToList();
        IReadOnlyList<(long Id, string? Url, string ContentHash)> found;
        await using (var connection = await store.OpenAsync(ct))
        {
            found = await ArticleRepository.FindStoredAsync(connection, null, drafts.Select(d => d.Url).OfType<string>().ToList(), hashes, ct);
        }

        var storedHashes = found.Select(f => f.ContentHash).ToHashSet(StringComparer.Ordinal);
        var storedUrls = found.Select(f => f.Url).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            stored[i] = storedHashes.Contains(hashes[i]) || (drafts[i].Url is { } url && storedUrls.Contains(url));
        }

        return stored;
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
    /// their sentences and facts with one statement. One that duplicates a stored article, an earlier one of the
    /// same batch, or one a concurrent importer stores first, is skipped; the batch commits whole or not at all.
    /// </summary>
    public Task<IReadOnlyList<IngestOutcome>> StoreManyAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct) =>
        WriteAsync(async (connection, transaction) =>
        {
            var outcomes = new IngestOutcome[articles.Count];
            var now = Now();
            var (fresh, repeats) = await SkipDuplicatesAsync(connection, transaction, articles, outcomes, ct);
            var ids = ArticleRepository.InsertMany(
                connection, transaction, fresh.Select(i => ToRow(0, articles[i].Draft, articles[i].Hash, articles[i].Analysis, now, now)).ToList());
            var rows = new ArticleRows(views);
            foreach (var i in fresh)
            {
                if (ids.TryGetValue(articles[i].Hash, out var id))
                {
                    rows.Add(ToRow(id, articles[i].Draft, articles[i].Hash, articles[i].Analysis, now, now), articles[i].Analysis);
                    outcomes[i] = new IngestOutcome(IngestStatus.Created, id);
                }
                else
                {
                    var (draft, hash, _) = articles[i];
                    outcomes[i] = new IngestOutcome(IngestStatus.Duplicate, await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, 0, ct) ?? 0);
                }
            }

            foreach (var (slot, first) in repeats)
            {
                outcomes[slot] = new IngestOutcome(IngestStatus.Duplicate, outcomes[first].Id);
            }

            rows.Write(connection, transaction, now, bulk: true);
            return (IReadOnlyList<IngestOutcome>)outcomes;
        }, "import", ct, stored: o => o.Count(x => x.Status == IngestStatus.Created));

    public async Task<IngestOutcome> ReplaceAsync(long id, ArticleDraft draft, CancellationToken ct)
    {
        var hash = draft.ContentHash();
        var analysis = Analyze(draft);
        return await WriteAsync(async (connection, transaction) =>
        {
            var current = await ArticleRepository.LockAsync(connection, transaction, id, ct);
            if (current is null)
            {
                return IngestOutcome.NotFound(id);
            }

            if (await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, id, ct) is { } other)
            {
                return new IngestOutcome(IngestStatus.Duplicate, other);
            }

            var now = Now();
            var row = ToRow(id, draft, hash, analysis, current.CreatedAt, now);
            await ArticleRepository.UpdateAsync(connection, transaction, row, ct);
            var view = await ReplaceChildrenAsync(connection, transaction, row, analysis, now, ct);
            return new IngestOutcome(IngestStatus.Updated, id, view.Article);
        }, "replace", ct, stored: o => o.Status == IngestStatus.Updated ? 1 : 0, changed: o => o.Status == IngestStatus.Updated ? [id] : [], onDuplicate: async () =>
        {
            // The new URL or content was stored by another writer after the check above: its unique index refused ours.
            await using var connection = await store.OpenAsync(ct);
            return new IngestOutcome(IngestStatus.Duplicate, await ArticleRepository.FindDuplicateAsync(connection, null, draft.Url, hash, id, ct) ?? 0);
        });
    }

    /// <summary>
    /// Re-runs the current analysis on a stored article and replaces its sentences, facts and views, keeping its
    /// metadata and timestamps. Returns false when the article is gone, already analysed by this version (with views of
    /// this renderer's version), or changed meanwhile.
    /// </summary>
    /// <param name="claimOwner">The re-analysis claim held on the article: dropped with the write, and the write skipped
    /// when the claim was lost (expired and taken over by another instance).</param>
    public async Task<bool> ReanalyzeAsync(long id, CancellationToken ct, string? claimOwner = null)
    {
        ArticleRow? row;
        var viewCurrent = false;
        await using (var connection = await store.OpenAsync(ct))
        {
            row = await ArticleRepository.GetAsync(connection, id, ct);
            viewCurrent = row is not null && await ArticleViewRepository.ExistsAsync(connection, id, ArticleViews.Version, ct);
        }

        // Current when analysed by this analyser and its views rendered by this renderer.
        if (row is null || (row.AnalyzerVersion == ArticleAnalyzer.Version && viewCurrent))
        {
            if (row is not null && claimOwner is not null)
            {
                await ReleaseAsync(id, claimOwner, ct);
            }

            return false;
        }

        var draft = new ArticleDraft(row.Title, row.Body, row.Url, row.Source, row.Author, Iso.Parse(row.PublishedAt), row.Language);
        var analysis = Analyze(draft);
        return await WriteAsync(async (connection, transaction) =>
        {
            var current = await ArticleRepository.LockAsync(connection, transaction, id, ct);
            if (claimOwner is not null)
            {
                if (!await ReanalysisClaimRepository.HoldsAsync(connection, transaction, id, claimOwner, ct))
                {
                    return false; // The lease expired and another instance took the article over.
                }

                await ReanalysisClaimRepository.ReleaseAsync(connection, transaction, id, claimOwner, ct);
            }

            if (current is null || current.UpdatedAt != row.UpdatedAt || current.AnalyzerVersion != row.AnalyzerVersion)
            {
                return false; // Deleted, replaced or re-analysed meanwhile: the newer write used the current analyser.
            }

            var updated = ToRow(id, draft, row.ContentHash, analysis, row.CreatedAt, row.UpdatedAt);
            await ArticleRepository.UpdateAsync(connection, transaction, updated, ct);
            await ReplaceChildrenAsync(connection, transaction, updated, analysis, row.CreatedAt, ct);
            return true;
        }, "reanalyze", ct, stored: r => r ? 1 : 0, changed: r => r ? [id] : []);
    }

    private async Task ReleaseAsync(long id, string owner, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await ReanalysisClaimRepository.ReleaseAsync(connection, null, id, owner, ct);
    }

    /// <summary>Deletes an article: its row first (its children go with it), then the parties no article mentions any more.</summary>
    public Task<bool> DeleteAsync(long id, CancellationToken ct) =>
        WriteAsync(async (connection, transaction) =>
        {
            if (await ArticleRepository.LockAsync(connection, transaction, id, ct) is null)
            {
                return false;
            }

            var parties = await PartyRepository.PartyIdsOfArticleAsync(connection, transaction, id, ct);
            await ArticleRepository.DeleteAsync(connection, transaction, id, ct);
            await PartyRepository.DeleteOrphansAsync(connection, transaction, parties, ct);
            return true;
        }, "delete", ct, stored: _ => 0, changed: deleted => deleted ? [id] : []);

    /// <summary>
    /// Runs one write transaction and commits it (moving the store's change counter), then tells this process's
    /// cache. A deadlock victim or serialisation failure (PostgreSQL) is rolled back and run again from the start.
    /// </summary>
    /// <param name="onDuplicate">The answer when a unique index refuses the write (PostgreSQL then aborts the transaction).</param>
    /// <param name="changed">The stored articles the write changed (replaced, re-analysed, deleted): their cached answers go.</param>
    private async Task<T> WriteAsync<T>(
        Func<DbConnection, DbTransaction, Task<T>> write,
        string operation,
        CancellationToken ct,
        Func<T, int>? stored = null,
        Func<Task<T>>? onDuplicate = null,
        Func<T, IEnumerable<long>>? changed = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await store.OpenAsync(ct);
                await using var transaction = await store.BeginWriteAsync(connection, ct);
                var result = await write(connection, transaction);
                var counter = await store.CommitAsync(transaction, ct);
                version.Committed(counter, changed?.Invoke(result) ?? []);
                var count = stored?.Invoke(result) ?? (result is IngestOutcome { Status: IngestStatus.Created } ? 1 : 0);
                if (count > 0)
                {
                    metrics.ArticlesStored(count, operation);
                }

                return result;
            }
            catch (Exception ex) when (onDuplicate is not null && StoreErrors.IsUniqueViolation(ex))
            {
                return await onDuplicate();
            }
            catch (Exception ex) when (attempt < Attempts && StoreErrors.IsRetryable(ex))
            {
                metrics.WriteRetried(operation);
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt * Random.Shared.Next(1, 5)), ct);
            }
        }
    }

    /// <summary>Marks what is stored already and what repeats an earlier article of the batch (same URL or content).</summary>
    private static async Task<(List<int> Fresh, List<(int Slot, int First)> Repeats)> SkipDuplicatesAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<PreparedArticle> articles, IngestOutcome[] outcomes, CancellationToken ct)
    {
        var firstByUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstByHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new List<(int Slot, int First)>();
        var fresh = new List<int>(articles.Count);
        var stored = await ArticleRepository.FindStoredAsync(
            connection, transaction, articles.Select(a => a.Draft.Url).OfType<string>().ToList(), articles.Select(a => a.Hash).ToList(), ct);
        var storedByHash = stored.GroupBy(s => s.ContentHash, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(s => s.Id), StringComparer.Ordinal);
        var storedByUrl = stored.Where(s => s.Url is not null).GroupBy(s => s.Url!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(s => s.Id), StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var (draft, hash, _) = articles[i];
            if (Existing(storedByHash, storedByUrl, hash, draft.Url) is { } existing)
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

        return (fresh, repeats);
    }

    /// <summary>The lowest id stored with the hash or the URL, as FindDuplicateAsync answers for one article.</summary>
    private static long? Existing(Dictionary<string, long> byHash, Dictionary<string, long> byUrl, string hash, string? url)
    {
        long? byContent = byHash.TryGetValue(hash, out var h) ? h : null;
        long? byAddress = url is not null && byUrl.TryGetValue(url, out var u) ? u : null;
        return byContent is null ? byAddress : byAddress is null ? byContent : Math.Min(byContent.Value, byAddress.Value);
    }

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

    /// <summary>Deletes the article's sentences and facts; returns the parties it linked to (see <see cref="ReplaceChildrenAsync"/>).</summary>
    private static async Task<IReadOnlyList<long>> DeleteChildrenAsync(IDbConnection connection, IDbTransaction transaction, long id, CancellationToken ct)
    {
        // Quotes first: they reference parties.
        await QuoteRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        var parties = await PartyRepository.PartyIdsOfArticleAsync(connection, transaction, id, ct);
        await PartyRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await FigureRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await DateRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        await SentenceRepository.DeleteForArticleAsync(connection, transaction, id, ct);
        return parties;
    }

    /// <summary>
    /// Replaces the article's sentences, facts and views. The parties no article mentions any more are removed after
    /// the new facts are in, so a party the new analysis finds again keeps its id (links to /api/parties/{id} hold).
    /// </summary>
    private async Task<ArticleViewRow> ReplaceChildrenAsync(IDbConnection connection, IDbTransaction transaction, ArticleRow row, ArticleAnalysis analysis, string now, CancellationToken ct)
    {
        var parties = await DeleteChildrenAsync(connection, transaction, row.Id, ct);
        var view = InsertChildren(connection, transaction, row, analysis, now);
        await PartyRepository.DeleteOrphansAsync(connection, transaction, parties, ct);
        return view;
    }

    private ArticleViewRow InsertChildren(IDbConnection connection, IDbTransaction transaction, ArticleRow row, ArticleAnalysis analysis, string now)
    {
        var rows = new ArticleRows(views);
        rows.Add(row, analysis);
        return rows.Write(connection, transaction, now)[0];
    }
}

/// <summary>A draft with its content hash and analysis, ready to store.</summary>
public sealed record PreparedArticle(ArticleDraft Draft, string Hash, ArticleAnalysis Analysis);

/// <summary>Timestamps are stored as ISO 8601 UTC text with a fixed width, so they sort and compare as strings.</summary>
public static class Iso
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        value is null ? null
        : TryParseStored(value, out var stored) ? stored
        : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>
    /// The form <see cref="Format"/> writes ("yyyy-MM-ddTHH:mm:ssZ"), read digit by digit: every stored time is in it,
    /// and a read of a party's page or a list parses a hundred of them (the general parser tokenises each). Any other
    /// text, or an impossible date, is left to the general parser.
    /// </summary>
    private static bool TryParseStored(string value, out DateTimeOffset result)
    {
        result = default;
        if (value.Length != 20 || value[4] != '-' || value[7] != '-' || value[10] != 'T' || value[13] != ':' || value[16] != ':' || value[19] != 'Z')
        {
            return false;
        }

        var year = Digits(value, 0, 4);
        var month = Digits(value, 5, 2);
        var day = Digits(value, 8, 2);
        var hour = Digits(value, 11, 2);
        var minute = Digits(value, 14, 2);
        var second = Digits(value, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || year < 1 || month is < 1 or > 12 || day < 1
            || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        result = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string value, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = value[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            number = (number * 10) + digit;
        }

        return number;
    }
}
