using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Contracts;
using NewsApi.Infrastructure;
using NewsApi.Mapping;
using NewsApi.Validation;

namespace NewsApi.Endpoints;

public static class AnalyzeApi
{
    public static IEndpointRouteBuilder MapAnalyze(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analysis");
        group.MapPost("/analyze", AnalyzeText).WithName("AnalyzeText")
            .WithSummary("Analyse text without storing it: sentences, summary and facts")
            .Validate<AnalyzeRequest>().Validate<SummaryQuery>().Validate<OffsetsQuery>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAnonymousRateLimit();
        group.MapGet("/algorithms", ListAlgorithms).WithName("ListAlgorithms").WithSummary("The summarisers available as algorithm=KEY");
        return app;
    }

    // The JSON body is written by the generated fast path (FastPathJson), byte for byte what Ok<AnalyzeResponse> would write;
    // Ok<AnalyzeResponse> in the signature describes the response to OpenAPI.
    public static Results<Ok<AnalyzeResponse>, StoredJson> AnalyzeText(
        AnalyzeRequest request, [AsParameters] SummaryQuery query, [AsParameters] OffsetsQuery offsets, ArticleAnalyzer analyzer) =>
        new StoredJson(FastPathJson.Write(Analyze(request, query, offsets, analyzer), request.Text!.Length));

    /// <summary>The analysis of a validated request as the response describes it (also the start-up warm-up's path).</summary>
    public static AnalyzeResponse Analyze(AnalyzeRequest request, SummaryQuery query, OffsetsQuery offsets, ArticleAnalyzer analyzer)
    {
        var publishedAt = request.PublishedAt is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        analyzer.Rankers.TryGet(query.Algorithm, out var ranker);
        // Only the requested summariser runs: the response shows one summary, and the other four cost most of the analysis.
        var analysis = analyzer.Analyze(new ArticleInput(request.Title, request.Text!, publishedAt), [ranker]);
        var scores = analysis.SentenceScores[ranker.Key];
        var scored = analysis.Document.Sentences.Select(s => new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index])).ToList();
        var ranks = SummarySelector.RankOf(scored);
        var selected = SummarySelector.Select(scored, ArticleComposer.OptionsFrom(query), ranker.Policy);
        var map = OffsetMap.For(request.Text!, offsets.Unit);
        return new AnalyzeResponse(
            map.Rebase(scored.Select(s => new SentenceResponse(s.Index, s.Start, s.End, s.Text, Math.Round(s.Score, 6), ranks[s.Index])).ToList()),
            map.Rebase(FactMapping.ToSummary(null, ranker.Key, selected)),
            map.Rebase(FactMapping.ToFacts(analysis.Facts, FactTypes.All)),
            analysis.Dateline,
            analysis.WordCount);
    }

    public static Ok<IReadOnlyList<AlgorithmResponse>> ListAlgorithms(ArticleAnalyzer analyzer)
    {
        IReadOnlyList<AlgorithmResponse> list = analyzer.Rankers.Keys
            .Select(k =>
            {
                analyzer.Rankers.TryGet(k, out var r);
                return new AlgorithmResponse(r.Key, r.Description, r.Key == analyzer.Rankers.Default.Key);
            })
            .ToList();
        return TypedResults.Ok(list);
    }
}
