using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Cli;

/// <summary>
/// The real binary (the NewsApi.dll these tests reference), started as a child process from a temporary working
/// directory: commands, exit codes, rejected-record reasons, relative paths, and the page and seeds found from anywhere.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _work;
    private readonly TestDatabase _db;

    public CommandLineTests()
    {
        _work = Directory.CreateTempSubdirectory("newsapi-cli-").FullName;
        _db = new TestDatabase(_work);
    }

    public void Dispose()
    {
        _db.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp cleaner.
        }
    }

    [Fact]
    public async Task Help_lists_every_command_and_each_command_has_its_own()
    {
        var root = await RunAsync(["--help"]);
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("import", root.Output, StringComparison.Ordinal);
        Assert.Contains("healthcheck", root.Output, StringComparison.Ordinal);

        var import = await RunAsync(["import", "--help"]);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("--batch", import.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes", import.Output, StringComparison.Ordinal);

        var health = await RunAsync(["healthcheck", "--help"]);
        Assert.Equal(0, health.ExitCode);
        Assert.Contains("--url", health.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import --batch 0 a.jsonl")]
    [InlineData("import --bogus a.jsonl")]
    [InlineData("healthcheck --timeout soon")]
    public async Task A_wrong_command_line_exits_2_with_the_reason(string commandLine)
    {
        var result = await RunAsync(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_nothing_matching_exits_3()
    {
        var result = await RunAsync(["import", "missing-folder", "nothing/*.jsonl", .. Database()]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missing-folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_reads_files_folders_and_globs_relative_to_the_working_directory_and_says_why_it_rejects()
    {
        Directory.CreateDirectory(Path.Combine(_work, "in", "texts"));
        Directory.CreateDirectory(Path.Combine(_work, "in", "lines"));
        await File.WriteAllTextAsync(Path.Combine(_work, "in", "texts", "a.txt"), "Headline A\nPutin met Obama in Moscow on Monday.");
        await File.WriteAllTextAsync(Path.Combine(_work, "in", "texts", "a.json"), """{"source": "Desk", "publishedAt": "2013-09-06"}""");
        await File.WriteAllLinesAsync(Path.Combine(_work, "in", "lines", "one.jsonl"),
        [
            """{"title": "Line one", "body": "Stocks rose 2% in London."}""",
            """{"title": "", "body": "No title."}""",
            """{"title": "Bad date", "body": "Text.", "publishedAt": "yesterday"}""",
            """not json""",
        ]);
        await File.WriteAllTextAsync(Path.Combine(_work, "in", "array.json"),
            """[{"title": "Array one", "body": "A story about Paris."}, {"title": "Array two", "text": "A story about Rome."}]""");

        var result = await RunAsync(["import", "in/texts", "in/lines/*.jsonl", "in/array.json", .. Database(), "--progress-seconds", "1"]);

        Assert.Equal(1, result.ExitCode); // some records rejected
        var lines = Path.Combine(_work, "in", "lines", "one.jsonl");
        Assert.Contains($"rejected {lines}:2: title:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rejected {lines}:3: publishedAt: not a valid value", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rejected {lines}:4: not valid JSON", result.Output, StringComparison.Ordinal);
        Assert.Contains("imported 4 of 7 (0 duplicates, 3 rejected)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.Output, StringComparison.Ordinal); // redirected output: plain lines only

        using var factory = new NewsApiFactory(database: _db.FactoryDatabase);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?sort=title");
        Assert.Equal(["Array one", "Array two", "Headline A", "Line one"],
            list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("Desk", list.GetProperty("items")[2].GetProperty("source").GetString());

        var again = await RunAsync(["import", "in", .. Database()]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("imported 0 of 7 (4 duplicates, 3 rejected)", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_reads_saved_html_pages_with_the_fetch_extractor_and_says_why_a_page_is_not_an_article()
    {
        Directory.CreateDirectory(Path.Combine(_work, "pages"));
        foreach (var name in new[] { "jsonld-newsarticle.html", "homepage.html" })
        {
            var html = await File.ReadAllTextAsync(NewsApi.Tests.Fetching.PageServer.PagePath(name));
            await File.WriteAllTextAsync(Path.Combine(_work, "pages", name), html.Replace("{{base}}", "https://news.example", StringComparison.Ordinal));
        }

        var result = await RunAsync(["import", "pages/*.html", .. Database()]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Lines(result.Output), l => l.StartsWith($"rejected {Path.Combine(_work, "pages", "homepage.html")}: ", StringComparison.Ordinal));
        Assert.Contains("imported 1 of 2 (0 duplicates, 1 rejected)", result.Output, StringComparison.Ordinal);
        using var factory = new NewsApiFactory(database: _db.FactoryDatabase);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Harbour bridge reopens after eight months of repairs", item.GetProperty("title").GetString());
        Assert.StartsWith("https://news.example/", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        var article = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{item.GetProperty("id").GetInt64()}");
        Assert.StartsWith("The harbour bridge reopened to traffic on Monday morning", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_stores_pages_through_the_guarded_fetcher_and_reports_each_url()
    {
        await using var pages = await NewsApi.Tests.Fetching.PageServer.StartAsync();
        var url = pages.Url("/pages/opengraph-only.html");

        var refused = await RunAsync(["fetch", url, .. Database()]);
        Assert.Equal(1, refused.ExitCode); // the default configuration refuses loopback
        Assert.Contains(Lines(refused.Output), l => l.StartsWith($"failed {url}: ", StringComparison.Ordinal));
        Assert.Equal(0, pages.RequestCount);

        var allowed = "--NewsApi:Fetch:AllowPrivateNetworks=true";
        var stored = await RunAsync(["fetch", url, .. Database(), allowed, "--source", "Desk"]);
        Assert.True(stored.ExitCode == 0, stored.Output + stored.Error);
        Assert.Contains(Lines(stored.Output), l => l.StartsWith($"stored {url} as article ", StringComparison.Ordinal));

        var again = await RunAsync(["fetch", url, .. Database(), allowed]);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains(Lines(again.Output), l => l.StartsWith($"duplicate {url}: already stored as article ", StringComparison.Ordinal));

        var usage = await RunAsync(["fetch", "ftp://example.com/a", .. Database()]);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("not an http or https URL", usage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_can_be_json_lines_for_log_collectors()
    {
        await File.WriteAllTextAsync(Path.Combine(_work, "one.jsonl"), """{"title": "One", "body": "Stocks rose 2% in London."}""" + "\n");

        var result = await RunAsync(["import", "one.jsonl", .. Database(), "--Logging:Console:FormatterName=json", "--Logging:LogLevel:Default=Information"]);

        Assert.Equal(0, result.ExitCode);
        var logLines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith('{')).ToList();
        Assert.NotEmpty(logLines);
        foreach (var line in logLines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _));
            Assert.True(json.RootElement.TryGetProperty("Message", out _));
        }

        Assert.Contains(logLines, l => l.Contains("Applied migration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_built_server_serves_the_page_and_the_seed_from_any_working_directory_and_healthcheck_sees_it()
    {
        var port = NewsApi.Testing.LoopbackPort.Free();
        using var server = Start(["--urls", $"http://127.0.0.1:{port}", "--NewsApi:SeedOnStartup=true"], production: true);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(http, server);

            var page = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            var list = await http.GetFromJsonAsync<JsonElement>("/api/articles");
            Assert.Equal(1, list.GetProperty("total").GetInt32());
            Assert.True(File.Exists(Path.Combine(_work, "data", "news.db")), "the default database is relative to the working directory");

            var healthy = await RunAsync(["healthcheck", "--url", $"http://127.0.0.1:{port}/health"]);
            Assert.Equal(0, healthy.ExitCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        var down = await RunAsync(["healthcheck", "--url", $"http://127.0.0.1:{port}/health", "--timeout", "2"]);
        Assert.Equal(1, down.ExitCode);
        Assert.StartsWith("unhealthy", down.Output, StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string[] Database() => _db.Arguments;

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        Directory.CreateDirectory(Path.Combine(_work, "data"));
        using var process = Start(args, production: false);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private Process Start(string[] args, bool production)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _work,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = production ? "Production" : "Testing";
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment["NewsApi__OutputCache__WatchMilliseconds"] = "60000";
        return Process.Start(info)!;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process server)
    {
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            Assert.False(server.HasExited, "the server exited during start-up");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail("the server did not become ready in 30 s");
    }
}
