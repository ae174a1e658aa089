using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using NewsApi.Analysis;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Endpoints;
using NewsApi.Fetching;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;
using NewsApi.Mapping;
using NewsApi.Queries;

namespace NewsApi;

/// <summary>What the process is for: serving HTTP, or a bulk import that shares the services but not the port.</summary>
public enum HostMode
{
    Server,
    Import,
}

/// <summary>
/// The composition root: services, then the HTTP pipeline. The content root is the application's own folder, so
/// appsettings, the page (wwwroot) and the seeds are found wherever the process is started, while relative paths
/// given by the user (the database, import inputs) stay relative to the working directory.
/// </summary>
public static class NewsApiApplication
{
    /// <summary>SQLite page cache of the bulk import's connections (the server keeps SQLite's default unless configured).</summary>
    public const int ImportCacheMegabytes = 128;

    /// <summary>The import checkpoints the WAL every 64 MB instead of every 4 MB.</summary>
    public const int ImportWalAutocheckpointPages = 16_384;

    /// <summary>The server reads up to 1 GB of the SQLite file through a memory map (stored views without a system call per page).</summary>
    public const int ServerMmapMegabytes = 1024;

    public static WebApplication Build(string[] args, HostMode mode)
    {
        // The import watches no configuration file: the host's watcher would wake on every write to the database beside it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = mode == HostMode.Server ? args : ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddServices(builder, mode);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder, HostMode mode)
    {
        // Configuration and storage: embedded SQLite, data/news.db relative to the working directory by default, or PostgreSQL.
        builder.Services.Configure<NewsApiOptions>(builder.Configuration.GetSection(NewsApiOptions.Section));
        // NewsApi:Store (sqlite | postgres) with ConnectionStrings:News, and NewsRead for a PostgreSQL read replica.
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return StoreConfiguration.Create(
                configuration[StoreConfiguration.StoreKey],
                configuration.GetConnectionString("News"),
                configuration.GetConnectionString("NewsRead"),
                new SqliteTuning(
                    configuration.GetValue<int?>("NewsApi:Sqlite:CacheMegabytes") ?? (mode == HostMode.Server ? null : ImportCacheMegabytes),
                    mode == HostMode.Server ? null : ImportWalAutocheckpointPages,
                    mode == HostMode.Server ? sp.GetRequiredService<NewsApiMetrics>().Statement : null,
                    configuration.GetValue<int?>("NewsApi:Sqlite:MmapMegabytes") ?? (mode == HostMode.Server ? ServerMmapMegabytes : null)));
        });
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton(TimeProvider.System);

        // Analysis is pure and thread-safe: one instance serves every request.
        builder.Services.AddSingleton(_ => ArticleAnalyzer.CreateDefault());
        builder.Services.AddSingleton<ArticleViews>();
        builder.Services.AddSingleton<ArticleIngestor>();
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddSingleton<BulkImporter>();
        builder.Services.AddHostedService<DatabaseInitializer>(); // schema, then seeds, before the first request
        builder.Services.AddHostedService<AnalysisWarmUp>(); // then the JIT warm-up of the analysis
        builder.Services.AddSingleton<Reanalyzer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Reanalyzer>()); // stale analyses, in the background
        builder.Services.AddSingleton<ArticleReader>();
        builder.Services.AddSingleton<PartyReader>();
        builder.Services.AddSingleton<PartyViewWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PartyViewWriter>()); // party pages reads built
        builder.Services.AddSingleton<StatsReader>();
        builder.Services.AddSingleton<FactSearchReader>();
        builder.Services.AddNewsApiFetching(); // POST /api/articles/fetch and the feed poller (NewsApi:Fetch, NewsApi:Feeds)

        // HTTP: camelCase JSON with string enums, ProblemDetails for every error, validators from this assembly.
        builder.Services.Configure<JsonOptions>(ConfigureJson);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.AddDetail);
        ValidatorOptions.Global.PropertyNameResolver = ProblemDefaults.CamelCasePropertyName;
        ValidatorOptions.Global.DisplayNameResolver = ProblemDefaults.CamelCasePropertyName;
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        builder.Services.AddNewsApiOpenApi();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
        builder.Services.AddNewsApiOutputCache(builder.Configuration);
        builder.Services.AddNewsApiRateLimiting(builder.Configuration);
        builder.Services.AddNewsApiTelemetry(builder.Configuration);
        builder.Services.AddNewsApiForwardedHeaders();
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            // Closed unless origins are configured (NewsApi:Cors:Origins); Development allows any origin.
            var origins = builder.Configuration.GetSection("NewsApi:Cors:Origins").Get<string[]>() ?? [];
            if (builder.Environment.IsDevelopment() && origins.Length == 0)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Link", "Location", "X-Total-Count", "RateLimit", "RateLimit-Policy", "Retry-After");
        }));
    }

    /// <summary>The API, the health probes and the metrics: paths no file of the page can have.</summary>
    private static bool IsServicePath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/alive", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    /// <summary>The API's JSON: web defaults, camelCase string enums, generated metadata first (<see cref="NewsApiJsonContext"/>), reflection for the rest.</summary>
    public static void ConfigureJson(JsonOptions options)
    {
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        options.SerializerOptions.TypeInfoResolverChain.Insert(0, NewsApiJsonContext.Default);
    }

    private static void UsePipeline(WebApplication app)
    {
        if (ForwardedHeaders.IsConfigured(app.Configuration))
        {
            app.UseForwardedHeaders(); // first: everything after sees the client's address and scheme
        }

        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The newsroom page (wwwroot) at /, ahead of the ETag buffer (static files carry their own ETags). Its files are
        // looked for only off the service's own paths: on every API request the lookups were a share of a stored read.
        app.UseWhen(c => !IsServicePath(c.Request.Path), page =>
        {
            page.UseDefaultFiles();
            page.UseStaticFiles();
        });
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseCors();
        app.UseMiddleware<ETagMiddleware>();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseOutputCache(); // after the key check and the ETag buffer: cached responses still get ETags and 304s
        // Swashbuckle's middleware resolves its document provider on every request it sees: it sees only its own.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), docs =>
        {
            docs.UseSwagger();
            docs.UseSwaggerUI(o => o.DocumentTitle = "NewsApi");
        });

        app.MapHealth();
        app.MapArticles();
        app.MapAnalyze();
        app.MapParties();
        app.MapStats();
        app.MapFactSearch();
        app.MapFetch();
        app.MapFeeds();
        app.MapNewsApiMetrics();
    }
}
