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
    /// <summary>True when the rows should stream: a bulk import's batch (<paramref name="bulk"/>) on PostgreSQL.</summary>
    public static bool Applies(System.Data.IDbConnection connection, bool bulk, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NpgsqlConnection? postgres)
    {
        postgres = bulk ? connection as NpgsqlConnection : null;
        return postgres is not null;
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

    /// <summary>The four leading columns every fact table shares: article, sentence, start and end offset.</summary>
    public static void Span(this NpgsqlBinaryImporter importer, long articleId, long sentenceIndex, long start, long end)
    {
        importer.Write(articleId, NpgsqlDbType.Bigint);
        importer.Write(sentenceIndex, NpgsqlDbType.Bigint);
        importer.Write(start, NpgsqlDbType.Bigint);
        importer.Write(end, NpgsqlDbType.Bigint);
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
