using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsApi.Data;

/// <summary>A store setting that cannot work: reported at start-up, never papered over with a fallback.</summary>
public sealed class StoreConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>SQLite settings that differ between the server and the bulk import (see <see cref="SqliteStore"/>).</summary>
/// <param name="MmapMegabytes">How much of the database file SQLite reads through a memory map (<c>PRAGMA mmap_size</c>);
/// null or 0 reads with pread, SQLite's default.</param>
public sealed record SqliteTuning(int? CacheMegabytes = null, int? WalAutocheckpointPages = null, Action<long>? StatementTimer = null, int? MmapMegabytes = null);

/// <summary>Builds the store that <c>NewsApi:Store</c> names from <c>ConnectionStrings:News</c> (and <c>NewsRead</c>).</summary>
public static class StoreConfiguration
{
    public const string StoreKey = "NewsApi:Store";
    public const string DefaultSqlite = "Data Source=data/news.db";

    public static StoreKind ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreKind.Sqlite,
        "postgres" or "postgresql" => StoreKind.Postgres,
        _ => throw new StoreConfigurationException($"{StoreKey} is '{value}': use 'sqlite' (the default) or 'postgres'."),
    };

    public static NewsStore Create(string? kind, string? connectionString, string? readConnectionString, SqliteTuning tuning)
    {
        var store = ParseKind(kind);
        if (store == StoreKind.Sqlite)
        {
            if (!string.IsNullOrWhiteSpace(readConnectionString))
            {
                throw new StoreConfigurationException("ConnectionStrings:NewsRead (a read replica) needs NewsApi:Store=postgres; SQLite has no replicas.");
            }

            CheckSqlite(connectionString ?? DefaultSqlite);
            return new SqliteStore(connectionString ?? DefaultSqlite, tuning.CacheMegabytes, tuning.WalAutocheckpointPages, tuning.StatementTimer, tuning.MmapMegabytes);
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreConfigurationException("NewsApi:Store is 'postgres' but ConnectionStrings:News is empty: give an Npgsql connection string (Host=…;Database=…;Username=…).");
        }

        CheckPostgres(connectionString, "ConnectionStrings:News");
        if (!string.IsNullOrWhiteSpace(readConnectionString))
        {
            CheckPostgres(readConnectionString, "ConnectionStrings:NewsRead");
        }

        return new PostgresStore(connectionString, readConnectionString);
    }

    private static void CheckSqlite(string connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                throw new StoreConfigurationException("ConnectionStrings:News names no SQLite file (Data Source=…).");
            }
        }
        catch (ArgumentException ex)
        {
            throw new StoreConfigurationException(
                $"NewsApi:Store is 'sqlite' but ConnectionStrings:News is not a SQLite connection string ({ex.Message}). "
                + "For PostgreSQL set NewsApi:Store=postgres; for SQLite use Data Source=path/to/news.db.", ex);
        }
    }

    private static void CheckPostgres(string connectionString, string key)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new StoreConfigurationException($"NewsApi:Store is 'postgres' but {key} names no Host: is it a SQLite connection string?");
            }
        }
        catch (ArgumentException ex)
        {
            throw new StoreConfigurationException(
                $"NewsApi:Store is 'postgres' but {key} is not an Npgsql connection string ({ex.Message}). Use Host=…;Database=…;Username=….", ex);
        }
    }
}
