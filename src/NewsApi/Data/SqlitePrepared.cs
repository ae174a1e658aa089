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

    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, Kept>> Statements = [];

    /// <summary>The first column of the row <paramref name="sql"/> finds for two integer parameters, or null when none.</summary>
    public static byte[]? ReadBlob(SqliteConnection connection, string sql, long first, long second) =>
        Run(connection, sql, (first, second), static (db, kept, keys) =>
        {
            Check(db, raw.sqlite3_bind_int64(kept.Statement, 1, keys.first));
            Check(db, raw.sqlite3_bind_int64(kept.Statement, 2, keys.second));
        }, static (db, statement, _) => Step(db, statement) ? raw.sqlite3_column_blob(statement, 0).ToArray() : null);

    /// <summary>
    /// <see cref="ReadBlob"/> into a buffer rented from the shared pool (a stored view is 5-20 KB: allocated on every
    /// read, it was most of the read's garbage); the caller returns it by disposing.
    /// </summary>
    public static PooledBytes? ReadPooledBlob(SqliteConnection connection, string sql, long first, long second) =>
        Run(connection, sql, (first, second), static (db, kept, keys) =>
        {
            Check(db, raw.sqlite3_bind_int64(kept.Statement, 1, keys.first));
            Check(db, raw.sqlite3_bind_int64(kept.Statement, 2, keys.second));
        }, static (db, statement, _) => Step(db, statement) ? PooledBytes.CopyOf(raw.sqlite3_column_blob(statement, 0)) : null);

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

    /// <summary>Steps through every row <paramref name="sql"/> returns without reading it (for what it does per row), with named parameters bound.</summary>
    public static void StepAll(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> arguments) =>
        Run(connection, sql, arguments, Bind, static (db, statement, _) =>
        {
            while (Step(db, statement))
            {
            }

            return 0;
        });

    /// <summary>Every row <paramref name="sql"/> returns, mapped by <paramref name="map"/>, with named parameters bound.</summary>
    public static List<T> ReadRows<T>(SqliteConnection connection, string sql, IReadOnlyDictionary<string, object?> arguments, Func<SqliteRow, T> map) =>
        Run(connection, sql, (arguments, map), static (db, kept, state) => Bind(db, kept, state.arguments), static (db, statement, state) =>
        {
            var rows = new List<T>();
            while (Step(db, statement))
            {
                rows.Add(state.map(new SqliteRow(statement)));
            }

            return rows;
        });

    /// <summary>
    /// Runs the kept statement for <paramref name="sql"/> (preparing it on first use): binds, reads, then resets it. The
    /// callbacks take their values as <paramref name="state"/>, so the hot reads allocate no closure. Every call sets
    /// all of the statement's parameters (or finds them set), so the bindings need no clearing between uses.
    /// </summary>
    private static T Run<TState, T>(SqliteConnection connection, string sql, TState state,
        Action<sqlite3, Kept, TState> bind, Func<sqlite3, sqlite3_stmt, TState, T> read)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var statements = Statements.GetOrCreateValue(db);
        if (!statements.TryGetValue(sql, out var kept))
        {
            var keep = statements.Count < MaxPerConnection;
            Check(db, raw.sqlite3_prepare_v3(db, sql, keep ? raw.SQLITE_PREPARE_PERSISTENT : 0u, out var statement, out _));
            kept = new Kept(statement, keep);
            if (keep)
            {
                statements[sql] = kept;
            }
        }

        try
        {
            bind(db, kept, state);
            return read(db, kept.Statement, state);
        }
        finally
        {
            raw.sqlite3_reset(kept.Statement);
            if (!kept.IsKept)
            {
                kept.Statement.Dispose();
            }
        }
    }

    /// <summary>
    /// Binds every parameter of the statement by name (<c>@Name</c>) from the arguments; a missing one is an error. A
    /// parameter that already holds the value is left as it is: SQLite marks a statement for re-preparation when a
    /// parameter it planned with is bound again (a LIMIT, since 3.47, or a LIKE pattern), even to the same value.
    /// </summary>
    private static void Bind(sqlite3 db, Kept kept, IReadOnlyDictionary<string, object?> arguments)
    {
        var statement = kept.Statement;
        var names = kept.Names;
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (name is null || !arguments.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"No value for the SQL parameter @{name}.");
            }

            if (Equals(kept.Bound[i], value)) // never true for Unbound, which no caller can pass
            {
                continue;
            }

            Check(db, value switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                long l => raw.sqlite3_bind_int64(statement, i + 1, l),
                int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                bool b => raw.sqlite3_bind_int64(statement, i + 1, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, i + 1, d),
                string s => raw.sqlite3_bind_text(statement, i + 1, s),
                byte[] bytes => raw.sqlite3_bind_blob(statement, i + 1, bytes),
                _ => throw new InvalidOperationException($"The SQL parameter @{name} has a value of type {value.GetType().Name}, which is not bound here."),
            });
            // A byte array may change under the same reference: never taken as already bound.
            kept.Bound[i] = value is byte[] ? Unbound.Instance : value;
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

    /// <summary>A prepared statement with its parameters' names (without the @) and the values bound to them now.</summary>
    private sealed class Kept
    {
        public Kept(sqlite3_stmt statement, bool isKept)
        {
            Statement = statement;
            IsKept = isKept;
            Names = new string?[raw.sqlite3_bind_parameter_count(statement)];
            Bound = new object?[Names.Length];
            for (var i = 0; i < Names.Length; i++)
            {
                Names[i] = raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string()?[1..];
                Bound[i] = Unbound.Instance;
            }
        }

        public sqlite3_stmt Statement { get; }

        /// <summary>False for a statement prepared for one use (the connection already keeps its maximum).</summary>
        public bool IsKept { get; }

        public string?[] Names { get; }

        public object?[] Bound { get; }
    }

    /// <summary>The value of a parameter not bound yet.</summary>
    private sealed class Unbound
    {
        public static readonly Unbound Instance = new();
    }
}

/// <summary>The current row of a kept statement, read by column ordinal; valid only inside the map callback.</summary>
internal readonly struct SqliteRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>A text column's UTF-8 bytes, valid until the statement steps on (no string is made).</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);

    public string? Text(int column) => IsNull(column) ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    public string TextOrEmpty(int column) => Text(column) ?? "";
}

/// <summary>Bytes in a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>; disposing returns it (once).</summary>
public sealed class PooledBytes : IDisposable
{
    private byte[]? _array;

    private PooledBytes(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The bytes; not to be used after <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsMemory(0, Length);

    public static PooledBytes CopyOf(ReadOnlySpan<byte> bytes)
    {
        var array = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
        bytes.CopyTo(array);
        return new PooledBytes(array, bytes.Length);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
        }
    }
}
