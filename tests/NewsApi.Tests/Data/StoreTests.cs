using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>The store seam: configuration, migration pairs and the one full-text syntax rendered for both stores.</summary>
public sealed class StoreTests
{
    [Fact]
    public void Every_migration_number_has_a_sqlite_file_and_a_postgres_file()
    {
        var sqlite = DatabaseMigrator.Migrations(StoreKind.Sqlite);
        var postgres = DatabaseMigrator.Migrations(StoreKind.Postgres);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Select(m => m.Version), postgres.Select(m => m.Version));
        Assert.Equal(sqlite.Select(m => m.Name), postgres.Select(m => m.Name.Replace("0001_baseline", "0001_initial", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("sqlite", "Host=127.0.0.1;Database=news", "not a SQLite connection string")]
    [InlineData("postgres", "Data Source=data/news.db", "Npgsql connection string")]
    [InlineData("postgres", "", "ConnectionStrings:News is empty")]
    [InlineData("mysql", "Data Source=x.db", "use 'sqlite' (the default) or 'postgres'")]
    public void A_store_that_does_not_match_its_connection_string_is_a_clear_start_up_error(string store, string connectionString, string message)
    {
        var error = Assert.Throws<StoreConfigurationException>(() => StoreConfiguration.Create(store, connectionString, null, new SqliteTuning()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_replica_needs_postgres()
    {
        var error = Assert.Throws<StoreConfigurationException>(() => StoreConfiguration.Create(null, "Data Source=x.db", "Host=replica", new SqliteTuning()));
        Assert.Contains("NewsRead", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("putin", "\"putin\"", "'putin'")]
    [InlineData("Putin Obama", "(\"Putin\") AND (\"Obama\")", "('putin') & ('obama')")]
    [InlineData("\"went to the polls\"", "\"went to the polls\"", "'went' <-> 'to' <-> 'the' <-> 'polls'")]
    [InlineData("elect*", "\"elect\" *", "'elect':*")]
    [InlineData("a OR b c", "(\"a\") OR ((\"b\") AND (\"c\"))", "('a') | (('b') & ('c'))")]
    [InlineData("putin NOT obama", "(\"putin\") NOT (\"obama\")", "('putin') & ! ('obama')")]
    [InlineData("title:putin", "title : \"putin\"", "'putin':A")]
    [InlineData("body:(g20 OR summit*)", "(body : \"g20\") OR (body : \"summit\" *)", "('g20':B) | ('summit':*B)")]
    [InlineData("state.position", "\"state.position\"", "'state' <-> 'position'")]
    [InlineData("U.S. AND (Obama)", "(\"U.S.\") AND (\"Obama\")", "('u' <-> 's') & ('obama')")]
    public void A_query_means_the_same_on_both_stores(string q, string fts5, string tsquery)
    {
        var query = FullTextQuery.Parse(q);
        Assert.Equal(fts5, query.ToFts5());
        Assert.Equal(tsquery, query.ToTsQuery());
    }

    [Theory]
    [InlineData("\"unclosed", "not closed")]
    [InlineData("body:x OR", "ends where")]
    [InlineData("nosuchcolumn:putin", "not a field")]
    [InlineData("NOT putin", "NOT needs a word before it")]
    [InlineData("(putin", "'(' is not closed")]
    [InlineData("putin)", "')' has no '('")]
    [InlineData("...", "no letters or digits")]
    [InlineData("pu*tin", "'*' may only end")]
    [InlineData("title:body:x", "already chosen")]
    public void Bad_syntax_is_refused_with_a_reason(string q, string reason)
    {
        Assert.False(FullTextQuery.TryParse(q, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_split_words_exactly_as_postgres_splits_stored_text()
    {
        // Every BMP character once, in runs between letters, so each separator range boundary is crossed.
        var sample = string.Concat(Enumerable.Range(1, 0xFFFF).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => $"a{(char)c}b "));
        var database = NewsApi.Testing.PostgresServer.Instance.CreateMigratedDatabase();
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(database);
            await connection.OpenAsync();
            var split = await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT newsapi_fts_words(@sample);", new { sample });
            Assert.Equal(FullTextQuery.Words(sample), split!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            NewsApi.Testing.PostgresServer.Instance.DropDatabase(database);
        }
    }

    [Fact]
    public void Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        Assert.False(FullTextQuery.TryParse(new string('(', 5_000) + "x" + new string(')', 5_000), out _, out var error));
        Assert.Contains("deeper than", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(";Max Auto Prepare=0", false)]
    public async Task PostgreSQL_prepares_repeated_statements_unless_the_connection_string_says_otherwise(string setting, bool prepared)
    {
        var database = NewsApi.Testing.PostgresServer.Instance.CreateMigratedDatabase();
        try
        {
            await using var store = new PostgresStore(database + setting);
            await using var connection = await store.OpenAsync();
            // Npgsql prepares a statement from its fifth use on a connection (AutoPrepareMinUsages).
            for (var i = 0; i < 6; i++)
            {
                await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT count(*) FROM articles WHERE id > @i;", new { i });
            }

            var statements = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT count(*) FROM pg_prepared_statements;");
            Assert.Equal(prepared, statements > 0);
        }
        finally
        {
            NewsApi.Testing.PostgresServer.Instance.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Every_SQLite_connection_enforces_foreign_keys_also_when_it_comes_back_from_the_pool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsapi-fk-{Guid.NewGuid():N}.db");
        try
        {
            var store = new SqliteStore($"Data Source={path}");
            for (var i = 0; i < 3; i++)
            {
                await using var connection = await store.OpenAsync();
                Assert.Equal(1L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "PRAGMA foreign_keys;"));
            }

            await using (var first = await store.OpenAsync())
            await using (var second = await store.OpenAsync())
            {
                // Two at once: the second is a new physical connection, configured on its first open.
                Assert.Equal(1L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(second, "PRAGMA foreign_keys;"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void A_SQLite_connection_opened_without_a_task_is_configured_like_an_async_one_and_maps_the_file_when_asked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsapi-mmap-{Guid.NewGuid():N}.db");
        try
        {
            var mapped = new SqliteStore($"Data Source={path}", mmapMegabytes: 64);
            for (var i = 0; i < 2; i++)
            {
                // The second open takes the pooled connection back: its settings stay.
                using var connection = mapped.OpenSqlite();
                Assert.Equal(1L, Dapper.SqlMapper.ExecuteScalar<long>(connection, "PRAGMA foreign_keys;"));
                Assert.Equal(64L * 1024 * 1024, Dapper.SqlMapper.ExecuteScalar<long>(connection, "PRAGMA mmap_size;"));
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using var unmapped = new SqliteStore($"Data Source={path}").OpenSqlite();
            Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(unmapped, "PRAGMA mmap_size;"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void Pooled_bytes_hold_a_copy_and_go_back_to_the_pool_once()
    {
        byte[] source = [1, 2, 3, 4, 5];
        var pooled = PooledBytes.CopyOf(source);
        source[0] = 9;
        Assert.Equal([1, 2, 3, 4, 5], pooled.Memory.ToArray());
        Assert.Equal(5, pooled.Length);
        pooled.Dispose();
        pooled.Dispose(); // a second dispose returns nothing twice
        Assert.Throws<ObjectDisposedException>(() => pooled.Memory);
        Assert.Equal(0, PooledBytes.CopyOf([]).Length);
    }
}
