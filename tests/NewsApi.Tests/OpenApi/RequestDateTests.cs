using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsApi.Tests.OpenApi;

/// <summary>
/// The description of a request's <c>publishedAt</c> says what the server takes: a strict client built from it
/// accepts exactly the strings the server answers 200 to (checked on POST /api/analyze, which shares the JSON
/// reading with POST/PUT /api/articles and the fetch request).
/// </summary>
public sealed class RequestDateTests(ITestOutputHelper output) : IDisposable
{
    private readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Candidates => new()
    {
        "2013-09-10", "2013-09-10T09:30", "2013-09-10T09:30:00", "2013-09-10T09:30:00Z", "2013-09-10T09:30Z", "2013-09-10T09:30:00.5+02:00",
        "2013-09-10T09:30:00.1234567-05:00", "2013-09-10T09:30:00.123456789Z", "2013-09-10T09:30:00+0200", "2013-09-10T09:30:00+02",
        "2013-09-10t09:30:00z", "2013-09-10 09:30:00", "2013-09-10T09", "2013-9-10", "20130910", "10 September 2013", "2013-09-10Z",
        "2013-09-10T09:30+02:00", "2013-09-10T09:30:00+14:00", "2013-09-10T09:30:00+15:00", "2013-09-10T09:30:00.Z", "2013-09-10T09:30:00+14:30", "2013-09-10T09:30:00-14:00",
        "2013-09-31", "2013-02-30", "2013-09-10T24:00:00", "2013-09-10T09:30:60", "2013-13-10", "",
    };

    /// <summary>Days that do not exist: the pattern checks the shape (month 01-12, day 01-31), not the calendar, so these are allowed and refused by the server with a 400.</summary>
    private static readonly HashSet<string> NotInTheCalendar = new(StringComparer.Ordinal) { "2013-09-31", "2013-02-30" };

    [Fact]
    public async Task The_description_accepts_exactly_the_dates_the_server_takes()
    {
        var description = new DescriptionSchemas(File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "api-docs", "openapi.json")));
        var schema = DescriptionSchemas.RequestSchema(description.Find("POST", "/api/analyze")!.Value.Operation)!;
        var client = _factory.CreateClient();
        var disagreements = new List<string>();
        foreach (var candidate in Candidates)
        {
            using var response = await client.PostAsJsonAsync("/api/analyze?sentences=1", new { text = "Talks resumed on Monday.", publishedAt = candidate });
            var takes = response.StatusCode == HttpStatusCode.OK;
            var described = description.Validate(schema, new JsonObject { ["text"] = "Talks resumed on Monday.", ["publishedAt"] = candidate }, cut: false).Count == 0;
            output.WriteLine($"{candidate,-36} server {(takes ? "takes" : "refuses")} ({(int)response.StatusCode}), description {(described ? "allows" : "refuses")}");
            if (takes != described && !(described && NotInTheCalendar.Contains(candidate)))
            {
                disagreements.Add($"'{candidate}': the server {(takes ? "takes" : "refuses")} it, the description {(described ? "allows" : "refuses")} it");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }
}
