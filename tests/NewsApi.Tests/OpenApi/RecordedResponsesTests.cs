using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// The responses written in api-docs/requests.http and under the README's curl lines are real: each request is sent,
/// in file order, to a fresh service holding the seed article, and the recorded answer must equal the real one as
/// <see cref="ExampleComparison"/> says for the OpenAPI examples (createdAt/updatedAt/traceId and the feeds' poll
/// times not compared, a list may be cut short and then says so in a <c>… cut short:</c> note; a shown ETag header is
/// not compared either). Requests marked <c># replay: fetch</c> run on a second service (seed) that fetches the
/// committed test pages from 127.0.0.1, shown as the file's <c>@pages</c> host; <c># replay: feeds</c> on a third
/// that has polled the feeds of OpenApiExamples/replay.json. Regenerate with the command in <see cref="Command"/>.
/// </summary>
public sealed partial class RecordedResponsesTests
{
    /// <summary>The one command that regenerates every recorded response (OpenAPI examples, requests.http, README), then the committed description.</summary>
    public const string Command = "UPDATE_EXAMPLES=1 dotnet test tests/NewsApi.Tests -c Release --filter \"FullyQualifiedName~OpenApiExampleTests|FullyQualifiedName~RecordedResponsesTests\" "
        + "&& UPDATE_OPENAPI=1 dotnet test tests/NewsApi.Tests -c Release --filter FullyQualifiedName~OpenApiTests";

    private static readonly string Root = TestData.RepositoryRoot();

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_EXAMPLES") == "1";

    [Fact]
    public async Task Every_response_recorded_in_requests_http_equals_the_real_answer()
    {
        var path = Path.Combine(Root, "api-docs", "requests.http");
        var text = File.ReadAllText(path);
        var requests = RecordedHttpFile.Read(text);
        var host = RecordedHttpFile.Lines(text).Single(l => l.StartsWith("@pages = ", StringComparison.Ordinal))["@pages = ".Length..].Trim();
        await using var pages = await Fetching.PageServer.StartAsync();
        var recorded = new List<(RecordedRequest, string, IReadOnlyList<string>)>();
        var failures = new List<string>();
        foreach (var group in requests.GroupBy(r => r.Replay))
        {
            using var factory = await ServiceAsync(group.Key, pages);
            var writer = factory.CreateWriter();
            var anonymous = factory.CreateClient();
            foreach (var request in group)
            {
                var where = $"api-docs/requests.http:{request.Line + 1} {request.Method} {request.Target}";
                var (target, partyDifference) = await PartyTargetAsync(request, writer);
                if (partyDifference is not null)
                {
                    failures.Add($"{where}: {partyDifference}");
                }

                using var message = Message(request with { Target = target }, pages.BaseUrl);
                using var response = await (request.HasKey ? writer : anonymous).SendAsync(message);
                var real = (await response.Content.ReadAsStringAsync()).Replace(pages.BaseUrl, host, StringComparison.Ordinal);
                var (lines, differences) = Record(request, response, real);
                recorded.Add((request, $"{request.Method} {target}", lines));
                failures.AddRange(differences.Select(d => $"{where}: {d}"));
            }
        }

        if (Updating)
        {
            File.WriteAllText(path, RecordedHttpFile.Rewrite(text, recorded));
        }

        Assert.True(requests.Count >= 30 && requests.All(r => r.Replay is "main" or "fetch" or "feeds"), $"{requests.Count} requests read; replays {string.Join(", ", requests.Select(r => r.Replay).Distinct())}");
        Assert.True(failures.Count == 0, $"{failures.Count} recorded responses in api-docs/requests.http differ from the real ones (regenerate: {Command}):\n" + string.Join('\n', failures));
    }

