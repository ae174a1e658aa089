using System.Data;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Data;
using NewsApi.Mapping;

namespace NewsApi.Ingestion;

/// <summary>
/// The single write path for articles (POST, PUT, batch and seeding): analyse once, then store the article with
/// all of its sentences, scores and facts in one transaction, or nothing.
/// </summary>
public sealed class ArticleIngestor(SqliteConnectionFactory connections, ArticleAnalyzer analyzer, TimeProvider clock, StoreVersion version)
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
        var id = await ArticleRepository.InsertAsync(connection, transaction, ToRow(0, draft, hash, analysis, now, now), ct);
        InsertChildren(connection, transaction, id, analysis, now);
        await transaction.CommitAsync(ct);
        version.Bump();
        return new IngestOutcome(IngestStatus.Created, id);
    }

    /// <summary>True when an article with the draft's URL or content is stored (a read: no lock, no analysis).</summary>
    public async Task<long?> FindExistingAsync(ArticleDraft draft, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ArticleRepository.FindDuplicateAsync(connection, null, draft.Url, draft.ContentHash(), 0, ct);
    }

    /// <summary>Analyses drafts in parallel (CPU only), ready for <see cref="StoreManyAsync"/>.</summary>
    public IReadOnlyList<PreparedArticle> Prepare(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var prepared = new PreparedArticle[drafts.Count];
        Parallel.For(0, drafts.Count, new ParallelOptions { CancellationToken = ct }, i =>
            prepared[i] = new PreparedArticle(drafts[i], drafts[i].ContentHash(), Analyze(drafts[i])));
        return prepared;
    }

    /// <summary>
    /// Stores analysed articles in one transaction (bulk import). Each one is still all-or-nothing; one that
    /// duplicates a stored article, or an earlier one of the same batch, is skipped.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreManyAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>(articles.Count);
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        var now = Now();
        foreach (var (draft, hash, analysis) in articles)
        {
            if (await ArticleRepository.FindDuplicateAsync(connection, transaction, draft.Url, hash, 0, ct) is { } existing)
            {
                outcomes.Add(new IngestOutcome(IngestStatus.Duplicate, existing));
                continue;
            }

            var id = await ArticleRepository.InsertAsync(connection, transaction, ToRow(0, draft, hash, analysis, now, now), ct);
            InsertChildren(connection, transaction, id, analysis, now);
            outcomes.Add(new IngestOutcome(IngestStatus.Created, id));
        }

        await transaction.CommitAsync(ct);
        version.Bump();
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

    private void InsertChildren(IDbConnection connection, IDbTransaction transaction, long id, ArticleAnalysis analysis, string now)
    {
        var sentences = analysis.Document.Sentences;
        var scoreRows = new List<SentenceScoreRow>(analysis.SentenceScores.Count);
        var defaultKey = analyzer.Rankers.Default.Key;
        double[] defaultScores = [];
        int[] defaultRanks = [];
        foreach (var (algorithm, scores) in analysis.SentenceScores)
        {
            if (algorithm == defaultKey)
            {
                defaultScores = scores;
                defaultRanks = Ranks(scores);
            }

            // A ranker's NaN would not survive JSON; it means "no signal", which is a score of 0.
            var finite = Array.ConvertAll(scores, v => double.IsFinite(v) ? Math.Round(v, 9) : 0);
            scoreRows.Add(new SentenceScoreRow { ArticleId = id, Algorithm = algorithm, Scores = JsonSerializer.Serialize(finite) });
        }

        var sentenceRows = sentences.Select(s => new SentenceRow
        {
            ArticleId = id,
            Idx = s.Index,
            StartOffset = s.Start,
            EndOffset = s.End,
            Score = defaultScores.Length > s.Index ? defaultScores[s.Index] : 0,
            Rank = defaultRanks.Length > s.Index ? defaultRanks[s.Index] : s.Index + 1,
        });
        SentenceRepository.Insert(connection, transaction, sentenceRows, scoreRows);

        var facts = analysis.Facts;
        var partyIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var articleParties = new List<ArticlePartyRow>(facts.Parties.Count);
        var mentions = new List<PartyMentionRow>();
        var mentionStarts = new HashSet<int>();
        var storedIds = PartyRepository.UpsertMany(
            connection, transaction, facts.Parties.DistinctBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Name, FactMapping.TypeName(p.Type))).ToList(), now);
        foreach (var party in facts.Parties)
        {
            var partyId = storedIds[party.Key];
            if (!partyIds.TryAdd(party.Key, partyId))
            {
                continue;
            }

            articleParties.Add(new ArticlePartyRow
            {
                ArticleId = id,
                PartyId = partyId,
                Role = party.Role,
                RoleCountry = party.RoleCountry,
                Aliases = JsonSerializer.Serialize(party.Aliases),
                MentionCount = party.MentionCount,
                FirstMention = party.Mentions.Count > 0 ? party.Mentions.Min(m => m.Start) : 0,
                Salience = party.Salience,
            });
            foreach (var m in party.Mentions)
            {
                // One mention per offset: the primary key guards against an extractor reporting a span twice.
                if (mentionStarts.Add(m.Start))
                {
                    mentions.Add(new PartyMentionRow { ArticleId = id, PartyId = partyId, StartOffset = m.Start, EndOffset = m.End, SentenceIndex = m.SentenceIndex, Text = m.Text });
                }
            }
        }

        PartyRepository.InsertForArticle(connection, transaction, articleParties, mentions);

        FigureRepository.Insert(connection, transaction, facts.Figures.Select(f => new FigureRow
        {
            ArticleId = id,
            SentenceIndex = f.SentenceIndex,
            StartOffset = f.Start,
            EndOffset = f.End,
            Text = f.Text,
            Value = f.Value,
            ValueMax = f.ValueMax,
            Unit = f.Unit,
            Qualifier = f.Qualifier,
            Kind = f.Kind,
            Currency = f.Currency,
        }));

        DateRepository.Insert(connection, transaction, facts.Dates.Select(d => new DateRow
        {
            ArticleId = id,
            SentenceIndex = d.SentenceIndex,
            StartOffset = d.Start,
            EndOffset = d.End,
            Text = d.Text,
            Value = d.Value,
            EndValue = d.EndValue,
            Granularity = d.Granularity,
            Relative = d.Relative,
            Anchor = d.Anchor,
            AlternativeValue = d.AlternativeValue,
        }));

        QuoteRepository.Insert(connection, transaction, facts.Quotes.Select(q => new QuoteRow
        {
            ArticleId = id,
            SentenceIndex = q.SentenceIndex,
            StartOffset = q.Start,
            EndOffset = q.End,
            Text = q.Text,
            Speaker = q.Speaker,
            SpeakerPartyId = q.SpeakerKey is not null && partyIds.TryGetValue(q.SpeakerKey, out var pid) ? pid : null,
        }));
    }

    /// <summary>1-based rank of each score (best first, ties by position).</summary>
    private static int[] Ranks(double[] scores)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : a.CompareTo(b));
        var ranks = new int[scores.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r + 1;
        }

        return ranks;
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
