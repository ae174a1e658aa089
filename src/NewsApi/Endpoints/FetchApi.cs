using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Fetching;
using NewsApi.Infrastructure;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class FetchApi
{
    public static RouteGroupBuilder MapFetch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles").WithMetadata(new ApiKeyRequirement()).ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAnonymousRateLimit().ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/fetch", FetchArticle).WithName("FetchArticle").WithSummary("Fetch a web page, read its article and store it")
            .WithDescription("Fetches the page (public addresses only, redirects re-checked, size and time limited), reads title, author, " +
                "published time, canonical URL, language and site name from JSON-LD, Open Graph and meta tags and the body with a " +
                "Readability port, then stores it like POST /api/articles. 400: a URL that is invalid or on a non-public address; " +
                "409: the URL, canonical URL or content is stored already; 422: not HTML, too large, or no article text; " +
                "502: the site failed (unreachable, non-2xx answer, bad or too many redirects); 504: the fetch took too long.")
            .Validate<FetchArticleRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return group;
    }

    public static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> FetchArticle(
        FetchArticleRequest request, ArticleFetcher fetcher, ArticleReader reader, HttpContext http, CancellationToken ct)
    {
        var url = new Uri(request.Url!.Trim(), UriKind.Absolute);
        var source = string.IsNullOrWhiteSpace(request.Source) ? null : request.Source.Trim();
        var outcome = await fetcher.FetchAndStoreAsync(url, source, request.PublishedAt, ct);
        switch (outcome.Status)
        {
            case FetchStatus.Failed:
                return FailureProblem(outcome.Failure!);
            case FetchStatus.Duplicate:
                http.Response.Headers.Location = LocationOf(outcome.Id!.Value);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Duplicate article",
                    detail: $"An article with the same URL or the same title and body is already stored as article {outcome.Id}.",
                    extensions: new Dictionary<string, object?> { ["existingId"] = outcome.Id, ["location"] = LocationOf(outcome.Id.Value) });
            default:
                var article = await reader.GetWrittenAsync(outcome.Id!.Value, ct);
                return TypedResults.Created(LocationOf(outcome.Id.Value), article);
        }
    }

    /// <summary>The failure as a problem with its documented status, a stable <c>code</c> and the site's own status when there is one.</summary>
    public static ProblemHttpResult FailureProblem(FetchFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var extensions = new Dictionary<string, object?> { ["code"] = failure.Code };
        if (failure.UpstreamStatusCode is { } upstream)
        {
            extensions["upstreamStatus"] = upstream;
        }

        return TypedResults.Problem(statusCode: failure.HttpStatus, title: failure.Title, detail: failure.Detail, extensions: extensions);
    }

    private static string LocationOf(long id) => $"/api/articles/{id}";
}
