using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsApi.Data;

/// <summary>The database errors the service expects and answers, recognised the same way for both stores.</summary>
public static class StoreErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>A unique index refused a row: another writer stored the same article (URL or content) first.</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>PostgreSQL chose this transaction as a deadlock victim or could not serialise it: running it again is safe.</summary>
    public static bool IsRetryable(Exception ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>The database could not be reached or answered with an error (health checks).</summary>
    public static bool IsUnavailable(Exception ex) => ex is SqliteException or NpgsqlException or IOException or InvalidOperationException or TimeoutException;
}
