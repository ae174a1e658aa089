using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// One read written once for both stores: on SQLite a statement kept prepared with the pooled connection
/// (<see cref="SqlitePrepared"/>) and mapped by column ordinal; on PostgreSQL through Dapper by column name (Npgsql
/// prepares a statement it sees repeatedly by itself). The map and the statement's column list sit side by side in
/// the table's repository.
/// </summary>
internal static class Rows
{
    public static async Task<List<T>> ReadAsync<T>(
        IDbConnection connection, string sql, Dictionary<string, object?> arguments, Func<SqliteRow, T> map, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? SqlitePrepared.ReadRows(sqlite, sql, arguments, map)
            : (await connection.QueryAsync<T>(new CommandDefinition(sql, new DynamicParameters(arguments), cancellationToken: ct))).AsList();

    /// <summary>The single row <paramref name="sql"/> returns, or null when it returns none.</summary>
    public static async Task<T?> ReadOneAsync<T>(
        IDbConnection connection, string sql, Dictionary<string, object?> arguments, Func<SqliteRow, T> map, CancellationToken ct)
        where T : class =>
        (await ReadAsync(connection, sql, arguments, map, ct)).SingleOrDefault();
}
