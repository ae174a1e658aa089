namespace NewsApi.Infrastructure;

/// <summary>The <c>NewsApi</c> configuration section.</summary>
public sealed class NewsApiOptions
{
    public const string Section = "NewsApi";

    /// <summary>Keys accepted in the X-Api-Key header for writes. Empty means writes are refused.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Load the seed articles at start-up when they are not stored yet.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>Re-analyse articles stored by an older analyser version in the background after start-up.</summary>
    public bool ReanalyzeOnStartup { get; set; } = true;

    /// <summary>
    /// At most this many analyses run at start-up, before the first request, so that a fresh process is not slow for
    /// its first articles while the JIT compiles the analysis; the warm-up stops sooner once the JIT has nothing left to
    /// compile (<see cref="AnalysisWarmUp"/>). 0 turns the warm-up off.
    /// </summary>
    public int WarmUpAnalyses { get; set; } = 3000;

    /// <summary>Folder with seed articles; default: the seeds folder shipped next to the application.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>Cache-Control of successful API reads; "no-cache" lets caches keep them but revalidate by ETag.</summary>
    public string CacheControl { get; set; } = "no-cache";
    /// <summary>Fetching articles from the web (<c>POST /api/articles/fetch</c> and the feeds).</summary>
    public Fetching.FetchOptions Fetch { get; set; } = new();

    /// <summary>RSS 2.0 and Atom feeds polled in the background; each new item's page is fetched and stored.</summary>
    public List<Fetching.FeedSource> Feeds { get; set; } = [];
}

/// <summary>Documented limits: the validators, the request-size guard and the docs all read these.</summary>
public static class Limits
{
    public const int TitleMaxLength = 500;
    public const int BodyMaxLength = 200_000;
    public const int UrlMaxLength = 2_048;
    public const int NameMaxLength = 200;
    public const int BatchMaxArticles = 100;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPage = 100_000;
    public const int QueryMaxLength = 500;

    /// <summary>Request bodies above this are answered 413 before they are read (single article or analyze).</summary>
    public const long MaxRequestBytes = 1_048_576;

    /// <summary>The batch endpoint's own request limit.</summary>
    public const long MaxBatchRequestBytes = 16 * MaxRequestBytes;
}
