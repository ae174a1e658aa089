using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Contracts;

/// <summary>Length and algorithm controls shared by /api/articles/{id}/summary and /api/analyze.</summary>
public sealed record SummaryQuery
{
    [Description("Number of sentences (1–100). Default 3. Not together with ratio.")]
    [FromQuery(Name = "sentences")]
    public int? Sentences { get; init; }

    [Description("Share of the article's sentences, 0 < ratio ≤ 1 (rounded up). Not together with sentences.")]
    [FromQuery(Name = "ratio")]
    public double? Ratio { get; init; }

    [Description("Word budget (10–10,000): the summary never exceeds it, except that one sentence is always returned.")]
    [FromQuery(Name = "maxWords")]
    public int? MaxWords { get; init; }

    [Description("Character budget (50–100,000): the summary never exceeds it, except that one sentence is always returned.")]
    [FromQuery(Name = "maxChars")]
    public int? MaxChars { get; init; }

    [Description("Summariser key (see GET /api/algorithms); default is the best measured one.")]
    [FromQuery(Name = "algorithm")]
    public string? Algorithm { get; init; }

    [Description("Redundancy control (MMR), 0–1: 0 or absent picks by score alone; higher values skip sentences that repeat ones already chosen.")]
    [FromQuery(Name = "diversity")]
    public double? Diversity { get; init; }

    [Description("document (default: reading order) or score (best first).")]
    [FromQuery(Name = "order")]
    public string? Order { get; init; }
}

public sealed record SummarySentenceResponse(int Index, int Start, int End, string Text, double Score, int Rank);

public sealed record SummaryResponse(long? ArticleId, string Algorithm, IReadOnlyList<SummarySentenceResponse> Sentences, string Text);

public sealed record SentenceResponse(int Index, int Start, int End, string Text, double Score, int Rank);

/// <summary>Text to analyse without storing it.</summary>
public sealed record AnalyzeRequest
{
    [Description("Optional headline: informs the summary, offsets never point into it.")]
    public string? Title { get; init; }

    [Description("The text to analyse (at most 200,000 characters).")]
    public string? Text { get; init; }

    [Description("Publication time (ISO 8601), the anchor for relative dates such as \"Thursday\".")]
    public DateTimeOffset? PublishedAt { get; init; }
}

public sealed record AnalyzeResponse(
    IReadOnlyList<SentenceResponse> Sentences,
    SummaryResponse Summary,
    FactsResponse Facts,
    string? Dateline,
    int WordCount);

public sealed record AlgorithmResponse(string Key, string Description, bool IsDefault);
