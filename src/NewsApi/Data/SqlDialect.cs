using System.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsApi.Data;

/// <summary>
/// The SQL fragments that differ between SQLite and PostgreSQL, written once each: repositories write a statement
/// once where it is portable and build the rest from these (or keep a sqlite/postgres pair side by side).
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(StoreKind.Sqlite);
    public static readonly SqlDialect Postgres = new(StoreKind.Postgres);

    private SqlDialect(StoreKind kind) => Kind = kind;

    public StoreKind Kind { get; }

    public bool IsPostgres => Kind == StoreKind.Postgres;

    /// <summary>The dialect of a connection's database.</summary>
    public static SqlDialect Of(IDbConnection connection) => connection switch
    {
        NpgsqlConnection => Postgres,
        SqliteConnection => Sqlite,
        _ => throw new NotSupportedException($"No SQL dialect for {connection.GetType().Name}."),
    };

    /// <summary>Picks the statement written for this dialect, when the two differ as a whole.</summary>
    public string Pick(string sqlite, string postgres) => IsPostgres ? postgres : sqlite;

    /// <summary>Case-insensitive equality (SQLite NOCASE folds ASCII letters; PostgreSQL lower() folds all letters).</summary>
    public string EqualsNoCase(string column, string parameter) =>
        IsPostgres ? $"lower({column}) = lower({parameter})" : $"{column} = {parameter} COLLATE NOCASE";

    /// <summary>A sort key that ignores case.</summary>
    public string NoCase(string column) => IsPostgres ? $"lower({column})" : $"{column} COLLATE NOCASE";

    /// <summary>A case-insensitive LIKE with backslash as the escape character.</summary>
    public string LikeNoCase(string column, string parameter) =>
        IsPostgres ? $"{column} ILIKE {parameter} ESCAPE '\\'" : $"{column} LIKE {parameter} ESCAPE '\\'";

    /// <summary>Ascending with NULL first, as SQLite always sorts NULL lowest.</summary>
    public string Ascending(string column) => IsPostgres ? $"{column} ASC NULLS FIRST" : $"{column} ASC";

    /// <summary>Descending with NULL last, as SQLite always sorts NULL lowest.</summary>
    public string Descending(string column) => IsPostgres ? $"{column} DESC NULLS LAST" : $"{column} DESC";

    /// <summary>
    /// Membership in a list parameter: Dapper expands <c>IN @list</c> for SQLite and passes the list as one array for
    /// Npgsql, which compares with <c>= ANY</c>.
    /// </summary>
    public string InList(string column, string parameter) => IsPostgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary>The Monday of the ISO week of a 'yyyy-MM-dd' text expression, as 'yyyy-MM-dd'.</summary>
    public string WeekStart(string day) =>
        IsPostgres ? $"to_char(date_trunc('week', ({day})::date), 'YYYY-MM-DD')" : $"date({day}, 'weekday 0', '-6 days')";

    /// <summary>The rows of a JSON array parameter as <c>j(value)</c> (a JSON value each: use <c>j.value -&gt;&gt; 0</c>).</summary>
    public string JsonArray(string parameter) =>
        IsPostgres ? $"jsonb_array_elements({parameter}::jsonb) AS j(value)" : $"jsonb_each({parameter}) j";

    /// <summary>The strings of a JSON array column as <c>j(value)</c> (text each).</summary>
    public string JsonStrings(string column) =>
        IsPostgres ? $"jsonb_array_elements_text({column}::jsonb) AS j(value)" : $"json_each({column}) j";
}

/// <summary>
/// A set-based insert whose rows travel as one JSON array parameter <c>@Rows</c> (see <see cref="JsonRows"/>): the
/// statement text is fixed whatever the number of rows, so a batch prepares it (and its triggers) once.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Columns">Each column with the JSON property holding it and its PostgreSQL type.</param>
/// <param name="Tail">Text after the SELECT (a RETURNING clause); the same for both dialects.</param>
public sealed record JsonInsert(string Table, IReadOnlyList<(string Column, string Property, string PgType)> Columns, string Tail = "")
{
    private string? _sqlite;
    private string? _postgres;

    public string Sql(SqlDialect dialect) => dialect.IsPostgres ? _postgres ??= Build(dialect) : _sqlite ??= Build(dialect);

    private string Build(SqlDialect dialect)
    {
        var columns = string.Join(", ", Columns.Select(c => c.Column));
        if (dialect.IsPostgres)
        {
            var values = string.Join(", ", Columns.Select(c => $"j.\"{c.Property}\""));
            var record = string.Join(", ", Columns.Select(c => $"\"{c.Property}\" {c.PgType}"));
            return $"INSERT INTO {Table} ({columns}) SELECT {values} FROM jsonb_to_recordset(@Rows::jsonb) AS j({record}) {Tail};";
        }

        // WHERE true: an INSERT … SELECT followed by an upsert or RETURNING clause needs it to parse in SQLite.
        var sqliteValues = string.Join(", ", Columns.Select(c => $"j.value ->> '{c.Property}'"));
        return $"INSERT INTO {Table} ({columns}) SELECT {sqliteValues} FROM jsonb_each(@Rows) j WHERE true {Tail};";
    }
}
