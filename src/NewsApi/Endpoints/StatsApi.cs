using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class StatsApi
{
    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stats").WithTags("Stats");
        group.MapGet("/timeline", GetTimeline).WithName("GetTimeline")
            .WithSummary("Articles per day, week or month: evenly spaced, zero-filled buckets for a chart").Validate<TimelineQuery>();
        group.MapGet("/overview", GetOverview).WithName("GetOverview").WithSummary("Totals, top parties, top sources and the latest articles");
        return group;
    }

    public static Task<Results<Ok<TimelineResponse>, CsvResult<TimelineBucket>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        [AsParameters] TimelineQuery query, StatsReader stats, HttpContext http, CancellationToken ct) =>
        TimelineResults.AnswerAsync(stats, ArticleFilters.ForTimeline(query), query.Interval, query.From, query.To, query.Format, http, ct);

    public static async Task<Ok<OverviewResponse>> GetOverview(StatsReader stats, CancellationToken ct) =>
        TypedResults.Ok(await stats.OverviewAsync(ct));
}
