using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Endpoints;

/// <summary>
/// Throws seeded random requests at every operation of the served OpenAPI description and checks the service never
/// answers 5xx and the database stays consistent. Deterministic: the same seed gives the same requests.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Nasty =
    [
        "", " ", "0", "-1", "2147483648", "99999999999999999999", "1e309", "NaN", "abc", "null", "true", "[]", "{}",
        "\"", "'", "*", "\" OR 1=1 --", "'; DROP TABLE articles; --", "NEAR(a b)", "title:", "a AND", "((", "\u0000",
        "\ud800", "\u202e\u200b", "😀", new string('a', 3000), "2013-09-06", "2013-02-30", "0001-01-01", "9999-12-31", "-publishedAt", "lead", "figures,",
    ];

    private readonly NewsApiFactory _factory = new(seed: true);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_requests_never_get_a_5xx_and_leave_the_database_consistent(int seed)
    {
        var random = new Random(seed);
        var client = _factory.CreateWriter();
        var doc = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key.ToUpperInvariant(), Op: o.Value!)))
            .ToList();

        for (var i = 0; i < 150; i++)
        {
            var (path, method, op) = operations[random.Next(operations.Count)];
            var url = path.Replace("{id}", Pick(random, ["1", "2", "0", "-5", "abc", "99999999999", "1.5"]), StringComparison.Ordinal);
            var query = new List<string>();
            foreach (var parameter in op["parameters"]?.AsArray() ?? [])
            {
                if ((string?)parameter!["in"] == "query" && random.Next(3) == 0)
                {
                    query.Add($"{parameter["name"]}={Uri.EscapeDataString(Pick(random, Nasty))}");
                }
            }

            if (random.Next(10) == 0)
            {
                query.Add($"unknown{random.Next(5)}=x");
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), url + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent(RandomBody(random), Encoding.UTF8, random.Next(8) == 0 ? "text/plain" : "application/json");
            }

            var sent = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
            var response = await client.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{method} {request.RequestUri} with {sent} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await using var connection = await _factory.OpenDatabaseAsync();
        if (!_factory.IsPostgres)
        {
            // PostgreSQL enforces foreign keys itself and has no file to check.
            Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check;"));
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pragma_foreign_key_check;"));
        }

        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles a WHERE a.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.id);"));
        var stored = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles?pageSize=100");
        Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles;"), stored.GetProperty("total").GetInt64());
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string RandomBody(Random random)
    {
        string Str() => System.Text.Json.JsonSerializer.Serialize(Pick(random, Nasty));
        return random.Next(7) switch
        {
            0 => Pick(random, Nasty),
            1 => $"{{\"title\": {Str()}, \"body\": {Str()}}}",
            2 => $"{{\"title\": \"Fuzz {random.Next()}\", \"body\": \"Fuzzing text number {random.Next()} in Paris on Monday. It had {random.Next(100)} words.\", \"publishedAt\": {Str()}}}",
            3 => $"{{\"title\": \"Fuzz {random.Next()}\", \"text\": {Str()}, \"url\": {Str()}, \"language\": {Str()}}}",
            4 => "[" + string.Join(',', Enumerable.Range(0, random.Next(4)).Select(_ => $"{{\"title\": \"B{random.Next()}\", \"body\": {Str()}}}")) + "]",
            5 => $"{{\"title\": 1, \"body\": [1, 2], \"publishedAt\": {{}}}}",
            _ => $"{{\"title\": \"Fuzz {random.Next()}\", \"body\": \"{new string('x', random.Next(1, 50))}. Second sentence here.\"}}",
        };
    }
}
