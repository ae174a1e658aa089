namespace NewsApi.Fetching;

/// <summary>
/// <c>NewsApi:Fetch</c>: how pages are fetched from the web. The defaults are safe for a server on a private network:
/// only public addresses, small pages, few redirects, a short total time.
/// </summary>
public sealed class FetchOptions
{
    /// <summary>Lets fetches reach loopback, private, link-local and other non-public addresses (tests, intranets).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Total time for one fetch: every redirect, the headers and the body.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The most bytes read of one response (after decompression); a longer page is refused.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed before the fetch fails.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent sent; default <see cref="FetchDefaults.UserAgent"/>.</summary>
    public string? UserAgent { get; set; }
}

/// <summary>One entry of <c>NewsApi:Feeds</c>: an RSS 2.0 or Atom feed polled in the background.</summary>
public sealed class FeedSource
{
    public string Url { get; set; } = "";

    /// <summary>Stored as the articles' source; default: the page's site name.</summary>
    public string? Source { get; set; }

    /// <summary>Seconds between polls; default <see cref="FetchDefaults.FeedIntervalSeconds"/>.</summary>
    public int? IntervalSeconds { get; set; }
}

public static class FetchDefaults
{
    public const int FeedIntervalSeconds = 900;

    /// <summary>Failures back off exponentially from the feed's interval up to this.</summary>
    public const int MaxBackoffSeconds = 6 * 3600;

    /// <summary>Names the software; a deployment adds its own contact URL through NewsApi:Fetch:UserAgent (the project has no public home to point at).</summary>
    public static string UserAgent { get; } =
        $"NewsApi/{typeof(FetchDefaults).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} (self-hosted news analysis)";
}
