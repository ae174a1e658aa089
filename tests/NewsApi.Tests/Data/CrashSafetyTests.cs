using System.Diagnostics;
using System.Text.Json;
using Dapper;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

/// <summary>
/// kill -9 during a bulk import: the database opens, no article is half-stored, and re-running the import resumes.
/// Runs the real service binary (the same NewsApi.dll the tests reference) as a child process.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 600;
    private const int Batch = 16;

    private readonly string _folder;
    private readonly TestDatabase _db;

    public CrashSafetyTests()
    {
        _folder = Directory.CreateTempSubdirectory("newsapi-crash-").FullName;
        _db = new TestDatabase(_folder);
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Killing_an_import_leaves_whole_articles_only_and_the_import_resumes()
    {
        var file = Path.Combine(_folder, "articles.jsonl");
        var db = _db;
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, Articles).Select(i => JsonSerializer.Serialize(new
        {
            title = $"Report {i}",
            body = $"Minister Anna Kowalski{i} said on Monday that {i + 10} people attended the summit in Warsaw. " +
                   $"\"We agreed on {i % 7 + 2} points,\" she told reporters. The talks will resume in March {2000 + i % 20}.",
            publishedAt = $"2013-09-{1 + i % 28:00}T00:00:00Z",
        })));

        using (var first = Start(file, db))
        {
            // Kill as soon as the first batches are committed, while later ones are being analysed and written.
            var killed = false;
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!killed && DateTime.UtcNow < deadline && !first.HasExited)
            {
                if (CountArticles(db) >= Batch)
                {
                    first.Kill(entireProcessTree: true);
                    killed = true;
                }
                else
                {
                    await Task.Delay(20);
                }
            }

            await first.WaitForExitAsync();
            Assert.True(killed, "The import finished before it could be killed; use more articles.");
        }

        var storedAfterCrash = CountArticles(db);
        Assert.InRange(storedAfterCrash, Batch, Articles - 1);
        Assert.Equal(0, storedAfterCrash % Batch); // a batch is one transaction: all of it or none of it
        await AssertConsistentAsync(db);

        using (var second = Start(file, db))
        {
            await second.WaitForExitAsync();
            Assert.Equal(0, second.ExitCode);
        }

        Assert.Equal(Articles, CountArticles(db));
        await AssertConsistentAsync(db);
    }

    private static Process Start(string file, TestDatabase db)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NewsApi.dll");
        var info = new ProcessStartInfo("dotnet", [app, "import", file, "--batch", Batch.ToString(System.Globalization.CultureInfo.InvariantCulture), .. db.Arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long CountArticles(TestDatabase db)
    {
        try
        {
            using var connection = db.TryOpen();
            return connection?.ExecuteScalar<long>("SELECT count(*) FROM articles;") ?? 0;
        }
        catch (System.Data.Common.DbException)
        {
            return 0; // Not migrated yet.
        }
    }

    private static async Task AssertConsistentAsync(TestDatabase db)
    {
        await using var connection = db.TryOpen()!;
        var sqlite = db.Store == NewsApi.Data.StoreKind.Sqlite;
        if (sqlite)
        {
            Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check;"));
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pragma_foreign_key_check;"));
        }

        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles a WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id);"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentence_scores s WHERE s.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM article_parties p WHERE p.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM figures f WHERE f.article_id = a.id);"));
        foreach (var table in new[] { "sentences", "sentence_scores", "figures", "dates", "quotes", "article_parties", "party_mentions" })
        {
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles);"));
        }

        if (sqlite)
        {
            // Raises an error when the full-text index and the articles disagree.
            await connection.ExecuteAsync("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');");
        }

        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM parties p WHERE p.article_count <> (SELECT count(*) FROM article_parties ap WHERE ap.party_id = p.id);"));

        // The daily counts kept by triggers agree with the rows they count, and every rollup with its source.
        const string datedLinks = "SELECT count(*) FROM article_parties ap JOIN articles a ON a.id = ap.article_id WHERE a.published_at IS NOT NULL;";
        (string Counted, string Count)[] pairs =
        [
            ("SELECT count(*) FROM articles;", "SELECT coalesce(sum(articles), 0) FROM article_days;"),
            ("SELECT count(*) FROM article_parties;", "SELECT coalesce(sum(articles), 0) FROM party_days;"),
            (datedLinks, "SELECT coalesce(sum(articles), 0) FROM party_months;"),
            (datedLinks, "SELECT coalesce(sum(articles), 0) FROM party_quarters;"),
            ("SELECT coalesce(sum(mentions), 0) FROM party_months;", "SELECT coalesce(sum(mentions), 0) FROM party_years;"),
        ];
        foreach (var (counted, count) in pairs)
        {
            Assert.Equal(await connection.ExecuteScalarAsync<long>(counted), await connection.ExecuteScalarAsync<long>(count));
        }
    }
}