    /// <summary>
    /// The answers shown under the README's curl lines (<c># </c> lines after the command) are the real ones on a fresh
    /// service holding only the seed, each request sent on its own in file order; a last <c># ...</c> line marks an
    /// answer cut short (CSV records or JSON lists), and without it the answer must be shown whole.
    /// </summary>
    [Fact]
    public async Task Every_answer_shown_under_a_README_curl_line_equals_the_real_one()
    {
        var path = Path.Combine(Root, "README.md");
        var text = File.ReadAllText(path);
        var lines = RecordedHttpFile.Lines(text).ToList();
        using var factory = new NewsApiFactory(seed: true);
        var (writer, anonymous) = (factory.CreateWriter(), factory.CreateClient());
        var (failures, shownCount, replaced) = (new List<string>(), 0, new List<(int Start, int End, List<string> Lines)>());
        foreach (var example in DocumentedExamples.FromReadme("README.md", text))
        {
            var start = int.Parse(example.Where[(example.Where.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            while (lines[start].EndsWith('\\'))
            {
                start++;
            }

            var end = start + 1;
            while (end < lines.Count && lines[end].StartsWith("# ", StringComparison.Ordinal))
            {
                end++;
            }

            if (end == start + 1)
            {
                continue;
            }

            shownCount++;
            var shown = lines[(start + 1)..end].Select(l => l[2..]).ToList();
            var cut = shown[^1] == "...";
            using var message = new HttpRequestMessage(new HttpMethod(example.Method), example.Target);
            if (example.Body is not null)
            {
                message.Content = new StringContent(example.Body, Encoding.UTF8, "application/json");
            }

            using var response = await (example.Method == "GET" ? anonymous : writer).SendAsync(message);
            var (body, differences, cuts) = Body(cut ? shown[..^1] : shown, response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync());
            if ((cuts is not null) != cut)
            {
                differences.Add(cut ? "marked '...' but shown whole" : $"shown shorter than the answer without a '...' line ({cuts})");
            }

            failures.AddRange(differences.Select(d => $"{example.Where} {example.Method} {example.Target}: {d}"));
            replaced.Add((start + 1, end, [.. body.Select(l => "# " + l), .. cuts is null ? Array.Empty<string>() : ["# ..."]]));
        }

        if (Updating)
        {
            foreach (var (start, end, shown) in replaced.OrderByDescending(r => r.Start))
            {
                lines.RemoveRange(start, end - start);
                lines.InsertRange(start, shown);
            }

            File.WriteAllText(path, string.Join('\n', lines));
        }

        Assert.True(shownCount >= 2, $"only {shownCount} answers read under README curl lines");
        Assert.True(failures.Count == 0, $"{failures.Count} answers shown in README.md differ from the real ones (regenerate: {Command}):\n" + string.Join('\n', failures));
    }

    /// <summary>The service a group of requests runs on (each fresh, with the seed).</summary>
    private static async Task<NewsApiFactory> ServiceAsync(string replay, Fetching.PageServer pages)
    {
        var settings = new Dictionary<string, string?>();
        if (replay is "fetch" or "feeds")
        {
            settings["NewsApi:Fetch:AllowPrivateNetworks"] = "true";
            settings["NewsApi:Fetch:TimeoutSeconds"] = "3";
        }

        var feeds = replay != "feeds" ? [] : JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src", "NewsApi", "OpenApiExamples", "replay.json")))!["feeds"]!
            .AsArray().Select(f => ((string)f!).Replace("{{pages}}", pages.BaseUrl, StringComparison.Ordinal)).ToList();
        for (var i = 0; i < feeds.Count; i++)
        {
            settings[$"NewsApi:Feeds:{i}:Url"] = feeds[i];
        }

        var factory = new NewsApiFactory(seed: true, settings: settings);
        if (feeds.Count > 0)
        {
            await Fetching.FeedPollerTests.WaitForAsync(factory.CreateClient(), f => f.Length == feeds.Count && f.All(x => x.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null));
        }

        return factory;
    }

    /// <summary>The request's target with the id the store gave the party its <c># party:</c> comment names, and what differs from the written one.</summary>
    private static async Task<(string Target, string? Difference)> PartyTargetAsync(RecordedRequest request, HttpClient client)
    {
        if (request.Party is not { } name)
        {
            return (request.Target, null);
        }

        var parties = JsonNode.Parse(await client.GetStringAsync($"/api/parties?pageSize=100&q={Uri.EscapeDataString(name)}"))!;
        var id = parties["items"]!.AsArray().Single(p => (string?)p!["name"] == name)!["id"]!.GetValue<long>();
        var target = PartyId().Replace(request.Target, $"/api/parties/{id}", 1);
        return (target, target == request.Target ? null : $"{name} is party {id} now: the request should be {request.Method} {target}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/api/parties/\d+", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex PartyId();

    private static HttpRequestMessage Message(RecordedRequest request, string pages)
    {
        string Expand(string s) => s.Replace("{{base}}", "", StringComparison.Ordinal).Replace("{{pages}}", pages, StringComparison.Ordinal);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), Expand(request.Target));
        if (request.Body is not null)
        {
            message.Content = new StringContent(Expand(request.Body), Encoding.UTF8);
        }

        foreach (var (name, value) in request.Headers.Where(h => !h.Name.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase)))
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && message.Content is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, Expand(value));
            }
        }

