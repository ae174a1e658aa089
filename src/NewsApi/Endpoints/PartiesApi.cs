using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class PartiesApi
{
    public static RouteGroupBuilder MapParties(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parties").WithTags("Parties");
        group.MapGet("/", ListParties).WithName("ListParties").WithSummary("List people, organisations and places across articles").Validate<PartyListQuery>().Validate<PageQuery>();
        group.MapGet("/{id}", GetParty).WithName("GetParty").WithSummary("A party with its aliases, roles and the articles that mention it").ProducesProblem(StatusCodes.Status404NotFound)
            .ServesStored(services =>
            {
                // Its stored page when current, as GetParty answers (served before binding: StoredReads).
                var reader = services.GetRequiredService<PartyReader>();
                return reader.StoredPageAsync;
            });
        group.MapGet("/{id}/timeline", GetPartyTimeline).WithName("GetPartyTimeline")
            .WithSummary("Articles mentioning a party per day, week or month (zero-filled)").Validate<PartyTimelineQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/cooccurring", ListCooccurringParties).WithName("ListCooccurringParties")
            .WithSummary("Parties mentioned in the same articles as a party, with counts").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<TimelineResponse>, CsvResult<TimelineBucket>, ValidationProblem, ProblemHttpResult>> GetPartyTimeline(
        [Description("Party id.")] long id, [AsParameters] PartyTimelineQuery query, StatsReader stats, HttpContext http, CancellationToken ct)
    {
        if (!await stats.PartyExistsAsync(id, ct))
        {
            return Problems.NotFound("party", id);
        }

        return await TimelineResults.AnswerAsync(stats, ArticleFilters.ForParty(id), query.Interval, query.From, query.To, query.Format, http, ct);
    }

    public static async Task<Results<Ok<CooccurringResponse>, ValidationProblem, ProblemHttpResult>> ListCooccurringParties(
        [Description("Party id.")] long id,
        [Description("How many parties to return, 1–100 (default 10).")] int? limit,
        StatsReader stats,
        CancellationToken ct)
    {
        if (limit is < 1 or > Limits.MaxPageSize)
        {
            return Problems.Validation("limit", $"'limit' must be between 1 and {Limits.MaxPageSize}.");
        }

        return await stats.CooccurringAsync(id, limit ?? 10, ct) is { } result ? TypedResults.Ok(result) : Problems.NotFound("party", id);
    }

    // The JSON body is written by the generated fast path (FastPathJson), byte for byte what Ok<…> would write.
    public static async Task<Results<Ok<PagedResponse<PartyListItem>>, StoredJson, CsvResult<PartyListItem>, ValidationProblem>> ListParties(
        [AsParameters] PartyListQuery query, [AsParameters] PageQuery paging, PartyReader reader, HttpContext http, CancellationToken ct)
    {
        var sort = query.Sort switch
        {
            "-articles" => PartySort.Articles,
            "name" => PartySort.Name,
            "-trend" => PartySort.Trend,
            _ => PartySort.Mentions,
        };
        PartyWindow? window = null;
        if (TimelineRules.ParseDay(query.From) is { } from && TimelineRules.ParseDay(query.To) is { } to)
        {
            // The previous window of equal length, cut short at the calendar's first day.
            var length = to.DayNumber - from.DayNumber + 1;
            window = new PartyWindow(from, to, DateOnly.FromDayNumber(Math.Max(0, from.DayNumber - length)));
        }

        var q = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var (page, pageSize) = (paging.PageOrDefault, paging.PageSizeOrDefault);
        var result = await reader.ListAsync(q, query.Type, window, sort, page, pageSize, ct);
        PageLinks.Add(http, page, pageSize, result.Total);
        if (Csv.Wanted(http.Request, paging.Format))
        {
            http.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CsvResult<PartyListItem>(result.Items);
        }

        return new StoredJson(FastPathJson.Write(result));
    }

    // The body is the stored page (or one just built), byte for byte what Ok<PartyResponse> would write.
    public static async Task<Results<Ok<PartyResponse>, StoredJson, ProblemHttpResult>> GetParty(
        [Description("Party id.")] long id, PartyReader reader, CancellationToken ct) =>
        await reader.GetAsync(id, ct) is { } page ? new StoredJson(page) : Problems.NotFound("party", id);
}
