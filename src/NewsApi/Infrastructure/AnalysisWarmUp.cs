using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Options;
using NewsApi.Analysis;
using NewsApi.Contracts;
using NewsApi.Endpoints;

namespace NewsApi.Infrastructure;

/// <summary>
/// Runs the analysis on a built-in news paragraph before the server takes its first request, until the JIT has
/// compiled and tiered up what it runs: a freshly started instance (every deploy, every new instance behind a load
/// balancer) would otherwise answer its first thousand articles several times slower, in code that is still being
/// compiled or counted. Each run takes both paths an article takes: a stored article's analysis (every summariser) and
/// <c>POST /api/analyze</c>'s (the default summariser, the response mapped and written as JSON). The warm-up ends
/// when no method has been compiled for <see cref="Quiet"/> and <see cref="QuietRuns"/> runs while it kept running
/// (after at least <see cref="MinRuns"/> runs), after <see cref="NewsApiOptions.WarmUpAnalyses"/> runs, or after <see cref="MaxDuration"/> (a machine too busy
/// to finish compiling still starts), whichever comes first. Runs after the database initialiser (registration order).
/// </summary>
public sealed class AnalysisWarmUp(ArticleAnalyzer analyzer, IOptions<NewsApiOptions> options, ILogger<AnalysisWarmUp> logger) : IHostedLifecycleService
{
    /// <summary>Longer than the runtime's tiering delay (100 ms without new code before call counting starts) and a tier-up in between.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest the warm-up holds the start back.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Runs without a compiled method that also make the warm-up quiet: on a busy machine a run takes long and the
    /// runtime's background compiler may not get a core for <see cref="Quiet"/>, so time alone would end it early.
    /// </summary>
    public const int QuietRuns = 50;

    /// <summary>Enough for a method to pass the call counts of both tiers (30 calls each) on the way to optimised code.</summary>
    public const int MinRuns = 100;

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
        var limit = options.Value.WarmUpAnalyses;
        if (limit <= 0)
        {
            return Task.CompletedTask;
        }

        var started = Stopwatch.GetTimestamp();
        var input = new ArticleInput(Title, Body, new DateOnly(2010, 5, 7));
        var request = new AnalyzeRequest { Title = Title, Text = Body, PublishedAt = new DateTimeOffset(2010, 5, 7, 0, 0, 0, TimeSpan.Zero) };
        var (query, offsets) = (new SummaryQuery(), new OffsetsQuery());
        var compiled = JitInfo.GetCompiledMethodCount();
        var (quietSince, quietFrom) = (started, 0);
        var runs = 0;
        while (runs < limit && !cancellationToken.IsCancellationRequested && Stopwatch.GetElapsedTime(started) < MaxDuration)
        {
            analyzer.Analyze(input);
            FastPathJson.Write(AnalyzeApi.Analyze(request, query, offsets, analyzer), Body.Length);
            runs++;
            if (JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, quietSince, quietFrom) = (now, Stopwatch.GetTimestamp(), runs);
            }
            else if (runs >= MinRuns && runs - quietFrom >= QuietRuns && Stopwatch.GetElapsedTime(quietSince) >= Quiet)
            {
                break;
            }
        }

        logger.LogInformation(
            "Warmed up the analysis with {Count} runs in {Milliseconds:F0} ms ({Methods} methods compiled)",
            runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds, compiled);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
