using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using NewsApi.Data;
using NewsApi.Testing;
using Npgsql;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// The service on a database of its own: a temporary SQLite file, or with NEWSAPI_TEST_STORE=postgres a new
/// PostgreSQL database copied from the migrated template (dropped afterwards). Each test class (or test) builds its own
/// factory and arranges its own data; nothing is shared between tests.
/// </summary>
public sealed class NewsApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _seed;
    private readonly string _environment;
    private readonly string[] _apiKeys;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    private readonly bool _ownsDatabase;

    /// <param name="database">Another factory's <see cref="Database"/> to open instead of a new one (a restart).</param>
    /// <param name="store">The store, when a test is about one store only (SQLite files from older versions); default: the suite's.</param>
    public NewsApiFactory(
        bool seed = false, string environment = "Testing", string[]? apiKeys = null, string? database = null, IReadOnlyDictionary<string, string?>? settings = null, StoreKind? store = null)
    {
        Store = store ?? TestStore.Kind;
        _settings = settings ?? new Dictionary<string, string?>();
        _seed = seed;
        _environment = environment;
        _apiKeys = apiKeys ?? [ApiKey];
        Directory.CreateDirectory(_directory);
        _ownsDatabase = database is null;
        Database = database ?? (IsPostgres ? PostgresServer.Instance.CreateMigratedDatabase() : Path.Combine(_directory, "news.db"));
    }

    /// <summary>The SQLite file's path, or the PostgreSQL database's connection string.</summary>
    public string Database { get; }

    public StoreKind Store { get; }

    public bool IsPostgres => Store == StoreKind.Postgres;

    /// <summary>The value of ConnectionStrings:News.</summary>
    public string ConnectionString => IsPostgres ? Database : $"Data Source={Database}";

    /// <summary>A connection of the test's own to the service's database (not through the service).</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(Database) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

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
                ["ConnectionStrings:News"] = ConnectionString,
                ["NewsApi:Store"] = IsPostgres ? "postgres" : "sqlite",
                ["NewsApi:SeedOnStartup"] = _seed ? "true" : "false",
                ["NewsApi:WarmUpAnalyses"] = "0", // hundreds of hosts start in the suite; one test runs the warm-up
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
            if (IsPostgres && _ownsDatabase)
            {
                PostgresServer.Instance.DropDatabase(Database);
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

/// <summary>
/// A database of the suite's store for a test that runs the real binary (import, crash tests): a SQLite file in
/// <paramref name="folder"/>, or a new empty PostgreSQL database that the binary migrates itself.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(string folder)
    {
        ConnectionString = TestStore.IsPostgres
            ? PostgresServer.Instance.CreateEmptyDatabase()
            : $"Data Source={Path.Combine(folder, "data", "news.db")}";
    }

    public StoreKind Store { get; } = TestStore.Kind;

    public string ConnectionString { get; }

    /// <summary>What a factory over the same database takes as its <c>database</c> argument.</summary>
    public string FactoryDatabase => TestStore.IsPostgres ? ConnectionString : new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>The host configuration tokens that point the binary at this database.</summary>
    public string[] Arguments => TestStore.IsPostgres
        ? ["--NewsApi:Store=postgres", $"--ConnectionStrings:News={ConnectionString}"]
        : [$"--ConnectionStrings:News={ConnectionString}"];

    /// <summary>A connection, or null when the database (SQLite: its file) does not exist yet.</summary>
    public DbConnection? TryOpen()
    {
        if (!TestStore.IsPostgres && !File.Exists(new SqliteConnectionStringBuilder(ConnectionString).DataSource))
        {
            return null;
        }

        DbConnection connection = TestStore.IsPostgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (TestStore.IsPostgres)
        {
            PostgresServer.Instance.DropDatabase(ConnectionString);
        }
    }
}
