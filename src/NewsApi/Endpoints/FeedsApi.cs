using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Fetching;

namespace NewsApi.Endpoints;

public static class FeedsApi
{
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/feeds").WithTags("Feeds");

        group.MapGet("/", ListFeeds).WithName("ListFeeds").WithSummary("The polled feeds (NewsApi:Feeds) with their last poll, errors and counts")
            .CacheOutput(p => p.NoCache()); // the poller changes it without writing articles, so the store version cannot key it
        return group;
    }

    public static Ok<IReadOnlyList<FeedStatus>> ListFeeds(FeedStatusBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return TypedResults.Ok(board.Snapshot());
    }
}
