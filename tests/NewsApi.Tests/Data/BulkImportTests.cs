using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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
}
