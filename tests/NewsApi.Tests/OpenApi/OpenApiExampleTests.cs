using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsApi.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// The OpenAPI examples (src/NewsApi/OpenApiExamples/) are real responses: every request recorded in its replay.json
/// is sent, in order, to a fresh service holding the seed article, and each answer must equal its example file as
/// <see cref="ExampleComparison"/> says (createdAt/updatedAt/traceId not compared; a list may be cut short; on
/// PostgreSQL the full-text snippet is not compared either, as ts_headline cuts passages unlike SQLite's snippet()).
/// Each real answer is also validated against the committed description (api-docs/openapi.json), so a schema that
/// says less or other than the service sends (a format, a nullable, a required field) fails here.
/// To regenerate the files from real responses (lists stay cut to their length, timestamps stay):
///   UPDATE_EXAMPLES=1 dotnet test tests/NewsApi.Tests -c Release --filter OpenApiExampleTests
/// then UPDATE_OPENAPI=1 ... --filter OpenApiTests to carry them into api-docs/openapi.json.
/// </summary>
public sealed partial class OpenApiExampleTests
{
    private static readonly string Folder = Path.Combine(TestData.RepositoryRoot(), "src", "NewsApi", "OpenApiExamples");

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_EXAMPLES") == "1";

    private static JsonNode Replay => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "replay.json")))!;

    [Fact]
    public async Task Every_example_equals_the_real_response_to_its_recorded_request()
    {
        using var factory = new NewsApiFactory(seed: true);
        var failures = await ReplayAsync(factory, Replay["steps"]!.AsArray(), text => text);
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>
    /// The fetch examples, against the committed pages served on 127.0.0.1 (so private networks are allowed, and the
    /// fetch times out after 3 s): <c>{{pages}}</c> in a step is the page server, and its address is shown in the
    /// examples as <c>fetchHost</c>, the one rewrite of a real answer.
    /// </summary>
    [Fact]
    public async Task Every_fetch_example_equals_the_real_response_from_the_committed_pages()
    {
        await using var pages = await Fetching.PageServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["NewsApi:Fetch:AllowPrivateNetworks"] = "true", ["NewsApi:Fetch:TimeoutSeconds"] = "3" };
        using var factory = new NewsApiFactory(seed: true, settings: settings);
        var replay = Replay;
        var steps = JsonNode.Parse(replay["fetchSteps"]!.ToJsonString().Replace("{{pages}}", pages.BaseUrl, StringComparison.Ordinal))!.AsArray();
        var host = (string)replay["fetchHost"]!;
        var failures = await ReplayAsync(factory, steps, text => text.Replace(pages.BaseUrl, host, StringComparison.Ordinal));
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>
    /// The feed examples: a service (seed) polling the feeds in replay.json from the page server, each once (the
    /// default interval is 15 minutes), read when every feed has been polled.
    /// </summary>
    [Fact]
    public async Task Every_feed_example_equals_the_real_response_once_the_feeds_are_polled()
    {
        await using var pages = await Fetching.PageServer.StartAsync();
        var replay = JsonNode.Parse(Replay.ToJsonString().Replace("{{pages}}", pages.BaseUrl, StringComparison.Ordinal))!;
        var settings = new Dictionary<string, string?> { ["NewsApi:Fetch:AllowPrivateNetworks"] = "true" };
        var feeds = replay["feeds"]!.AsArray().Select(f => (string)f!).ToList();
        for (var i = 0; i < feeds.Count; i++)
        {
            settings[$"NewsApi:Feeds:{i}:Url"] = feeds[i];
        }

        using var factory = new NewsApiFactory(seed: true, settings: settings);
        await Fetching.FeedPollerTests.WaitForAsync(factory.CreateClient(), f => f.Length == feeds.Count && f.All(x => x.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null));
        var host = (string)replay["fetchHost"]!;
        var failures = await ReplayAsync(factory, replay["feedSteps"]!.AsArray(), text => text.Replace(pages.BaseUrl, host, StringComparison.Ordinal));
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>
    /// The 429 examples: a service (seed) with <c>rateLimit</c>'s settings from replay.json and a clock that stands at
    /// the start of a window (the answer's detail says the seconds left in it), sent <c>rateLimitSteps</c> anonymously.
    /// </summary>
    [Fact]
    public async Task Every_rate_limit_example_equals_the_real_response_of_a_tightly_limited_service()
    {
        var replay = Replay;
        var settings = replay["rateLimit"]!.AsObject().ToDictionary(p => $"NewsApi:RateLimit:{p.Key}", p => (string?)p.Value!.ToString());
        using var factory = new NewsApiFactory(seed: true, settings: settings);
        using var limited = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new StandingClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)))));
        var failures = await ReplayAsync(limited.CreateClient(), limited.CreateClient(), replay["rateLimitSteps"]!.AsArray(), text => text);
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>
    /// The 503 example: a service on SQLite (the examples' store) whose database folder is removed once it has started,
    /// so that opening the database fails, sent <c>unhealthySteps</c>.
    /// </summary>
    [Fact]
    public async Task Every_unhealthy_example_equals_the_real_response_of_a_service_whose_database_is_gone()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsapi-tests", Guid.NewGuid().ToString("N"), "gone");
        using var factory = new NewsApiFactory(database: Path.Combine(folder, "news.db"), store: NewsApi.Data.StoreKind.Sqlite);
        var client = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        var failures = await ReplayAsync(client, client, Replay["unhealthySteps"]!.AsArray(), text => text);
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>A clock that stands still (timers still run on the system's).</summary>
    private sealed class StandingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string Report(List<string> failures) => $"{failures.Count} differences between examples and real responses "
        + $"(regenerate: {RecordedResponsesTests.Command}):\n" + string.Join('\n', failures);

    /// <summary>Sends the steps in order; for each with an example, what differs (<paramref name="shown"/> rewrites the real answer as the examples show it).</summary>
    private static Task<List<string>> ReplayAsync(NewsApiFactory factory, JsonArray steps, Func<string, string> shown) =>
        ReplayAsync(factory.CreateWriter(), factory.CreateClient(), steps, shown);

    private static async Task<List<string>> ReplayAsync(HttpClient writer, HttpClient anonymous, JsonArray steps, Func<string, string> shown)
    {
        var failures = new List<string>();
        foreach (var step in steps.Select(s => s!))
        {
            var key = (bool?)step["key"] ?? true;
            using var response = await (key ? writer : anonymous).SendAsync(await RequestAsync(step, writer));
            var real = shown(await response.Content.ReadAsStringAsync());
            if ((string?)step["example"] is not { } example)
            {
                continue;
            }

            var where = $"{example} ({step["method"]} {step["path"]}?{step["query"]})";
            var status = Path.GetFileNameWithoutExtension(example);
            if (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) != status)
            {
                failures.Add($"{where}: answered {(int)response.StatusCode}, the example is a {status}: {real[..Math.Min(real.Length, 300)]}");
                continue;
            }

            failures.AddRange(Check(example, real).Select(d => $"{where}: {d}"));
            failures.AddRange(SchemaProblems(response.RequestMessage!, status, example, real).Select(p => $"{where}: real response against the description: {p}"));
        }

        return failures;
    }

    private static readonly string[] StepLists = ["steps", "fetchSteps", "feedSteps", "rateLimitSteps", "unhealthySteps"];

    [Fact]
    public void Every_example_file_is_replayed_or_says_why_not_and_is_served()
    {
        var replay = Replay;
        var replayed = StepLists.SelectMany(k => replay[k]!.AsArray()).Select(s => (string?)s!["example"]).OfType<string>().ToList();
        var notReplayed = replay["notReplayed"]!.AsObject().Select(p => p.Key).ToList();
        var files = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => f != "replay.json" && !f.EndsWith("/request.json", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(replayed.Count, replayed.Distinct().Count());
        Assert.Empty(replayed.Intersect(notReplayed));
        Assert.Equal(files, replayed.Concat(notReplayed).Order().ToList());
        // The service serves what the files say (embedded resources), for every file.
        var served = OpenApiExamples.ByOperation;
        var embedded = served.Sum(o => o.Value.Responses.Count + (o.Value.Csv is null ? 0 : 1) + (o.Value.Request is null ? 0 : 1));
        Assert.Equal(Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Length - 1, embedded);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "GetArticleSummary", "200.json")), served["GetArticleSummary"].Responses["200"]);
    }

    [Fact]
    public void Every_request_example_is_valid_against_its_request_schema()
    {
        var requests = Directory.GetFiles(Folder, "request.json", SearchOption.AllDirectories);
        Assert.Equal(5, requests.Length);
        foreach (var file in requests)
        {
            var operation = Description.FindById(Path.GetFileName(Path.GetDirectoryName(file))!)!;
            Assert.Empty(Description.Validate(DescriptionSchemas.RequestSchema(operation)!, JsonNode.Parse(File.ReadAllText(file)), cut: false));
        }
    }

    private static readonly DescriptionSchemas Description = new(File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "api-docs", "openapi.json")));

    /// <summary>The real JSON answer is valid against the committed description's schema for its operation and status (formats included).</summary>
    private static List<string> SchemaProblems(HttpRequestMessage request, string status, string example, string real)
    {
        if (example.EndsWith(".csv", StringComparison.Ordinal))
        {
            return [];
        }

        if (Description.Find(request.Method.Method, request.RequestUri!.AbsolutePath) is not var (operation, _, _))
        {
            return ["no such operation"];
        }

        var schema = DescriptionSchemas.ResponseSchema(operation, status, out var documented);
        return !documented ? [$"status {status} is not documented"]
            : schema is null ? ["no JSON schema for it"]
            : Description.Validate(schema, JsonNode.Parse(real), cut: false);
    }

    private static List<string> Check(string example, string real)
    {
        var path = Path.Combine(Folder, example);
        var text = File.ReadAllText(path);
        if (example.EndsWith(".csv", StringComparison.Ordinal))
        {
            if (Updating)
            {
                File.WriteAllText(path, ExampleComparison.RegenerateCsv(text, real));
            }

            return ExampleComparison.CompareCsv(text, real);
        }

        var (expected, actual) = (JsonNode.Parse(text), JsonNode.Parse(real));
        if (Updating)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(ExampleComparison.Regenerate(expected, actual), Written).ReplaceLineEndings("\n") + "\n");
        }

        return ExampleComparison.CompareJson(expected, actual, NewsApi.Testing.TestStore.IsPostgres ? ExampleComparison.StoreSpecific : null);
    }

    private static async Task<HttpRequestMessage> RequestAsync(JsonNode step, HttpClient client)
    {
        var query = (string?)step["query"];
        var path = (string)step["path"]!;
        // {party:NAME}: the id the store gave that party (ids follow the order the analyser reports parties in).
        foreach (var name in PartyReference().Matches(path).Select(m => m.Groups[1].Value).Distinct())
        {
            var parties = JsonNode.Parse(await client.GetStringAsync($"/api/parties?pageSize=100&q={Uri.EscapeDataString(name)}"))!;
            var id = parties["items"]!.AsArray().Single(p => (string?)p!["name"] == name)!["id"]!.GetValue<long>();
            path = path.Replace($"{{party:{name}}}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var request = new HttpRequestMessage(new HttpMethod((string)step["method"]!), path + (query is null ? "" : "?" + query));
        if (step["bodyBytes"] is { } size)
        {
            request.Content = new StringContent(Sized((int)size), Encoding.UTF8, "application/json");
        }
        else if (step["body"] is { } body)
        {
            var json = body.GetValueKind() == JsonValueKind.String ? File.ReadAllText(Path.Combine(Folder, (string)body!)) : body.ToJsonString();
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (request.Content is not null)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{party:([^}]+)\}", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex PartyReference();

    /// <summary>An article of exactly <paramref name="bytes"/> bytes of UTF-8 JSON (for the 413 examples).</summary>
    private static string Sized(int bytes)
    {
        const string Head = "{\"title\":\"Too large\",\"body\":\"", Tail = "\"}";
        return Head + new string('a', bytes - Head.Length - Tail.Length) + Tail;
    }
}
