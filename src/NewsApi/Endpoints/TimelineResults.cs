using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

/// <summary>The answer of a timeline, shared by the article timeline (StatsApi) and a party's (PartiesApi).</summary>
public static class TimelineResults
{
    /// <summary>Parses the interval and bounds, queries, and answers JSON or CSV.</summary>
    public static async Task<Results<Ok<TimelineResponse>, CsvResult<TimelineBucket>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
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
