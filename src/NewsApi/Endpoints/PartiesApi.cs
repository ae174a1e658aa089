using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Infrastructure;
using NewsApi.Queries;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class PartiesApi
{
    public static RouteGroupBuilder MapParties(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parties").WithTags("Parties");
        group.MapGet("/", ListParties).WithName("ListParties").WithSummary("List people, organisations and places across articles").Validate<PartyListQuery>();
        group.MapGet("/{id}", GetParty).WithName("GetParty").WithSummary("A party with its aliases, roles and the articles that mention it").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<PartyListItem>>, CsvResult<PartyListItem>, ValidationProblem>> ListParties(
        [AsParameters] PartyListQuery query, PartyReader reader, HttpContext http, CancellationToken ct)
    {
        var sort = query.Sort switch
        {
            "-articles" => PartySort.Articles,
            "name" => PartySort.Name,
            _ => PartySort.Mentions,
        };
        var q = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? Limits.DefaultPageSize;
        var result = await reader.ListAsync(q, query.Type, sort, page, pageSize, ct);
        PageLinks.Add(http, page, pageSize, result.Total);
        if (Csv.Wanted(http.Request, query.Format))
        {
            http.Response.Headers["X-Total-Count"] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CsvResult<PartyListItem>(result.Items);
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<PartyResponse>, ProblemHttpResult>> GetParty(
        [Description("Party id.")] long id, PartyReader reader, CancellationToken ct) =>
        await reader.GetAsync(id, ct) is { } party ? TypedResults.Ok(party) : Problems.NotFound("party", id);
}
