using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NewsApi.Contracts;

/// <summary>A web page to fetch, read as an article and store.</summary>
public sealed record FetchArticleRequest
{
    [Description("The page to fetch: an absolute http or https URL on a public address.")]
    public string? Url { get; init; }

    [Description("Publisher or agency to store; default: the page's site name (og:site_name, the JSON-LD publisher).")]
    public string? Source { get; init; }

    [Description("Publication time (ISO 8601) to store instead of the one the page declares.")]
    public DateTimeOffset? PublishedAt { get; init; }
}

/// <summary>The state of one polled feed (NewsApi:Feeds).</summary>
public sealed record FeedStatus(
    [property: Description("The feed's URL as configured.")] string Url,
    [property: Description("The source stored with its articles, when configured.")] string? Source,
    [property: Description("When the feed was last asked, whatever the answer.")] DateTimeOffset? LastPolledAt,
    [property: Description("When the feed last answered with a readable feed or 304 Not Modified.")] DateTimeOffset? LastSuccessAt,
    [property: Description("Why the last poll failed; null after a success.")] string? LastError,
    [property: Description("Failed polls in a row; each doubles the wait before the next.")] int ConsecutiveFailures,
    [property: Description("Articles stored from this feed since the service started.")] long ItemsStored,
    [property: Description("Polls answered 304 Not Modified (the conditional GET saved a download).")] long NotModifiedCount,
    [property: Description("When the feed is polled next.")] DateTimeOffset? NextPollAt,
    [property: Description("The validator sent in If-None-Match on the next poll."), JsonPropertyName("etag")] string? ETag,
    [property: Description("The validator sent in If-Modified-Since on the next poll.")] string? LastModified);
