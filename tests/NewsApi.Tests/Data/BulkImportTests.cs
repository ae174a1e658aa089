using Dapper;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Contracts;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

public sealed class BulkImportTests : IDisposable
{
    private readonly NewsApiFactory _factory = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("newsapi-import-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Jsonl_import_validates_skips_duplicates_and_resumes()
    {
        var file = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"title": "One", "text": "Putin met Obama in Moscow on Monday.", "publishedAt": "2013-09-09T00:00:00Z"}""",
            """{"title": "Two", "body": "Stocks rose 2% in London.", "source": "Wire"}""",
            """{"title": "One", "text": "Putin met Obama in Moscow on Monday."}""",
            """{"title": "", "body": "No title."}""",
            """not json""",
            "",
            """{"title": "Three", "body": "A third story about Paris."}""",
        ]);
        var importer = _factory.Services.GetRequiredService<BulkImporter>();

        var first = await importer.RunAsync(file, TextWriter.Null, batchSize: 2, CancellationToken.None);
        var again = await importer.RunAsync(file, TextWriter.Null, batchSize: 2, CancellationToken.None);

        Assert.Equal((6, 3, 1, 2), (first.Read, first.Created, first.Duplicates, first.Invalid));
        Assert.Equal((6, 0, 4, 2), (again.Read, again.Created, again.Duplicates, again.Invalid));
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?sort=title");
        Assert.Equal(["One", "Three", "Two"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var facts = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{list.GetProperty("items")[0].GetProperty("id").GetInt64()}/facts");
        Assert.Contains(facts.GetProperty("dates").EnumerateArray(), d => d.GetProperty("value").GetString() == "2013-09-09");
    }

    [Fact]
    public async Task Folder_import_reads_text_files_with_metadata()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.txt"), "Headline A\nBody of article A happened on Thursday.");
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.json"), """{"source": "Desk", "publishedAt": "2013-09-06T00:00:00Z"}""");
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.txt"), "Headline B\nBody of article B.");
        var importer = _factory.Services.GetRequiredService<BulkImporter>();

        var summary = await importer.RunAsync(_folder, TextWriter.Null, batchSize: 10, CancellationToken.None);

        Assert.Equal(2, summary.Created);
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?source=Desk");
        Assert.Equal("Headline A", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_batch_stores_its_articles_exactly_as_single_posts_do()
    {
        // The import writes a batch table by table from JSON arrays; POST writes one article with bound parameters.
        // Both must store the same text, offsets, numbers and facts, including non-ASCII text.
        var seed = Directory.EnumerateFiles(TestData.SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).First();
        var seedLines = await File.ReadAllLinesAsync(seed);
        ArticleRequest[] articles =
        [
            new() { Title = seedLines[0], Body = string.Join('\n', seedLines.Skip(1)), PublishedAt = new DateTimeOffset(2013, 9, 6, 0, 0, 0, TimeSpan.Zero), Source = "Seed" },
            new() { Title = "Emoji 🙂 and \"quotes\"", Body = "Shares in Ｔｏｋｙｏ 🙂 rose 0.1% to $1.13bn on Monday, said \"Angela Merkel\" \\ of Berlin.\n\"We won,\" she said.", PublishedAt = new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.Zero) },
            new() { Title = "RTL and zero-width", Body = "مرحبا\u200f Barack\u200b Obama met Vladimir Putin in Moscow; prices fell 2.5 per cent to 1/3 of 1e-7 of 12,345,678.9 euros.", Url = "https://example.com/rtl" },
            new() { Title = "Short", Body = "Nothing here.", Source = "Wire", Author = "A. Writer", Language = "en" },
        ];

        using var posted = new NewsApiFactory();
        var writer = posted.CreateWriter();
        foreach (var article in articles)
        {
            (await writer.PostAsJsonAsync("/api/articles", article)).EnsureSuccessStatusCode();
        }

        var file = Path.Combine(_folder, "same.jsonl");
        await File.WriteAllLinesAsync(file, articles.Select(a => JsonSerializer.Serialize(a, JsonSerializerOptions.Web)));
        var summary = await _factory.Services.GetRequiredService<BulkImporter>().RunAsync(file, TextWriter.Null, batchSize: 3, CancellationToken.None);
        Assert.Equal(4, summary.Created);

        foreach (var article in articles)
        {
            var fromPost = await StoredAsync(posted.CreateClient(), article.Title!);
            var fromImport = await StoredAsync(_factory.CreateClient(), article.Title!);
            Assert.Equal(fromPost, fromImport);
        }
    }

    [Fact]
    public async Task A_batch_skips_articles_that_repeat_an_earlier_one_of_the_same_batch()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        ArticleDraft Draft(string title, string body, string? url) => ArticleDraft.From(new ArticleRequest { Title = title, Body = body, Url = url });
        var prepared = ingestor.Prepare(
        [
            Draft("One", "First body.", "https://example.com/1"),
            Draft("Two", "Second body.", null),
            Draft("One", "First body.", null),                       // same content as the first
            Draft("Other", "Other body.", "https://example.com/1"),  // same URL as the first
            Draft("Two", "Second body.", "https://example.com/2"),   // same content as the second
        ], CancellationToken.None);

        var outcomes = await ingestor.StoreManyAsync(prepared, CancellationToken.None);

        Assert.Equal(
            [IngestStatus.Created, IngestStatus.Created, IngestStatus.Duplicate, IngestStatus.Duplicate, IngestStatus.Duplicate],
            outcomes.Select(o => o.Status));
        Assert.Equal([outcomes[0].Id, outcomes[0].Id, outcomes[1].Id], outcomes.Skip(2).Select(o => o.Id));
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_check_before_analysis_finds_stored_articles_by_url_or_content_in_one_question()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        ArticleDraft Draft(string title, string body, string? url) => ArticleDraft.From(new ArticleRequest { Title = title, Body = body, Url = url });
        await ingestor.StoreManyAsync(ingestor.Prepare(
            [Draft("Harbour", "The ferry left the harbour at dawn.", "https://example.com/ferry"), Draft("Mill", "The old mill turned again.", null)],
            CancellationToken.None), CancellationToken.None);

        var stored = await ingestor.FindStoredAsync(
        [
            Draft("Elsewhere", "A different story.", "https://example.com/ferry"), // the URL is stored
            Draft("Mill", "The old mill turned again.", "https://example.com/mill"), // the content is stored
            Draft("Orchard", "Apples fell in the orchard.", null),                 // new
            Draft("Orchard", "Apples fell in the orchard.", "https://example.com/new"), // new, repeats the one before
        ], CancellationToken.None);

        Assert.Equal([true, true, false, false], stored);
        Assert.Empty(await ingestor.FindStoredAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task An_import_skips_stored_articles_between_new_ones_and_keeps_full_batches()
    {
        var file = Path.Combine(_folder, "mixed.jsonl");
        string Line(int i) => $$"""{"title": "Story {{i}}", "body": "Rain fell on town number {{i}} all week."}""";
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 5).Select(i => Line(i * 2)));
        var importer = _factory.Services.GetRequiredService<BulkImporter>();
        await importer.RunAsync(file, TextWriter.Null, batchSize: 3, CancellationToken.None);
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, 10).Select(Line));

        var summary = await importer.RunAsync(file, TextWriter.Null, batchSize: 3, CancellationToken.None);

        Assert.Equal((10, 5, 5, 0), (summary.Read, summary.Created, summary.Duplicates, summary.Invalid));
        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(10, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_batch_moves_the_versions_of_its_parties_and_a_delete_empties_their_rollups()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        ArticleDraft Draft(string title, string body, int day) => ArticleDraft.From(new ArticleRequest
        {
            Title = title, Body = body, PublishedAt = new DateTimeOffset(2011, 3, day, 9, 0, 0, TimeSpan.Zero),
        });
        var outcomes = await ingestor.StoreManyAsync(ingestor.Prepare(
        [
            Draft("Talks", "Angela Merkel met Nicolas Sarkozy in Paris on Monday.", 7),
            Draft("Summit", "Angela Merkel spoke in Berlin on Friday.", 11),
        ], CancellationToken.None), CancellationToken.None);
        await using var check = await _factory.Services.GetRequiredService<NewsStore>().OpenAsync();
        const string versions = "SELECT p.version FROM parties p WHERE EXISTS (SELECT 1 FROM article_parties ap WHERE ap.party_id = p.id) ORDER BY p.id;";
        var before = (await check.QueryAsync<long>(versions)).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, v => Assert.True(v >= 1)); // every linked party moved with the batch

        Assert.True(await ingestor.DeleteAsync(outcomes[1].Id, CancellationToken.None));

        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM party_days WHERE day = '2011-03-11';"));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM article_days WHERE day = '2011-03-11';"));
        foreach (var recount in DailyCountsTests.Recounts(check))
        {
            Assert.Equal(0L, await check.ExecuteScalarAsync<long>(recount));
        }
    }

    [Fact]
    public async Task Figure_values_keep_every_bit_and_non_finite_ones_are_stored_as_null()
    {
        // Rows reach the database as JSON text: the shortest round-trip form of each double must read back as the same double.
        var created = await _factory.CreateWriter().PostAsJsonAsync("/api/articles", new { title = "Host", body = "Nothing to see." });
        var articleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        double[] values = [0.1, 1.13e9, 2.5e-7, 1.0 / 3, 12_345_678.9, double.MaxValue, double.Epsilon, -2.75, 9_007_199_254_740_993, 4.35, 1e21, 1e-300];
        var rows = values.Select((v, i) => new FigureRow { ArticleId = articleId, StartOffset = i, EndOffset = i + 1, Text = "x", Value = v, Kind = "number" })
            .Append(new FigureRow { ArticleId = articleId, StartOffset = 100, EndOffset = 101, Text = "nan", Value = double.NaN, ValueMax = double.PositiveInfinity, Kind = "number" })
            .ToList();

        var store = _factory.Services.GetRequiredService<NewsStore>();
        await using (var connection = await store.OpenAsync())
        await using (var transaction = await store.BeginWriteAsync(connection))
        {
            FigureRepository.Insert(connection, transaction, rows);
            await store.CommitAsync(transaction);
        }

        await using var reader = await store.OpenAsync();
        var stored = await FigureRepository.ListAsync(reader, articleId, 100, CancellationToken.None);
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), stored.Take(values.Length).Select(f => BitConverter.DoubleToInt64Bits(f.Value!.Value)));
        Assert.Equal((null, null), (stored[^1].Value, stored[^1].ValueMax));
    }

    /// <summary>An article as the API serves it (metadata, facts, summary, sentences), without ids and timestamps.</summary>
    private static async Task<string> StoredAsync(HttpClient client, string title)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=100");
        var id = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetInt64();
        var parts = new JsonObject();
        foreach (var part in new[] { "", "/facts", "/summary", "/sentences" })
        {
            parts[part] = Strip(JsonNode.Parse(await client.GetStringAsync($"/api/articles/{id}{part}")));
        }

        return parts.ToJsonString();
    }

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (key is "id" or "createdAt" or "updatedAt" or "links" || key.EndsWith("Id", StringComparison.Ordinal) || key.EndsWith("Url", StringComparison.Ordinal))
                    {
                        o.Remove(key);
                    }
                    else
                    {
                        Strip(o[key]);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Strip(item);
                }

                break;
        }

        return node;
    }
}
