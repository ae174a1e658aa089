using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NewsApi.Analysis;

/// <summary>
/// Time per analysis stage, as a System.Diagnostics.Metrics histogram (the BCL's own API, so the library stays free
/// of any telemetry package): a host that listens (OpenTelemetry, dotnet-counters) sees it, others pay one branch.
/// </summary>
public static class AnalysisTelemetry
{
    public const string MeterName = "NewsApi.Analysis";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>(
        "newsapi.analysis.stage.duration", "s", "Time spent in each analysis stage of one article",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1] });

    /// <summary>Records the time since <paramref name="since"/> under <paramref name="stage"/>; returns now.</summary>
    internal static long Lap(string stage, long since)
    {
        var now = Stopwatch.GetTimestamp();
        if (StageDuration.Enabled)
        {
            StageDuration.Record(Stopwatch.GetElapsedTime(since, now).TotalSeconds, new KeyValuePair<string, object?>("stage", stage));
        }

        return now;
    }
}
