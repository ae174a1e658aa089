namespace NewsApi.Fetching;

public static class FetchingServices
{
    /// <summary>The fetcher (one guarded HTTP client for the process), the feed poller and its status board.</summary>
    public static IServiceCollection AddNewsApiFetching(this IServiceCollection services)
    {
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ArticleFetcher>();
        services.AddSingleton<FeedStatusBoard>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return services;
    }
}
