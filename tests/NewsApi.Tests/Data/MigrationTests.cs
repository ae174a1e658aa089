using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task A_version_2_database_is_upgraded_with_its_scores_and_counters_intact()
    {
        var path = await CreateAtVersionAsync(2, """
            INSERT INTO articles (id, title, body, language, word_count, sentence_count, content_hash, analyzer_version, created_at, updated_at)
            VALUES (1, 'Old', 'First one here. Second one here. Third one here.', 'en', 9, 3, 'h', '1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
            INSERT INTO sentences (article_id, idx, start_offset, end_offset, score, rank) VALUES (1, 0, 0, 15, 0.2, 3), (1, 1, 16, 32, 0.9, 1), (1, 2, 33, 48, 0.5, 2);
            INSERT INTO sentence_scores (article_id, algorithm, idx, score, rank) VALUES
                (1, 'textrank', 0, 0.2, 3), (1, 'textrank', 1, 0.9, 1), (1, 'textrank', 2, 0.5, 2);
            INSERT INTO parties (id, party_key, name, type, created_at) VALUES (1, 'place:paris', 'Paris', 'place', '2024-01-01T00:00:00Z');
            INSERT INTO article_parties (article_id, party_id, aliases, mention_count, first_mention, salience) VALUES (1, 1, '[]', 2, 0, 1);
            """);

        // Re-analysis by the current analyser would replace the hand-written rows this test checks.
        using var factory = new NewsApiFactory(store: StoreKind.Sqlite, database: path, settings: new Dictionary<string, string?> { ["NewsApi:ReanalyzeOnStartup"] = "false" });
        var client = factory.CreateClient();
        var summary = await client.GetFromJsonAsync<JsonElement>("/api/articles/1/summary?algorithm=textrank&sentences=1");
        var party = await client.GetFromJsonAsync<JsonElement>("/api/parties/1");

        Assert.Equal("Second one here.", summary.GetProperty("sentences")[0].GetProperty("text").GetString());
        Assert.Equal(0.9, summary.GetProperty("sentences")[0].GetProperty("score").GetDouble());
        Assert.Equal(2, party.GetProperty("mentionCount").GetInt32());
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync();
        Assert.Equal((long)DatabaseMigrator.Migrations(StoreKind.Sqlite).Count, await check.ExecuteScalarAsync<long>("PRAGMA user_version;"));
    }

    [Fact]
    public async Task A_version_5_database_drops_the_unread_sentence_columns_and_keeps_its_sentences()
    {
        var path = await CreateAtVersionAsync(5, """
            INSERT INTO articles (id, title, body, language, word_count, sentence_count, content_hash, analyzer_version, created_at, updated_at)
            VALUES (1, 'Old', 'First one here. Second one here.', 'en', 6, 2, 'h', '1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
            INSERT INTO sentences (article_id, idx, start_offset, end_offset, score, rank) VALUES (1, 0, 0, 15, 0.2, 2), (1, 1, 16, 32, 0.9, 1);
            INSERT INTO sentence_scores (article_id, algorithm, scores) VALUES (1, 'textrank', '[0.2,0.9]');
            """);

        using var factory = new NewsApiFactory(store: StoreKind.Sqlite, database: path, settings: new Dictionary<string, string?> { ["NewsApi:ReanalyzeOnStartup"] = "false" });
        var sentences = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles/1/sentences?algorithm=textrank");

        Assert.Equal([1, 2], sentences.EnumerateArray().Select(s => s.GetProperty("rank").GetInt32()).Reverse());
        Assert.Equal("Second one here.", sentences[1].GetProperty("text").GetString());
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync();
        var columns = (await check.QueryAsync<string>("SELECT name FROM pragma_table_info('sentences') ORDER BY cid;")).ToList();
        Assert.Equal(["article_id", "idx", "start_offset", "end_offset"], columns);
    }

    [Fact]
    public async Task A_version_4_database_gets_quarter_and_year_counts_from_its_month_counts()
    {
        // The 0004 triggers fill party_days and party_months from these links.
        var path = await CreateAtVersionAsync(4, """
            INSERT INTO parties (id, party_key, name, type, created_at) VALUES (1, 'place:paris', 'Paris', 'place', '2024-01-01T00:00:00Z');
            INSERT INTO articles (id, title, body, language, word_count, sentence_count, content_hash, analyzer_version, published_at, created_at, updated_at) VALUES
                (1, 'A', 'In Paris.', 'en', 2, 1, 'h1', '1', '2012-12-31T10:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                (2, 'B', 'In Paris.', 'en', 2, 1, 'h2', '1', '2013-01-15T10:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                (3, 'C', 'In Paris.', 'en', 2, 1, 'h3', '1', '2013-03-31T10:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
                (4, 'D', 'In Paris.', 'en', 2, 1, 'h4', '1', '2013-04-01T10:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
            INSERT INTO article_parties (article_id, party_id, aliases, mention_count, first_mention, salience) VALUES
                (1, 1, '[]', 1, 0, 1), (2, 1, '[]', 2, 0, 1), (3, 1, '[]', 3, 0, 1), (4, 1, '[]', 4, 0, 1);
            """);

        using var factory = new NewsApiFactory(store: StoreKind.Sqlite, database: path, settings: new Dictionary<string, string?> { ["NewsApi:ReanalyzeOnStartup"] = "false" });
        var client = factory.CreateClient();
        var year = await client.GetFromJsonAsync<JsonElement>("/api/parties?from=2013-01-01&to=2013-12-31");

        Assert.Equal(3, year.GetProperty("items")[0].GetProperty("articleCount").GetInt32());
        Assert.Equal(9, year.GetProperty("items")[0].GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, year.GetProperty("items")[0].GetProperty("trend").GetInt32());
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync();
        Assert.Equal(
            ["2012-Q4:1:1", "2013-Q1:2:5", "2013-Q2:1:4"],
            await check.QueryAsync<string>("SELECT quarter || ':' || articles || ':' || mentions FROM party_quarters ORDER BY quarter;"));
        Assert.Equal(
            ["2012:1:1", "2013:3:9"],
            await check.QueryAsync<string>("SELECT year || ':' || articles || ':' || mentions FROM party_years ORDER BY year;"));
    }

    /// <summary>A new database file with the migrations up to <paramref name="version"/> applied, then <paramref name="rows"/>.</summary>
    private static async Task<string> CreateAtVersionAsync(int version, string rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "newsapi-tests", $"v{version}-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var (v, _, sql) in DatabaseMigrator.Migrations(StoreKind.Sqlite).Where(m => m.Version <= version))
        {
            await connection.ExecuteAsync(sql);
            await connection.ExecuteAsync($"PRAGMA user_version = {v};");
        }

        await connection.ExecuteAsync(rows);
        return path;
    }
}
