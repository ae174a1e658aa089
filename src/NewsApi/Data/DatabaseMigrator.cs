using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// Applies the numbered, append-only scripts in Data/Migrations (embedded resources) that are newer than the
/// database's PRAGMA user_version, each in its own transaction together with the version bump.
/// </summary>
public sealed class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger)
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // WAL is a property of the database file: readers never block the writer and vice versa.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        var current = await connection.ExecuteScalarAsync<long>("PRAGMA user_version;");
        foreach (var (version, name, sql) in Migrations)
        {
            if (version <= current)
            {
                continue;
            }

            await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
            // PRAGMA takes no parameters; the version is an int parsed from our own resource name.
            await connection.ExecuteAsync(new CommandDefinition(
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};"),
                transaction: transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Version} ({Name})", version, name);
        }
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string marker = ".Data.Migrations.";
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var at = resource.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0 || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[(at + marker.Length)..];
            var digits = name.TakeWhile(char.IsAsciiDigit).Count();
            var version = int.Parse(name.AsSpan(0, digits), CultureInfo.InvariantCulture);
            list.Add((version, name, Read(assembly, resource)));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1..n without gaps; found {list[i].Item2}.");
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

internal static class SqliteErrors
{
    public const int Constraint = 19;

    public static bool IsUniqueViolation(SqliteException ex) => ex.SqliteErrorCode == Constraint && ex.Message.Contains("UNIQUE", StringComparison.Ordinal);
}
