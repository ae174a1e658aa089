using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using NewsApi.Analysis;
using NewsApi.Data;
using NewsApi.Endpoints;
using NewsApi.Fetching;
using NewsApi.Infrastructure;
using NewsApi.Ingestion;
using NewsApi.Queries;

// `import PATH [--batch N]` runs a bulk import instead of the web server (see README "Bulk import").
var import = args is ["import", var importPath, ..] ? importPath : null;
// The import watches no configuration file: the host's watcher would wake on every write to the database beside it.
var builder = WebApplication.CreateBuilder(import is null ? args : ["--hostBuilder:reloadConfigOnChange=false", .. args[2..]]);

// Configuration and storage: embedded SQLite, data/news.db relative to the working directory by default.
builder.Services.Configure<NewsApiOptions>(builder.Configuration.GetSection(NewsApiOptions.Section));
builder.Services.AddSingleton(sp => new SqliteConnectionFactory(
    sp.GetRequiredService<IConfiguration>().GetConnectionString("News") ?? "Data Source=data/news.db",
    sp.GetRequiredService<IConfiguration>().GetValue<int?>("NewsApi:Sqlite:CacheMegabytes") ?? (import is null ? null : ImportCacheMegabytes),
    import is null ? null : ImportWalAutocheckpointPages));
builder.Services.AddSingleton<DatabaseMigrator>();
builder.Services.AddSingleton(TimeProvider.System);

// Analysis is pure and thread-safe: one instance serves every request.
builder.Services.AddSingleton(_ => ArticleAnalyzer.CreateDefault());
builder.Services.AddSingleton<ArticleIngestor>();
builder.Services.AddSingleton<SeedLoader>();
builder.Services.AddSingleton<BulkImporter>();
builder.Services.AddHostedService<DatabaseInitializer>(); // schema, then seeds, before the first request
builder.Services.AddSingleton<Reanalyzer>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<Reanalyzer>()); // stale analyses, in the background
builder.Services.AddSingleton<ArticleReader>();
builder.Services.AddSingleton<PartyReader>();
builder.Services.AddSingleton<StatsReader>();
builder.Services.AddSingleton<FactSearchReader>();
builder.Services.AddNewsApiFetching(); // POST /api/articles/fetch and the feed poller (NewsApi:Fetch, NewsApi:Feeds)

// HTTP: camelCase JSON with string enums, ProblemDetails for every error, validators from this assembly.
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
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

    policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Link", "Location", "X-Total-Count");
}));

var app = builder.Build();

app.UseExceptionHandler();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseDefaultFiles(); // the newsroom page (wwwroot) at /, ahead of the ETag buffer: static files carry their own ETags
app.UseStaticFiles();
app.UseStatusCodePages();
app.UseResponseCompression();
app.UseCors();
app.UseMiddleware<ETagMiddleware>();
app.UseMiddleware<RequestSizeGuard>();
app.UseRateLimiter();
app.UseMiddleware<ApiKeyMiddleware>();
app.UseOutputCache(); // after the key check and the ETag buffer: cached responses still get ETags and 304s
app.UseSwagger();
app.UseSwaggerUI(o => o.DocumentTitle = "NewsApi");

app.MapHealth();
app.MapArticles();
app.MapAnalyze();
app.MapParties();
app.MapStats();
app.MapFactSearch();
app.MapFetch();
app.MapFeeds();

if (import is not null)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    var batchSize = app.Configuration.GetValue("batch", BulkImporter.DefaultBatchSize);
    var summary = await app.Services.GetRequiredService<BulkImporter>().RunAsync(import, Console.Out, batchSize, CancellationToken.None);
    return summary.Invalid > 0 ? 1 : 0;
}

await app.RunAsync();
return 0;

/// <summary>Entry point; see the top of this file.</summary>
public partial class Program
{
    /// <summary>SQLite page cache of the bulk import's connections (the server keeps SQLite's default unless configured).</summary>
    public const int ImportCacheMegabytes = 128;

    /// <summary>The import checkpoints the WAL every 64 MB instead of every 4 MB.</summary>
    public const int ImportWalAutocheckpointPages = 16_384;
}
