using Microsoft.Extensions.Options;
using NewsApi.Analysis;

namespace NewsApi.Infrastructure;

/// <summary>
/// Runs the analysis <see cref="NewsApiOptions.WarmUpAnalyses"/> times on a built-in news paragraph before the server
/// takes its first request, so the JIT has compiled (and tiered up) the analysis code by then: a freshly started
/// instance (every deploy, every new instance behind a load balancer) would otherwise answer its first few hundred
/// articles several times slower. Runs after the database initialiser (registration order).
/// </summary>
public sealed class AnalysisWarmUp(ArticleAnalyzer analyzer, IOptions<NewsApiOptions> options, ILogger<AnalysisWarmUp> logger) : IHostedLifecycleService
{
    // Written for this purpose: people with roles, organisations, places, figures with units, dates and quotes.
    private const string Title = "Finance ministers agree rescue fund at Brussels talks";

    private const string Body = """
        BRUSSELS (Reuters) - European finance ministers agreed on Thursday to a 500 billion euro rescue fund, after
        talks that lasted more than 14 hours. "This is a decisive step for the euro zone," said Jean Dupont, the French
        finance minister, adding that about 3.5% of the fund would go to Greece by March 2011.

        German Chancellor Angela Merkel, who arrived late, told reporters in Berlin on Friday that the deal was "fair".
        The European Central Bank said it would buy bonds worth up to $80 billion next week. Unemployment rose to 9.8
        percent in the third quarter, up from 9.1 percent a year earlier, the statistics office Eurostat said.

        Dupont said the ministers would meet again in two weeks. Around 2,000 protesters gathered outside the
        European Commission, police said.
        """;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var count = options.Value.WarmUpAnalyses;
        if (count <= 0)
        {
            return Task.CompletedTask;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var input = new ArticleInput(Title, Body, new DateOnly(2010, 5, 7));
        for (var i = 0; i < count && !cancellationToken.IsCancellationRequested; i++)
        {
            analyzer.Analyze(input);
        }

        logger.LogInformation("Warmed up the analysis with {Count} runs in {Milliseconds:F0} ms", count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
