using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using NewsApi.Client;
using NewsApi.Testing;

namespace NewsApi.ClientTests.Infrastructure;

/// <summary>
/// The real service on its own temporary SQLite file, or with NEWSAPI_TEST_STORE=postgres its own PostgreSQL database,
/// with the committed seed article loaded, for the generated client to drive (the same arrangement as NewsApi.Tests'
/// factory, kept to what these tests need).
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "client-test-key";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-client-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgres = TestStore.IsPostgres ? PostgresServer.Instance.CreateMigratedDatabase() : null;

    /// <param name="kestrel">Listen on a real loopback port, for clients in other processes (Python, Node.js).</param>
    public ServiceFactory(bool kestrel = false)
    {
        Directory.CreateDirectory(_directory);
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    /// <summary>Starts the Kestrel server and returns where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    /// <summary>A generated client over the in-memory server; <paramref name="withKey"/> adds the X-Api-Key header for writes.</summary>
    public NewsApiClient CreateApiClient(bool withKey = true)
    {
        var http = CreateClient();
        if (withKey)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        return new NewsApiClient(http);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsApi:Store"] = _postgres is null ? "sqlite" : "postgres",
            ["ConnectionStrings:News"] = _postgres ?? $"Data Source={Path.Combine(_directory, "news.db")}",
            ["NewsApi:SeedOnStartup"] = "true",
            ["NewsApi:SeedsPath"] = Path.Combine(Repository.Root, "seeds"),
            ["NewsApi:ApiKeys:0"] = ApiKey,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (_postgres is not null)
            {
                PostgresServer.Instance.DropDatabase(_postgres);
            }

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

public static class Repository
{
    /// <summary>The checkout these tests were built from (set by the project file).</summary>
    public static string Root { get; } =
        typeof(Repository).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
