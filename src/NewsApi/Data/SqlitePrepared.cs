using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsApi.Data;

/// <summary>
/// Statements prepared once per pooled SQLite connection and kept with it, for the hottest single-row reads.
/// Microsoft.Data.Sqlite prepares a command's SQL anew on every execution (dotnet/efcore#14044); for a primary-key
/// lookup that returns a stored body, preparing costs as much as the lookup. The statements live as long as the native
/// connection (keyed by its handle); a pooled connection is used by one caller at a time, so each handle's statements
/// are too.
/// </summary>
internal static class SqlitePrepared
{
    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, sqlite3_stmt>> Statements = [];

    /// <summary>The first column of the row <paramref name="sql"/> finds for two integer parameters, or null when none.</summary>
    public static byte[]? ReadBlob(SqliteConnection connection, string sql, long first, long second)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var statements = Statements.GetOrCreateValue(db);
        if (!statements.TryGetValue(sql, out var statement))
        {
            Check(db, raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement, out _));
            statements[sql] = statement;
        }

        try
        {
            Check(db, raw.sqlite3_bind_int64(statement, 1, first));
            Check(db, raw.sqlite3_bind_int64(statement, 2, second));
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_DONE)
            {
                return null;
            }

            if (rc != raw.SQLITE_ROW)
            {
                Check(db, rc);
            }

            return raw.sqlite3_column_blob(statement, 0).ToArray();
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }
}
