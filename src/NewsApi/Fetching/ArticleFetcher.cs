using FluentValidation;
using NewsApi.Contracts;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;

namespace NewsApi.Fetching;

public enum FetchStatus
{
    Created,
    Duplicate,
    Failed,
}

/// <summary>What became of a fetch: the stored (or already stored) article's id, or why nothing was stored.</summary>
public sealed record FetchOutcome(FetchStatus Status, long? Id, FetchFailure? Failure)
{
    public static FetchOutcome Failed(FetchFailure failure) => new(FetchStatus.Failed, null, failure);
}

/// <summary>
/// Fetches a page, extracts its article and stores it through <see cref="ArticleIngestor"/>, the same write path as
/// POST /api/articles. Used by POST /api/articles/fetch and the feed poller, and callable from anywhere else (a
/// command line) without HTTP: every expected failure comes back as a <see cref="FetchFailure"/>.
/// </summary>
public sealed class ArticleFetcher(PageFetcher pages, ArticleIngestor ingestor, IValidator<ArticleRequest> validator)
{
    public static readonly IReadOnlyList<string> HtmlTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Fetches and extracts without storing. <paramref name="source"/> and <paramref name="publishedAt"/> override the page's.</summary>
    public async Task<(ArticleDraft? Draft, FetchFailure? Failure)> FetchAsync(Uri url, string? source, DateTimeOffset? publishedAt, CancellationToken ct)
    {
        var (page, failure) = await pages.GetAsync(new FetchRequest(url, HtmlTypes), ct);
        if (page is null)
        {
            return (null, failure);
        }

        var (article, noArticle) = ArticleExtractor.Extract(page);
        if (article is null)
        {
            return (null, noArticle);
        }

        var request = new ArticleRequest
        {
            Title = Truncate(article.Title, Limits.TitleMaxLength),
            Body = article.Body,
            Url = article.CanonicalUrl.AbsoluteUri,
            Source = Truncate(source ?? article.SiteName, Limits.NameMaxLength),
            Author = Truncate(article.Author, Limits.NameMaxLength),
            PublishedAt = publishedAt ?? article.PublishedAt,
            Language = article.Language,
        };
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            var errors = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage));
            return (null, new FetchFailure(FetchFailureKind.NoArticle, "No valid article", $"The article read from {url} cannot be stored: {errors}"));
        }

        return (ArticleDraft.From(request), null);
    }

    /// <summary>Fetches, extracts and stores. A URL or content already stored is a duplicate (the URL is checked before fetching).</summary>
    public async Task<FetchOutcome> FetchAndStoreAsync(Uri url, string? source, DateTimeOffset? publishedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (await FindStoredAsync(url, ct) is { } stored)
        {
            return new FetchOutcome(FetchStatus.Duplicate, stored, null);
        }

        var (draft, failure) = await FetchAsync(url, source, publishedAt, ct);
        if (draft is null)
        {
            return FetchOutcome.Failed(failure!);
        }

        var outcome = await ingestor.CreateAsync(draft, ct); // a concurrent writer's copy makes it a duplicate

        return new FetchOutcome(outcome.Status == IngestStatus.Duplicate ? FetchStatus.Duplicate : FetchStatus.Created, outcome.Id, null);
    }

    /// <summary>The id of an article stored under this URL. Titles are never empty, so the empty draft matches on URL only.</summary>
    public Task<long?> FindStoredAsync(Uri url, CancellationToken ct) =>
        ingestor.FindExistingAsync(new ArticleDraft("", "", url.AbsoluteUri, null, null, null, LanguageIdentifier.Fallback), ct);

    /// <summary>Cut to the field's limit, never between the two halves of a surrogate pair.</summary>
    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)].TrimEnd();
}
