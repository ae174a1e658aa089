using Npgsql;
using NpgsqlTypes;

namespace NewsApi.Data;

/// <summary>
/// Binary COPY for the bulk import on PostgreSQL: the child rows of a whole batch stream into each table inside the
/// batch's transaction, without statement parsing or per-row parameters. COPY fires the tables' statement-level
/// triggers like an INSERT does, so the rollups stay exact. The repositories own the statements (one place per table).
/// </summary>
internal static class PostgresCopy
{
    /// <summary>Below this many rows a set-based INSERT is as fast and needs no second code path.</summary>
    public const int Threshold = 256;

    /// <summary>True when <paramref name="connection"/> is PostgreSQL and the batch is large enough to stream.</summary>
    public static bool Applies(System.Data.IDbConnection connection, int rows, out NpgsqlConnection postgres)
    {
        postgres = connection as NpgsqlConnection ?? null!;
        return connection is NpgsqlConnection && rows >= Threshold;
    }

    public static void Rows<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        using var importer = connection.BeginBinaryImport(copy);
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }

        importer.Complete();
    }

    public static void Text(this NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void Long(this NpgsqlBinaryImporter importer, long? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }

    /// <summary>A double, with NaN and infinities stored as NULL as the JSON path stores them.</summary>
    public static void Double(this NpgsqlBinaryImporter importer, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            importer.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
