using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsApi.Analysis;
using NewsApi.Infrastructure;

namespace NewsApi.Tests.Infrastructure;

public sealed class AnalysisWarmUpTests
{
    private sealed class Recorder : ILogger<AnalysisWarmUp>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(0, false)]
    public async Task The_warm_up_runs_the_configured_number_of_analyses_before_start(int count, bool logged)
    {
        var log = new Recorder();
        var warmUp = new AnalysisWarmUp(ArticleAnalyzer.CreateDefault(), Options.Create(new NewsApiOptions { WarmUpAnalyses = count }), log);

        await warmUp.StartingAsync(CancellationToken.None);

        Assert.Equal(logged, log.Messages.Any(m => m.StartsWith($"Warmed up the analysis with {count} runs", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_warm_up_stops_once_the_jit_has_nothing_left_to_compile()
    {
        var log = new Recorder();
        var warmUp = new AnalysisWarmUp(ArticleAnalyzer.CreateDefault(), Options.Create(new NewsApiOptions { WarmUpAnalyses = 20_000 }), log);

        await warmUp.StartingAsync(CancellationToken.None);

        var message = Assert.Single(log.Messages);
        var runs = int.Parse(message.Split(' ')[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(runs, AnalysisWarmUp.MinRuns, 19_999);
    }
}
