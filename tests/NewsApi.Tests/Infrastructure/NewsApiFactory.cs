using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// The service on its own temporary SQLite file. Each test class (or test) builds its own factory and arranges
/// its own data; nothing is shared between tests.
/// </summary>
public sealed class NewsApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _seed;
    private readonly string _environment;
    private readonly string[] _apiKeys;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public NewsApiFactory(bool seed = false, string environment = "Testing", string[]? apiKeys = null, string? databasePath = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _seed = seed;
        _environment = environment;
        _apiKeys = apiKeys ?? [ApiKey];
        Directory.CreateDirectory(_directory);
        DatabasePath = databasePath ?? Path.Combine(_directory, "news.db");
    }

    public string DatabasePath { get; }

    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:News"] = $"Data Source={DatabasePath}",
                ["NewsApi:SeedOnStartup"] = _seed ? "true" : "false",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            for (var i = 0; i < _apiKeys.Length; i++)
            {
                settings[$"NewsApi:ApiKeys:{i}"] = _apiKeys[i];
            }

            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the OS is left to the temp cleaner.
            }
        }
    }
}

public static class TestData
{
    public static object Article(string title = "Apple sells more phones", string? body = null, string? url = null, string? source = null, string? publishedAt = "2024-05-10T08:00:00Z") => new
    {
        title,
        body = body ?? "Apple said on Monday it sold 5 million phones in April. Chief executive Tim Cook said demand was strong.",
        url,
        source,
        publishedAt,
    };

    public static async Task<long> CreateAsync(HttpClient writer, object article)
    {
        var response = await writer.PostAsJsonAsync("/api/articles", article);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return json.GetProperty("id").GetInt64();
    }

    /// <summary>The repository checkout these tests were built from.</summary>
    public static string RepositoryRoot() =>
        typeof(TestData).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string SeedsFolder() => Path.Combine(RepositoryRoot(), "seeds");
}
