using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsApi.Data;

/// <summary>
/// Statements prepared once per pooled SQLite connection and kept with it, for the hottest reads (a stored view, a
/// list page of stored items and its count). Microsoft.Data.Sqlite prepares a command's SQL anew on every execution
/// (dotnet/efcore#14044); for a read that returns stored bytes, preparing costs as much as the read. The statements
/// live as long as the native connection (keyed by its handle); a pooled connection is used by one caller at a time, so
/// each handle's statements are too. At most <see cref="MaxPerConnection"/> texts are kept per connection (the list
/// statements vary with the filter's shape); past that a statement is prepared for one use and finalised.
/// </summary>
internal static class SqlitePrepared
{
    private const int MaxPerConnection = 64;

    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30), BusyPause = TimeSpan.FromMilliseconds(5);

    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, sqlite3_stmt>> Statements = [];

    /// <summary>The first column of the row <paramref name="sql"/> finds for two integer parameters, or null when none.</summary>
    public static byte[]? ReadBlob(SqliteConnection connection, string sql, long first, long second) =>
        Run(connection, sql, (first, second), static (db, statement, keys) =>
        {
            Check(db, raw.sqlite3_bind_int64(statement, 1, keys.first));
            Check(db, raw.sqlite3_bind_int64(statement, 2, keys.second));
        }, static (db, statement, _) => Step(db, statement) ? raw.sqlite3_column_blob(statement, 0).ToArray() : null);

    /// <summary>The first column of every row, as bytes (null for a NULL), with named parameters bound from <paramref name="arguments"/>.</summary>
    public static List<byte[]?> ReadBlobs(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> arguments) =>
        Run(connection, sql, arguments, Bind, static (db, statement, _) =>
        {
            var rows = new List<byte[]?>();
            while (Step(db, statement))
            {
                rows.Add(raw.sqlite3_column_type(statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(statement, 0).ToArray());
            }

            return rows;
        });

    /// <summary>The integer in the first column of the first row (0 when NULL or no row), with named parameters bound.</summary>
    public static long ReadInt64(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> arguments) =>
        Run(connection, sql, arguments, Bind, static (db, statement, _) => Step(db, statement) ? raw.sqlite3_column_int64(statement, 0) : 0);

    /// <summary>
    /// Runs the kept statement for <paramref name="sql"/> (preparing it on first use): binds, reads, then resets it. The
    /// callbacks take their values as <paramref name="state"/>, so the hot reads allocate no closure. Every call binds
    /// all of the statement's parameters, so the bindings need no clearing between uses.
    /// </summary>
    private static T Run<TState, T>(SqliteConnection connection, string sql, TState state,
        Action<sqlite3, sqlite3_stmt, TState> bind, Func<sqlite3, sqlite3_stmt, TState, T> read)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var statements = Statements.GetOrCreateValue(db);
        var kept = statements.TryGetValue(sql, out var cached);
        var statement = cached!;
        if (!kept)
        {
            kept = statements.Count < MaxPerConnection;
            Check(db, raw.sqlite3_prepare_v3(db, sql, kept ? raw.SQLITE_PREPARE_PERSISTENT : 0u, out statement, out _));
            if (kept)
            {
                statements[sql] = statement;
            }
        }

        try
        {
            bind(db, statement, state);
            return read(db, statement, state);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            if (!kept)
            {
                statement.Dispose();
            }
        }
    }

    /// <summary>Binds every parameter of the statement by name (<c>@Name</c>) from the arguments; a missing one is an error.</summary>
    private static void Bind(sqlite3 db, sqlite3_stmt statement, IReadOnlyDictionary<string, object?> arguments)
    {
        var count = raw.sqlite3_bind_parameter_count(statement);
        for (var i = 1; i <= count; i++)
        {
            var name = raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string();
            if (name is null || !arguments.TryGetValue(name[1..], out var value))
            {
                throw new InvalidOperationException($"No value for the SQL parameter {name}.");
            }

            Check(db, value switch
            {
                null => raw.sqlite3_bind_null(statement, i),
                long l => raw.sqlite3_bind_int64(statement, i, l),
                int n => raw.sqlite3_bind_int64(statement, i, n),
                bool b => raw.sqlite3_bind_int64(statement, i, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, i, d),
                string s => raw.sqlite3_bind_text(statement, i, s),
                byte[] bytes => raw.sqlite3_bind_blob(statement, i, bytes),
                _ => throw new InvalidOperationException($"The SQL parameter {name} has a value of type {value.GetType().Name}, which is not bound here."),
            });
        }
    }

    /// <summary>
    /// Steps to the next row: true on a row, false when done; an error throws. A busy or locked database is retried for
    /// up to <see cref="BusyTimeout"/>, as Microsoft.Data.Sqlite retries its own commands.
    /// </summary>
    private static bool Step(sqlite3 db, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        for (var waited = TimeSpan.Zero; (rc == raw.SQLITE_BUSY || rc == raw.SQLITE_LOCKED) && waited < BusyTimeout; waited += BusyPause)
        {
            Thread.Sleep(BusyPause);
            rc = raw.sqlite3_step(statement);
        }

        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            Check(db, rc);
        }

        return false;
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));
        }
    }
}
