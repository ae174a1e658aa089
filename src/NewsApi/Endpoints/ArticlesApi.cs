using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;
using NewsApi.Mapping;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");

        group.MapGet("/", ListArticles).WithName("ListArticles").WithSummary("List articles (paged, filterable, full-text search)").Validate<ArticleListQuery>().Validate<PageQuery>().Validate<OffsetsQuery>();
        group.MapGet("/{id}", GetArticle).WithName("GetArticle").WithSummary("Get an article with its metadata and top facts").Validate<OffsetsQuery>().ProducesProblem(StatusCodes.Status404NotFound)
            .ServesStored(StoredView(ArticleView.Article));
        group.MapGet("/{id}/summary", GetArticleSummary).WithName("GetArticleSummary").WithSummary("Extractive summary of an article").Validate<SummaryQuery>().Validate<OffsetsQuery>().ProducesProblem(StatusCodes.Status404NotFound)
            .ServesStored(StoredView(ArticleView.Summary));
        group.MapGet("/{id}/facts", GetArticleFacts).WithName("GetArticleFacts").WithSummary("Figures, dates, parties and quotes found in an article").Validate<FactsQuery>().Validate<OffsetsQuery>().ProducesProblem(StatusCodes.Status404NotFound)
            .ServesStored(StoredView(ArticleView.Facts));
        group.MapGet("/{id}/sentences", ListArticleSentences).WithName("ListArticleSentences").WithSummary("Every sentence of an article with its offsets, score and rank").Validate<SentencesQuery>().Validate<OffsetsQuery>().ProducesProblem(StatusCodes.Status404NotFound)
            .ServesStored(StoredView(ArticleView.Sentences));

        var writes = group.MapGroup("").WithMetadata(new ApiKeyRequirement()).ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAnonymousRateLimit().ProducesProblem(StatusCodes.Status429TooManyRequests);
        writes.MapPost("/", CreateArticle).WithName("CreateArticle").WithSummary("Store and analyse an article").Validate<ArticleRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        writes.MapPost("/batch", CreateArticles).WithName("CreateArticles")
            .WithSummary($"Store and analyse up to {Limits.BatchMaxArticles} articles; each one succeeds or fails on its own")
            .WithMetadata(new RequestBodyLimit(Limits.MaxBatchRequestBytes)).ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        writes.MapPut("/{id}", ReplaceArticle).WithName("ReplaceArticle").WithSummary("Replace an article (re-analysed)").Validate<ArticleRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        writes.MapDelete("/{id}", DeleteArticle).WithName("DeleteArticle").WithSummary("Delete an article and its facts").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>
    /// Without query parameters each per-article read answers with the article's stored view (the handlers below, for
    /// the default offsets, summariser and fact types): served from the store before binding (<see cref="StoredReads"/>).
    /// </summary>
    private static Func<IServiceProvider, StoredRead> StoredView(ArticleView view) =>
        services =>
        {
            var reader = services.GetRequiredService<ArticleReader>();
            return (id, ct) => reader.StoredViewAsync(id, view, ct);
        };

    public static async Task<Results<Ok<PagedResponse<ArticleListItem>>, StoredJson, CsvResult<ArticleListItem>, ValidationProblem, ProblemHttpResult>> ListArticles(
        [AsParameters] ArticleListQuery query, [AsParameters] PageQuery paging, [AsParameters] OffsetsQuery offsets, ArticleReader reader, HttpContext http, CancellationToken ct)
    {
        var (page, pageSize) = (paging.PageOrDefault, paging.PageSizeOrDefault);
        var filter = ArticleFilters.From(query, paging);
        var csv = Csv.Wanted(http.Request, paging.Format);
        if (!csv && filter.FullText is null && await reader.ListStoredAsync(filter, page, pageSize, ct) is ({ } stored, var total))
        {
            PageLinks.Add(http, page, pageSize, total);
            return new StoredJson(stored);
        }

        var result = await reader.ListAsync(filter, page, pageSize, ct);
        PageLinks.Add(http, page, pageSize, result.Total);
        if (csv)
        {
            http.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CsvResult<ArticleListItem>(result.Items);
        }

        return TypedResults.Ok(offsets.Unit == OffsetUnit.Utf16 ? result : result with
        {
            Items = result.Items.Select(i => i.Snippet is null ? i : i with { Snippet = OffsetMap.Rebase(i.Snippet, offsets.Unit) }).ToList(),
        });
    }

    public static async Task<Results<Ok<ArticleResponse>, StoredJson, ProblemHttpResult>> GetArticle(
        [Description("Article id.")] long id, [AsParameters] OffsetsQuery offsets, ArticleReader reader, CancellationToken ct)
    {
        if (offsets.Unit == OffsetUnit.Utf16 && await reader.GetViewAsync(id, ArticleView.Article, ct) is { } stored)
        {
            return new StoredJson(stored);
        }

        return await reader.GetAsync(id, ct) is { } article
            ? TypedResults.Ok(article with { TopFacts = OffsetMap.For(article.Body, offsets.Unit).Rebase(article.TopFacts) })
            : Problems.NotFound("article", id);
    }

    public static async Task<Results<Ok<SummaryResponse>, StoredJson, ValidationProblem, ProblemHttpResult>> GetArticleSummary(
        [Description("Article id.")] long id, [AsParameters] SummaryQuery query, [AsParameters] OffsetsQuery offsets,
        ArticleReader reader, ArticleAnalyzer analyzer, ArticleViews views, CancellationToken ct)
    {
        analyzer.Rankers.TryGet(query.Algorithm, out var ranker);
        if (offsets.Unit == OffsetUnit.Utf16 && views.IsDefault(query, ranker) && await reader.GetViewAsync(id, ArticleView.Summary, ct) is { } stored)
        {
            return new StoredJson(stored);
        }

        var sentences = await reader.GetScoredSentencesAsync(id, ranker.Key, ct);
        if (sentences is null)
        {
            return Problems.NotFound("article", id);
        }

        var map = await reader.OffsetMapAsync(id, offsets.Unit, ct);
        return TypedResults.Ok(map.Rebase(ArticleComposer.Summary(id, ranker, sentences, ArticleComposer.OptionsFrom(query))));
    }

    public static async Task<Results<Ok<FactsResponse>, StoredJson, ProblemHttpResult>> GetArticleFacts(
        [Description("Article id.")] long id, [AsParameters] FactsQuery query, [AsParameters] OffsetsQuery offsets, ArticleReader reader, CancellationToken ct)
    {
        var wanted = query.TypeList.Aggregate(FactTypes.None, (all, name) => all | FactMapping.FactType(name));
        if (offsets.Unit == OffsetUnit.Utf16 && wanted == FactTypes.All && await reader.GetViewAsync(id, ArticleView.Facts, ct) is { } stored)
        {
            return new StoredJson(stored);
        }

        if (await reader.GetFactsAsync(id, wanted, ct) is not { } facts)
        {
            return Problems.NotFound("article", id);
        }

        return TypedResults.Ok((await reader.OffsetMapAsync(id, offsets.Unit, ct)).Rebase(facts));
    }

    public static async Task<Results<Ok<IReadOnlyList<SentenceResponse>>, StoredJson, ProblemHttpResult>> ListArticleSentences(
        [Description("Article id.")] long id, [AsParameters] SentencesQuery query, [AsParameters] OffsetsQuery offsets,
        ArticleReader reader, ArticleAnalyzer analyzer, ArticleViews views, CancellationToken ct)
    {
        analyzer.Rankers.TryGet(query.Algorithm, out var ranker);
        if (offsets.Unit == OffsetUnit.Utf16 && ranker == views.Ranker && await reader.GetViewAsync(id, ArticleView.Sentences, ct) is { } stored)
        {
            return new StoredJson(stored);
        }

        var sentences = await reader.GetScoredSentencesAsync(id, ranker.Key, ct);
        if (sentences is null)
        {
            return Problems.NotFound("article", id);
        }

        return TypedResults.Ok((await reader.OffsetMapAsync(id, offsets.Unit, ct)).Rebase(ArticleComposer.Sentences(sentences)));
    }

    public static async Task<Results<Created<ArticleResponse>, StoredJson, ProblemHttpResult>> CreateArticle(
        ArticleRequest request, ArticleIngestor ingestor, HttpContext http, CancellationToken ct)
    {
        var outcome = await ingestor.CreateAsync(ArticleDraft.From(request), ct);
        if (outcome.Status == IngestStatus.Duplicate)
        {
            return Conflict(http, outcome.Id);
        }

        // The body is the article view rendered in the write transaction: nothing is read back.
        return new StoredJson(outcome.Article!, StatusCodes.Status201Created, LocationOf(outcome.Id));
    }

    public static async Task<Results<Ok<BatchResponse>, ValidationProblem>> CreateArticles(
        List<ArticleRequest?> articles, ArticleIngestor ingestor, IValidator<ArticleRequest> validator, CancellationToken ct)
    {
        if (articles.Count == 0 || articles.Count > Limits.BatchMaxArticles)
        {
            return Problems.Validation("articles", $"Send between 1 and {Limits.BatchMaxArticles} articles; got {articles.Count}.");
        }

        var items = new List<BatchItemResult>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var request = articles[i];
            if (request is null)
            {
                items.Add(new BatchItemResult(i, "invalid", null, null, "The item is null.", null));
                continue;
            }

            var validation = await validator.ValidateAsync(request, ct);
            if (!validation.IsValid)
            {
                items.Add(new BatchItemResult(i, "invalid", null, null, "One or more fields are invalid: see errors.", validation.ToDictionary()));
                continue;
            }

            var outcome = await ingestor.CreateAsync(ArticleDraft.From(request), ct);
            items.Add(outcome.Status == IngestStatus.Duplicate
                ? new BatchItemResult(i, "duplicate", outcome.Id, LocationOf(outcome.Id), $"Already stored as article {outcome.Id}.", null)
                : new BatchItemResult(i, "created", outcome.Id, LocationOf(outcome.Id), null, null));
        }

        return TypedResults.Ok(new BatchResponse(
            items.Count(x => x.Status == "created"), items.Count(x => x.Status == "duplicate"), items.Count(x => x.Status == "invalid"), items));
    }

    public static async Task<Results<Ok<ArticleResponse>, StoredJson, ProblemHttpResult>> ReplaceArticle(
        [Description("Article id.")] long id, ArticleRequest request, ArticleIngestor ingestor, HttpContext http, CancellationToken ct)
    {
        var outcome = await ingestor.ReplaceAsync(id, ArticleDraft.From(request), ct);
        return outcome.Status switch
        {
            IngestStatus.NotFound => Problems.NotFound("article", id),
            IngestStatus.Duplicate => Conflict(http, outcome.Id),
            _ => new StoredJson(outcome.Article!),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        [Description("Article id.")] long id, ArticleIngestor ingestor, CancellationToken ct) =>
        await ingestor.DeleteAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound("article", id);

    private static string LocationOf(long id) => $"/api/articles/{id}";

    /// <summary>409 pointing at the stored article, in the Location header and in the body.</summary>
    private static ProblemHttpResult Conflict(HttpContext http, long existingId)
    {
        http.Response.Headers.Location = LocationOf(existingId);
        return ConflictProblem(existingId);
    }

    private static ProblemHttpResult ConflictProblem(long existingId) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Duplicate article",
        detail: $"An article with the same URL or the same title and body is already stored as article {existingId}.",
        extensions: new Dictionary<string, object?> { ["existingId"] = existingId, ["location"] = LocationOf(existingId) });
}
