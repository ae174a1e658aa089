using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NewsApi.Infrastructure;

/// <summary>The <c>NewsApi:Metrics</c> configuration section.</summary>
public sealed class MetricsSettings
{
    public const string Section = "NewsApi:Metrics";

    /// <summary>Serve the Prometheus scrape endpoint.</summary>
    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";

    /// <summary>When set, the scrape endpoint answers only on this port (also list it in --urls), off the public one.</summary>
    public int? Port { get; set; }
}

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core request durations per route (the framework's own
/// <c>http.server.request.duration</c>), runtime counters, and NewsApi's meters (analysis time per stage, articles
/// stored, output cache lookups, database time). A Prometheus scrape endpoint serves the metrics; an OTLP exporter
/// sends metrics and traces when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and nothing leaves the machine otherwise.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddNewsApiTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsSettings>(configuration.GetSection(MetricsSettings.Section));
        var settings = configuration.GetSection(MetricsSettings.Section).Get<MetricsSettings>() ?? new MetricsSettings();
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddSingleton<NewsApiMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("newsapi", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation()
                    // Npgsql reports its own command durations (db.client.operation.duration) on PostgreSQL.
                    .AddMeter(NewsApiMetrics.MeterName, NewsApi.Analysis.AnalysisTelemetry.MeterName, "Npgsql");
                if (settings.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        // Traces only where they go somewhere: without an exporter, recording every request's span (with its tags) is
        // pure cost (about a tenth of a stored read's CPU). Log scopes keep ASP.NET Core's own trace and span ids.
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(settings.Path))
                .AddOtlpExporter());
        }

        return services;
    }

    public static void MapNewsApiMetrics(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(MetricsSettings.Section).Get<MetricsSettings>() ?? new MetricsSettings();
        if (!settings.Enabled)
        {
            return;
        }

        var endpoint = app.MapPrometheusScrapingEndpoint(settings.Path);
        if (settings.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
        }
    }
}

/// <summary>The service's own instruments; names follow the OpenTelemetry conventions (seconds, dotted names).</summary>
public sealed class NewsApiMetrics
{
    public const string MeterName = "NewsApi";

    private readonly Counter<long> _stored;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _database;

    public NewsApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _stored = meter.CreateCounter<long>("newsapi.articles.stored", "{article}", "Articles stored (POST, batch, PUT, seed and bulk import)");
        _retries = meter.CreateCounter<long>("newsapi.db.write.retries", "{transaction}", "Write transactions run again after PostgreSQL chose them as a deadlock victim");
        _cacheLookups = meter.CreateCounter<long>("newsapi.output_cache.lookups", "{lookup}", "Output cache lookups of API reads, by result (hit or miss)");
        _database = meter.CreateHistogram<double>("newsapi.db.statement.duration", "s", "Time SQLite spent running each statement",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });
    }

    public void ArticlesStored(int count, string operation) => _stored.Add(count, new KeyValuePair<string, object?>("operation", operation));

    public void WriteRetried(string operation) => _retries.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void CacheLookup(bool hit) => _cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void Statement(long nanoseconds) => _database.Record(nanoseconds / 1e9);

    public bool MeasuresStatements => _database.Enabled;
}

/// <summary>Counts output cache hits and misses (misses are answers computed by the endpoint and then stored).</summary>
public sealed class CacheMetricsPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.RequestServices.GetRequiredService<NewsApiMetrics>().CacheLookup(hit: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.EnableOutputCaching)
        {
            context.HttpContext.RequestServices.GetRequiredService<NewsApiMetrics>().CacheLookup(hit: false);
        }

        return ValueTask.CompletedTask;
    }
}
