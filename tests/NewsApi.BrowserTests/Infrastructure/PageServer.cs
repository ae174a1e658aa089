using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsApi.BrowserTests.Infrastructure;

/// <summary>
/// The real service on Kestrel (a browser cannot reach TestServer), bound to 127.0.0.1 on a free port, on its own
/// temporary SQLite file with the repository's seed article loaded at start-up.
/// </summary>
public sealed class PageServer : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-test-key";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-browser-tests", Guid.NewGuid().ToString("N"));

    public PageServer()
    {
        Directory.CreateDirectory(_directory);
        UseKestrel(0); // WebApplicationFactory binds http://127.0.0.1:0 and reports the port it got
    }

    /// <summary>Where the service listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:News"] = $"Data Source={Path.Combine(_directory, "news.db")}",
            ["NewsApi:SeedOnStartup"] = "true",
            ["NewsApi:SeedsPath"] = Path.Combine(RepositoryRoot(), "seeds"),
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

    /// <summary>The repository checkout these tests were built from.</summary>
    public static string RepositoryRoot() =>
        typeof(PageServer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
