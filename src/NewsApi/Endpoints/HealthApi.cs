using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Fetching;

namespace NewsApi.Endpoints;

/// <param name="Status">healthy or unhealthy: whether the database answers.</param>
/// <param name="Database">ok, or the database's error.</param>
/// <param name="Articles">Stored articles.</param>
/// <param name="Feeds">The polled feeds (NewsApi:Feeds) with their last error and failures in a row; empty when none is configured. A failing feed does not make the service unhealthy.</param>
public sealed record HealthResponse(string Status, string Database, long Articles, IReadOnlyList<FeedStatus> Feeds);

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Health");
        group.MapGet("/alive", Alive).WithName("Alive").WithSummary("Liveness: the process answers (no database, no work)");
        group.MapGet("/health", Health).WithName("Health").WithSummary("Readiness: the database answers").Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Ok<string> Alive() => TypedResults.Ok("alive");

    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Health(
        NewsStore store, FeedStatusBoard feeds, ILoggerFactory loggers, CancellationToken ct)
    {
        try
        {
            await using var connection = await store.OpenReadAsync(ct);
            var count = await ArticleRepository.CountAsync(connection, ct);
            return TypedResults.Ok(new HealthResponse("healthy", "ok", count, feeds.Snapshot()));
        }
        catch (Exception ex) when (StoreErrors.IsUnavailable(ex))
        {
            loggers.CreateLogger("Health").LogWarning(ex, "Database check failed");
            return TypedResults.Json(new HealthResponse("unhealthy", ex.Message, 0, feeds.Snapshot()), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
