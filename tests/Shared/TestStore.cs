using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data;
using Npgsql;

namespace NewsApi.Testing;

/// <summary>
/// Which store the suite runs against: <c>NEWSAPI_TEST_STORE</c> = <c>sqlite</c> (default) or <c>postgres</c>. Every
/// test gets a database of its own on either store.
/// </summary>
public static class TestStore
{
    public const string Variable = "NEWSAPI_TEST_STORE";

    public static StoreKind Kind { get; } = StoreConfiguration.ParseKind(Environment.GetEnvironmentVariable(Variable));

    public static bool IsPostgres => Kind == StoreKind.Postgres;
}

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>NEWSAPI_TEST_PG</c> (an admin connection string), or
/// else one this process starts itself from Debian's packages (installing them when missing and running as root): initdb
/// into a temporary folder as the postgres user, a free loopback port, fsync off. It is stopped when the process ends.
/// A server that cannot start fails the tests that need it; nothing falls back to SQLite.
/// </summary>
public sealed class PostgresServer
{
    private const string Template = "newsapi_template";

    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    public static PostgresServer Instance => Shared.Value;

    public string AdminConnectionString { get; }

    /// <summary>A new, empty database (no schema): what a first start of the service finds.</summary>
    public string CreateEmptyDatabase() => Create(null);

    /// <summary>A new database copied from the migrated template: what a running service has.</summary>
    public string CreateMigratedDatabase() => Create(Template);

    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
    }

    private string Create(string? template)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        Execute(template is null ? $"CREATE DATABASE \"{name}\";" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\";");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresServer Start()
    {
        var given = Environment.GetEnvironmentVariable("NEWSAPI_TEST_PG");
        var server = new PostgresServer(string.IsNullOrWhiteSpace(given) ? StartLocal() : given);
        server.Execute($"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE);");
        server.Execute($"CREATE DATABASE \"{Template}\";");
        var store = new PostgresStore(new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = Template }.ConnectionString);
        new DatabaseMigrator(store, NullLogger<DatabaseMigrator>.Instance).MigrateAsync().GetAwaiter().GetResult();
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        NpgsqlConnection.ClearAllPools();
        return server;
    }

    private static string StartLocal()
    {
        var bin = FindBin() ?? (Install() ? FindBin() : null)
            ?? throw new InvalidOperationException("PostgreSQL is not installed (Debian: apt-get install postgresql) and this process cannot install it (not root).");
        RemoveStale();
        var root = Path.Combine(Path.GetTempPath(), $"newsapi-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres:postgres", root]);
        }

        var data = Path.Combine(root, "data");
        RunAs(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var port = LoopbackPort.Free();
        var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            + "-c max_connections=400 -c shared_buffers=128MB";
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAs(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Left to the temp cleaner.
            }
        };
        // Generous timeouts: on a loaded two-core CI machine a connection open has been seen to take over Npgsql's default 15 s.
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true;Timeout=90;Command Timeout=120";
    }

    /// <summary>
    /// Removes the clusters of test processes that are gone (a test host that is killed never runs its exit handler):
    /// each folder is named after the process that started it.
    /// </summary>
    private static void RemoveStale()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "newsapi-pg-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var pid) || pid == Environment.ProcessId || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                // Its server too, if it outlived the test host (the first line of postmaster.pid is the server's pid).
                var postmaster = Path.Combine(folder, "data", "postmaster.pid");
                if (File.Exists(postmaster) && int.TryParse(File.ReadLines(postmaster).FirstOrDefault(), out var server) && Directory.Exists($"/proc/{server}"))
                {
                    System.Diagnostics.Process.GetProcessById(server).Kill();
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // A cluster still shutting down: the next start removes it.
            }
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;

    private static bool Install()
    {
        if (Environment.UserName != "root")
        {
            return false;
        }

        Run("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null"]);
        return true;
    }

    private static void RunAs(bool asRoot, string program, string[] arguments)
    {
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {output.Result}{error.Result}");
        }
    }
}
