using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// The embedded store: every connection gets foreign keys and a busy timeout, so concurrent writers wait for each
/// other instead of failing with "database is locked".
/// </summary>
public sealed class SqliteStore : NewsStore
{
    private const int BusyTimeoutMs = 10_000;

    private static readonly object Configured = new();

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    private readonly string _pragmas;

    private readonly Action<long>? _statementTimer;

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <param name="cacheMegabytes">Page cache per connection; null keeps SQLite's default (2 MB). The bulk import uses a
    /// large one: at scale its inserts touch index pages all over the file.</param>
    /// <param name="walAutocheckpointPages">WAL size in pages that triggers a checkpoint; null keeps SQLite's 1,000. The
    /// bulk import checkpoints less often: each checkpoint syncs the database file.</param>
    /// <param name="statementTimer">Told the nanoseconds SQLite spent on each statement (sqlite3_profile); null measures nothing.</param>
    /// <param name="mmapMegabytes">How much of the file is read through a memory map; null or 0 reads every page with a
    /// pread. A stored view is a blob over several overflow pages, which SQLite reads straight from the file, bypassing its
    /// page cache: one system call per page on every read (perf: about a tenth of a stored read's CPU), a copy from the
    /// map instead.</param>
    public SqliteStore(string connectionString, int? cacheMegabytes = null, int? walAutocheckpointPages = null, Action<long>? statementTimer = null, int? mmapMegabytes = null)
    {
        _statementTimer = statementTimer;
        // Sorts and groupings of aggregate queries stay in memory instead of temporary files.
        // Foreign keys are a per-connection setting too. Set here once per physical connection, not through the
        // connection string's "Foreign Keys", which makes Microsoft.Data.Sqlite prepare and run that pragma on every
        // Open of a pooled connection: on a read of stored bytes, that was most of SQLite's share of the request.
        _pragmas = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
            + (cacheMegabytes is > 0 ? $" PRAGMA cache_size = -{cacheMegabytes.Value * 1024};" : "")
            + (walAutocheckpointPages is > 0 ? $" PRAGMA wal_autocheckpoint = {walAutocheckpointPages.Value};" : "")
            + (mmapMegabytes is > 0 ? $" PRAGMA mmap_size = {mmapMegabytes.Value * 1024L * 1024L};" : "");
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = null,
            Pooling = true,
        };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string ConnectionString { get; }

    public string DataSource { get; }

    public override StoreKind Kind => StoreKind.Sqlite;

    public override string Describe => DataSource;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => await OpenSqliteAsync(cancellationToken);

    public async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Configure(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The same connection as <see cref="OpenSqliteAsync"/>, opened without a task: Microsoft.Data.Sqlite opens and
    /// reads synchronously anyway, and a stored read's whole work is one lookup, so the async wrappers were a share of it.
    /// </summary>
    public SqliteConnection OpenSqlite()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            Configure(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Per-connection settings, set once per physical connection: pooled ones come back with them.</summary>
    private void Configure(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle || _configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var pragma = connection.CreateCommand();
        pragma.CommandText = _pragmas;
        pragma.ExecuteNonQuery();
        if (_statementTimer is { } timer)
        {
            // The raw form: the statement text is not marshalled to a string for every statement.
            SQLitePCL.raw.sqlite3_profile(handle, (SQLitePCL.delegate_profile)((_, _, nanoseconds) => timer(nanoseconds)), null);
        }

        _configured.AddOrUpdate(handle, Configured);
    }

    /// <summary>Starts a write transaction with BEGIN IMMEDIATE, so it never has to upgrade a read lock (and deadlock).</summary>
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task RunExclusiveAsync(string name, Func<DbConnection, Task> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await work(connection);
    }

    /// <summary>store_version.version (migration 0009), or 0 before it exists.</summary>
    public override async Task<long> ReadChangeCounterAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_version')
                        THEN (SELECT version FROM store_version WHERE id = 1) ELSE 0 END;
            """;
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }
}
