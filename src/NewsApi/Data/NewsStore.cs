using System.Data.Common;
using Dapper;

namespace NewsApi.Data;

/// <summary>Which database holds the articles (<c>NewsApi:Store</c>).</summary>
public enum StoreKind
{
    /// <summary>Embedded SQLite: one file, one machine (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL: any number of stateless instances over one database.</summary>
    Postgres,
}

/// <summary>
/// The one seam between the service and its database: every connection, write transaction and cross-instance lock is
/// made here, so the repositories in <c>Data/</c> see only a <see cref="DbConnection"/> and pick their SQL by
/// <see cref="SqlDialect.Of"/>.
/// </summary>
public abstract class NewsStore : IAsyncDisposable
{
    public abstract StoreKind Kind { get; }

    public SqlDialect Dialect => Kind == StoreKind.Postgres ? SqlDialect.Postgres : SqlDialect.Sqlite;

    /// <summary>Where the data lives, for logs and errors (a file path, or host and database; never a password).</summary>
    public abstract string Describe { get; }

    /// <summary>A connection to the primary: every write, and every read that must see the caller's own write.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>A connection for reads that may lag a moment behind the primary (a replica when one is configured).</summary>
    public virtual Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken = default) => OpenAsync(cancellationToken);

    /// <summary>
    /// A read-only transaction whose statements all see one snapshot of the store (SQLite: a deferred transaction in
    /// WAL mode; PostgreSQL: REPEATABLE READ), for a read that must be consistent with a version it also reads.
    /// </summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a write transaction. SQLite takes the database's write lock at once (BEGIN IMMEDIATE), so it never has to
    /// upgrade a read lock and deadlock; PostgreSQL runs READ COMMITTED, where unique indexes decide duplicates and row
    /// locks order writers.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits a write transaction, first moving the change counter (<c>store_version</c>) that every process watches.
    /// The counter moves last, just before the commit, so the one row every writer updates is held for the commit
    /// alone; it is committed (and on PostgreSQL replicated) with the data it announces. Returns the value this commit
    /// produced, so the process knows the change is its own.
    /// </summary>
    public async Task<long> CommitAsync(DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        var counter = await transaction.Connection!.ExecuteScalarAsync<long>(new CommandDefinition(
            "UPDATE store_version SET version = version + 1 WHERE id = 1 RETURNING version;", transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return counter;
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding a lock named <paramref name="name"/> that every instance over this
    /// database respects (migrations, seeding). SQLite needs none beyond its write lock: one process migrates a file at a time.
    /// </summary>
    public abstract Task RunExclusiveAsync(string name, Func<DbConnection, Task> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// The change counter (<c>store_version</c>): moved by one by every write transaction of any NewsApi process, in
    /// commit order (the row is locked until the commit). 0 before the schema exists.
    /// </summary>
    public abstract Task<long> ReadChangeCounterAsync(DbConnection connection, CancellationToken cancellationToken = default);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