        return message;
    }

    /// <summary>The lines that record the real answer (shaped like the recorded one), and how the recorded one differs from it.</summary>
    private static (IReadOnlyList<string> Lines, List<string> Differences) Record(RecordedRequest request, HttpResponseMessage response, string real)
    {
        var status = (int)response.StatusCode;
        var lines = new List<string> { $"# {status} {ReasonPhrases.GetReasonPhrase(status)}" };
        var differences = new List<string>();
        if (request.Status != status.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            differences.Add($"recorded {request.Status ?? "no status"}, answered {status}: {real[..Math.Min(real.Length, 300)]}");
        }

        foreach (var (name, shown) in request.ShownHeaders)
        {
            var value = HeaderValue(response, name);
            var volatileValue = name.Equals("ETag", StringComparison.OrdinalIgnoreCase);
            lines.Add($"# {name}: {(volatileValue && value is not null ? shown : value ?? "")}");
            if (value is null || (!volatileValue && value != shown))
            {
                differences.Add($"header {name}: recorded '{shown}', answered '{value ?? "(none)"}'");
            }
        }

        var (body, bodyDifferences, cuts) = Body(request.Shown, response.Content.Headers.ContentType?.MediaType ?? "", real);
        lines.AddRange(body.Select(l => "# " + l));
        differences.AddRange(bodyDifferences);
        if (cuts is not null)
        {
            lines.Add("# " + RecordedHttpFile.CutMark + cuts);
        }

        if (cuts != request.Note)
        {
            differences.Add($"cut note: recorded '{request.Note ?? "(none)"}', the real answer has more items at '{cuts ?? "(none)"}'");
        }

        return (lines, differences);
    }

    /// <summary>The real body as recorded lines (cut like <paramref name="shown"/>), the differences from it, and the note on what is cut (null: nothing).</summary>
    public static (List<string> Lines, List<string> Differences, string? Cuts) Body(IReadOnlyList<string> shown, string mediaType, string real)
    {
        if (mediaType.Contains("json", StringComparison.Ordinal))
        {
            var example = ParseShown(shown);
            var actual = JsonNode.Parse(real);
            var differences = example is null && shown.Count > 0 ? ["the recorded body is not JSON"] : ExampleComparison.CompareJson(example, actual, NewsApi.Testing.TestStore.IsPostgres ? ExampleComparison.StoreSpecific : null);
            var regenerated = ExampleComparison.Regenerate(example, actual);
            // The note says what the recorded lists leave out (on regeneration: what the regenerated ones leave out).
            var cuts = ExampleComparison.Cuts(Updating ? regenerated : example, actual);
            var lines = Readable(JsonSerializer.Serialize(regenerated, Written)).ReplaceLineEndings("\n").Split('\n').ToList();
            return (lines, differences, cuts.Count == 0 ? null : string.Join(", ", cuts));
        }

        if (mediaType == "text/csv")
        {
            var example = shown.Count == 0 ? "" : string.Join("\r\n", shown) + "\r\n";
            var regenerated = ExampleComparison.RegenerateCsv(example, real);
            var (e, r) = (ExampleComparison.CsvRecords(Updating ? regenerated : example).Count, ExampleComparison.CsvRecords(real).Count);
            var lines = regenerated.Split("\r\n").SkipLast(1).ToList();
            var cut = e < r ? $"{e - 1} of {r - 1} records" : null;
            return (lines, shown.Count == 0 ? ["no CSV recorded"] : ExampleComparison.CompareCsv(example, real), cut);
        }

        var text = real.Length == 0 ? [] : real.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        return (text, text.SequenceEqual(shown) ? [] : [$"recorded '{string.Join("\\n", shown)}', answered '{real}'"], null);
    }

    /// <summary>
    /// The JSON with the escapes the encoder writes for visible characters (emoji, as surrogate pairs) written as the
    /// characters themselves; white space, control and format characters (a no-break space) stay escaped. Same value.
    /// </summary>
    public static string Readable(string json)
    {
        var text = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == '\\' && i + 1 < json.Length && json[i + 1] != 'u')
            {
                text.Append(json, i, 2);
                i++;
            }
            else if (json[i] == '\\' && Escaped(json, i) is { } high)
            {
                var (value, length) = char.IsHighSurrogate(high) && Escaped(json, i + 6) is { } low && char.IsLowSurrogate(low)
                    ? (new string([high, low]), 12) : (high.ToString(), 6);
                var shown = !char.IsSurrogate(value, 0) || value.Length == 2;
                var category = char.GetUnicodeCategory(value, 0);
                var visible = shown && !char.IsWhiteSpace(value, 0) && category is not (System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format)
                    && value is not ("\"" or "\\" or "<" or ">" or "&" or "'" or "+" or "`");
                text.Append(visible ? value : json.AsSpan(i, length));
                i += length - 1;
            }
            else
            {
                text.Append(json[i]);
            }
        }

        return text.ToString();
    }

    private static char? Escaped(string json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
        && int.TryParse(json.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? (char)code : null;

    /// <summary>The recorded JSON; a hand-cut one ("…" lines, unclosed) is closed as the schema check reads it.</summary>
    private static JsonNode? ParseShown(IReadOnlyList<string> shown)
    {
        try
        {
            return shown.Count == 0 ? null : JsonNode.Parse(string.Join('\n', shown));
        }
        catch (JsonException)
        {
            try
            {
                return DocumentedExamples.JsonPrefix(shown).Json is { } closed ? JsonNode.Parse(closed) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
