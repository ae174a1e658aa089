using System.ComponentModel;

namespace NewsApi.Contracts;

/// <summary>An article to store. Only title and body are required.</summary>
public sealed record ArticleRequest
{
    /// <summary>Headline, 1–500 characters.</summary>
    [Description("Headline, 1–500 characters.")]
    public string? Title { get; init; }

    /// <summary>The article text; every offset in the API points into it exactly as sent.</summary>
    [Description("The article text (at most 200,000 characters). Every offset the API returns points into it exactly as sent.")]
    public string? Body { get; init; }

    [Description("Canonical URL (absolute http or https). Two articles cannot share a URL.")]
    public string? Url { get; init; }

    [Description("Publisher or agency, e.g. \"AFP\".")]
    public string? Source { get; init; }

    [Description("Byline.")]
    public string? Author { get; init; }

    [Description("Publication time (ISO 8601). Relative dates in the text (\"Thursday\") are resolved against it.")]
    public DateTimeOffset? PublishedAt { get; init; }

    [Description("ISO 639-1 language code; defaults to \"en\".")]
    public string? Language { get; init; }
}

/// <summary>An article in a list (no body).</summary>
public sealed record ArticleListItem(
    long Id,
    string Title,
    string? Url,
    string? Source,
    string? Author,
    DateTimeOffset? PublishedAt,
    string Language,
    string? Dateline,
    int WordCount,
    int SentenceCount,
    int ReadingTimeMinutes,
    DateTimeOffset CreatedAt)
{
    /// <summary>With a full-text query <c>q</c>: the best-matching passage of the title or body, and where the matches are in it.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public SearchSnippet? Snippet { get; init; }
}

/// <summary>A passage around the matches of a full-text query; <c>matches</c> are offsets into <c>text</c> (end exclusive).</summary>
public sealed record SearchSnippet(string Text, IReadOnlyList<TextRange> Matches);

public sealed record TextRange(int Start, int End);

/// <summary>A stored article with its metadata, body and top facts.</summary>
public sealed record ArticleResponse(
    long Id,
    string Title,
    string Body,
    string? Url,
    string? Source,
    string? Author,
    DateTimeOffset? PublishedAt,
    string Language,
    string? Dateline,
    int WordCount,
    int SentenceCount,
    int ReadingTimeMinutes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string AnalyzerVersion,
    TopFacts TopFacts);

/// <summary>The most salient facts of an article: full lists are at /api/articles/{id}/facts.</summary>
public sealed record TopFacts(
    IReadOnlyList<PartyFact> Parties,
    IReadOnlyList<FigureFact> Figures,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<QuoteFact> Quotes);

/// <summary>The outcome of one article of a batch: <c>created</c>, <c>duplicate</c> or <c>invalid</c>.</summary>
public sealed record BatchItemResult(
    int Index,
    string Status,
    long? Id,
    string? Location,
    string? Detail,
    IDictionary<string, string[]>? Errors);

public sealed record BatchResponse(int Created, int Duplicates, int Invalid, IReadOnlyList<BatchItemResult> Items);
