using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// Applies the numbered, append-only scripts in Data/Migrations/{sqlite,postgres} (embedded resources) that are newer
/// than the database's version, each in its own transaction together with the version bump. Both stores share one
/// numbering: every number has a SQLite file and a PostgreSQL file. SQLite keeps its version in PRAGMA user_version;
/// PostgreSQL in schema_migrations, and migrates under an advisory lock, so instances starting together apply each
/// migration once.
/// </summary>
public sealed class DatabaseMigrator(NewsStore store, ILogger<DatabaseMigrator> logger)
{
    public static IReadOnlyList<Migration> Migrations(StoreKind kind) => kind == StoreKind.Postgres ? PostgresMigrations : SqliteMigrations;

    private static readonly IReadOnlyList<Migration> SqliteMigrations = Load("sqlite");
    private static readonly IReadOnlyList<Migration> PostgresMigrations = Load("postgres");

    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        store.RunExclusiveAsync("migrate", connection => MigrateAsync(connection, cancellationToken), cancellationToken);

    private async Task MigrateAsync(DbConnection connection, CancellationToken ct)
    {
        var postgres = store.Kind == StoreKind.Postgres;
        if (postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());",
                cancellationToken: ct));
        }
        else
        {
            // WAL is a property of the database file: readers never block the writer and vice versa.
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        }

        var current = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            postgres ? "SELECT coalesce(max(version), 0) FROM schema_migrations;" : "PRAGMA user_version;", cancellationToken: ct));
        foreach (var migration in Migrations(store.Kind))
        {
            if (migration.Version <= current)
            {
                continue;
            }

            await using var transaction = await store.BeginWriteAsync(connection, ct);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: ct));
            // PRAGMA takes no parameters; the version is an int parsed from our own resource name.
            await connection.ExecuteAsync(new CommandDefinition(
                postgres
                    ? "INSERT INTO schema_migrations (version, name) VALUES (@Version, @Name);"
                    : string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version};"),
                migration,
                transaction,
                cancellationToken: ct));
            await transaction.CommitAsync(ct);
            logger.LogInformation("Applied migration {Version} ({Name}) to {Store}", migration.Version, migration.Name, store.Describe);
        }
    }

    private static List<Migration> Load(string folder)
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var prefix = $"NewsApi.Data.Migrations.{folder}/";
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..];
            var digits = name.TakeWhile(char.IsAsciiDigit).Count();
            var version = int.Parse(name.AsSpan(0, digits), CultureInfo.InvariantCulture);
            list.Add(new Migration(version, name, Read(assembly, resource)));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1..n without gaps; found {folder}/{list[i].Name}.");
            }
        }

        return list;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One numbered schema change for one store.</summary>
public sealed record Migration(int Version, string Name, string Sql);
