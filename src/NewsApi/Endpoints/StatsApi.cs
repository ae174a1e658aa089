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

    public static async Task<Results<Ok<TimelineResponse>, CsvResult<TimelineBucket>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        [AsParameters] TimelineQuery query, StatsReader stats, HttpContext http, CancellationToken ct)
    {
        var fullText = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var filter = ArticlesApi.FilterFrom(fullText, null, null, query.Source, query.Party is null ? null : [query.Party], true, ArticleSort.PublishedAsc, 0, 0);
        return await TimelineResultAsync(stats, filter, query.Interval, query.From, query.To, query.Format, http, ct);
    }

    public static async Task<Ok<OverviewResponse>> GetOverview(StatsReader stats, CancellationToken ct) =>
        TypedResults.Ok(await stats.OverviewAsync(ct));

    /// <summary>Shared by the article and party timelines: parse, query, and answer JSON or CSV.</summary>
    public static async Task<Results<Ok<TimelineResponse>, CsvResult<TimelineBucket>, ValidationProblem, ProblemHttpResult>> TimelineResultAsync(
        StatsReader stats, ArticleFilter filter, string? interval, string? from, string? to, string? format, HttpContext http, CancellationToken ct)
    {
        var unit = interval switch
        {
            "week" => TimeInterval.Week,
            "month" => TimeInterval.Month,
            _ => TimeInterval.Day,
        };
        var timeline = await stats.TimelineAsync(filter, unit, TimelineRules.ParseDay(from), TimelineRules.ParseDay(to), ct);
        if (timeline is null)
        {
            return Problems.Validation("interval", $"That range has more than {StatsReader.MaxBuckets} buckets: choose a coarser interval or a narrower from/to.");
        }

        return Csv.Wanted(http.Request, format) ? new CsvResult<TimelineBucket>(timeline.Buckets) : TypedResults.Ok(timeline);
    }
}
