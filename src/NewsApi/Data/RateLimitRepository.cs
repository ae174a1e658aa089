using System.Data;
using Dapper;

namespace NewsApi.Data;

/// <summary>All SQL over <c>rate_limit_windows</c> (PostgreSQL migration 0007): request counts shared by instances.</summary>
public static class RateLimitRepository
{
    /// <summary>Adds one request for the client in the window and returns the window's count, in one statement.</summary>
    public static Task<long> IncrementAsync(IDbConnection connection, string client, long windowStart, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO rate_limit_windows (client, window_start, requests) VALUES (@client, @windowStart, 1)
            ON CONFLICT (client, window_start) DO UPDATE SET requests = rate_limit_windows.requests + 1
            RETURNING requests;
            """,
            new { client, windowStart }, cancellationToken: ct));

    /// <summary>Drops the windows that started before <paramref name="before"/>.</summary>
    public static Task<int> DeleteBeforeAsync(IDbConnection connection, long before, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM rate_limit_windows WHERE window_start < @before;", new { before }, cancellationToken: ct));
}
