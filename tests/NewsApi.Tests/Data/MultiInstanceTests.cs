using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using NewsApi.Data;
using NewsApi.Testing;
using NewsApi.Tests.Infrastructure;
using Npgsql;

namespace NewsApi.Tests.Data;

/// <summary>
/// Scale-out on PostgreSQL: real server processes (the NewsApi.dll these tests reference) over one database, as N
/// instances behind a load balancer. These tests are about the PostgreSQL deployment, so they run on PostgreSQL in
/// both passes of the suite.
/// </summary>
public sealed partial class MultiInstanceTests : IDisposable
{
    private const int WatchMilliseconds = 200;

    private readonly string _database = PostgresServer.Instance.CreateEmptyDatabase();
    private readonly List<Process> _servers = [];
    private readonly string _work = Directory.CreateTempSubdirectory("newsapi-multi-").FullName;

    public void Dispose()
    {
        foreach (var server in _servers.Where(s => !s.HasExited))
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        PostgresServer.Instance.DropDatabase(_database);
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Four_cold_starts_on_an_empty_database_apply_each_migration_and_seed_once_and_all_get_healthy()
    {
        var instances = await StartAsync(4, seed: true);

        foreach (var http in instances)
        {
            Assert.Equal(1, (await http.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("total").GetInt32());
        }

        await using var db = await OpenAsync();
        Assert.Equal(
            DatabaseMigrator.Migrations(StoreKind.Postgres).Select(m => m.Version),
            await db.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version;"));
        Assert.Equal(1L, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"));
    }

    [Fact]
    public async Task A_write_on_one_instance_is_read_on_the_other_and_evicts_its_cached_answer_within_the_watch_interval()
    {
        var (a, b) = await StartPairAsync();
        Assert.Equal(0, await TotalAsync(b));
        Assert.Equal(0, await TotalAsync(b)); // now cached on B

        var id = await TestData.CreateAsync(a, TestData.Article(title: "Written on A"));
        Assert.Equal("Written on A", (await b.GetFromJsonAsync<JsonElement>($"/api/articles/{id}")).GetProperty("title").GetString());

        var watch = Stopwatch.StartNew();
        while (await TotalAsync(b) != 1)
        {
            Assert.True(watch.ElapsedMilliseconds < (WatchMilliseconds * 10) + 2_000, "B kept serving its cached list after A's write");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task The_same_post_to_both_instances_is_201_and_409_and_concurrent_puts_keep_sentence_counts_exact()
    {
        var (a, b) = await StartPairAsync();
        for (var round = 0; round < 5; round++)
        {
            var article = TestData.Article(title: $"Race {round}", body: $"Both instances got this story {round} at once. Putin spoke in Moscow.");
            var answers = await Task.WhenAll(a.PostAsJsonAsync("/api/articles", article), b.PostAsJsonAsync("/api/articles", article));
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
        }

        var id = await TestData.CreateAsync(a, TestData.Article(title: "Edited", body: "One sentence."));
        var puts = Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? a : b).PutAsJsonAsync($"/api/articles/{id}", TestData.Article(
            title: "Edited",
            body: string.Join(' ', Enumerable.Range(0, 1 + i).Select(n => $"Sentence {n} names Barack Obama in Washington.")))));
        Assert.All(await Task.WhenAll(puts), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await using var db = await OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles a WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id);"));
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM parties p WHERE p.article_count <> (SELECT count(*) FROM article_parties ap WHERE ap.party_id = p.id);"));
        Assert.Equal(6L, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"));
    }

    [Fact]
    public async Task Two_hundred_stale_articles_are_reanalysed_by_both_instances_each_exactly_once()
    {
        var (writer, _) = await StartPairAsync(reanalyze: false);
        for (var batch = 0; batch < 2; batch++)
        {
            var articles = Enumerable.Range(batch * 100, 100).Select(i => TestData.Article(
                title: $"Stale {i}", body: $"Minister Anna Nowak{i} said on Monday that {i + 10} people came to Warsaw. It rained.", publishedAt: "2013-09-06T10:00:00Z"));
            Assert.Equal(HttpStatusCode.OK, (await writer.PostAsJsonAsync("/api/articles/batch", articles)).StatusCode);
        }

        StopAll();
        await using (var db = await OpenAsync())
        {
            await db.ExecuteAsync("UPDATE articles SET analyzer_version = '0'; DELETE FROM figures;");
        }

        var (a, b) = await StartPairAsync(reanalyze: true);
        await using var check = await OpenAsync();
        var watch = Stopwatch.StartNew();
        while (await check.ExecuteScalarAsync<long>("SELECT count(*) FROM articles WHERE analyzer_version = '0';") > 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "the stale articles were not re-analysed");
            await Task.Delay(100);
        }

        var byA = await ReanalysedAsync(a);
        var byB = await ReanalysedAsync(b);
        Assert.Equal(200, byA + byB);
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM reanalysis_claims;"));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM (SELECT article_id, start_offset FROM figures GROUP BY 1, 2 HAVING count(*) > 1) d;"));
        Assert.Equal(200L, await check.ExecuteScalarAsync<long>("SELECT count(DISTINCT article_id) FROM figures;"));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles a WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id);"));
    }

    [Fact]
    public async Task The_shared_rate_limit_answers_429_past_the_limit_across_both_instances()
    {
        var (a, b) = await StartPairAsync(extra: ["--NewsApi:RateLimit:Store=postgres", "--NewsApi:RateLimit:PermitLimit=5", "--NewsApi:RateLimit:WindowSeconds=3600"]);
        using var anonymousA = new HttpClient { BaseAddress = a.BaseAddress };
        using var anonymousB = new HttpClient { BaseAddress = b.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var response = await (i % 2 == 0 ? anonymousA : anonymousB).PostAsJsonAsync("/api/analyze", new { title = "T", text = "Putin met Obama." });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task Two_importers_on_overlapping_files_leave_every_rollup_equal_to_a_recount()
    {
        var first = Path.Combine(_work, "first.jsonl");
        var second = Path.Combine(_work, "second.jsonl");
        await File.WriteAllLinesAsync(first, Lines(0, 120));
        await File.WriteAllLinesAsync(second, Lines(60, 180));

        var imports = new[] { first, second }.Select(file => RunImportAsync(file)).ToList();
        Assert.All(await Task.WhenAll(imports), code => Assert.Equal(0, code));

        await using var db = await OpenAsync();
        Assert.Equal(180L, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"));
        foreach (var diff in DailyCountsTests.Recounts(db))
        {
            Assert.Equal(0L, await db.ExecuteScalarAsync<long>(diff));
        }

        static IEnumerable<string> Lines(int from, int to) => Enumerable.Range(from, to - from).Select(i => JsonSerializer.Serialize(new
        {
            title = $"Import {i}",
            body = $"Chancellor Angela Merkel{i % 9} met {i % 5 + 2} ministers in Berlin. Vladimir Putin{i % 4} called.",
            source = i % 2 == 0 ? "Wire" : "wire",
            publishedAt = $"2013-{1 + (i % 12):00}-{1 + (i % 28):00}T08:00:00Z",
        }));
    }

    private async Task<int> RunImportAsync(string file)
    {
        var info = Info(["import", file, "--batch", "16", "--NewsApi:Store=postgres", $"--ConnectionStrings:News={_database}"]);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
        return process.ExitCode;
    }

    private static async Task<int> TotalAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=1")).GetProperty("total").GetInt32();

    private static async Task<int> ReanalysedAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("/metrics");
        var match = ReanalysedMetric().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("newsapi_articles_stored_total\\{[^}]*operation=\"reanalyze\"[^}]*\\} ([0-9]+)")]
    private static partial Regex ReanalysedMetric();

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<(HttpClient A, HttpClient B)> StartPairAsync(bool reanalyze = false, string[]? extra = null)
    {
        var both = await StartAsync(2, seed: false, reanalyze, extra);
        return (both[0], both[1]);
    }

    /// <summary>Starts <paramref name="count"/> instances at once and waits until each answers /health.</summary>
    private async Task<List<HttpClient>> StartAsync(int count, bool seed, bool reanalyze = false, string[]? extra = null)
    {
        var ports = Enumerable.Range(0, count).Select(_ => LoopbackPort.Free()).ToList();
        foreach (var port in ports)
        {
            var server = ServerProcesses.Start(Info([
                "--urls", $"http://127.0.0.1:{port}",
                "--NewsApi:Store=postgres", $"--ConnectionStrings:News={_database}",
                $"--NewsApi:SeedOnStartup={seed}", $"--NewsApi:ReanalyzeOnStartup={reanalyze}",
                $"--NewsApi:OutputCache:WatchMilliseconds={WatchMilliseconds}",
                $"--NewsApi:ApiKeys:0={NewsApiFactory.ApiKey}",
                "--NewsApi:SeedsPath=" + TestData.SeedsFolder(),
                .. extra ?? []]));
            _servers.Add(server);
        }

        var clients = new List<HttpClient>();
        foreach (var port in ports)
        {
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Add("X-Api-Key", NewsApiFactory.ApiKey);
            await ServerProcesses.WaitUntilHealthyAsync(http, _servers);
            clients.Add(http);
        }

        return clients;
    }

    private void StopAll()
    {
        foreach (var server in _servers)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        _servers.Clear();
    }

    private ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _work,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment.Remove("ASPNETCORE_URLS");
        return info;
    }
}
