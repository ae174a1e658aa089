using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsApi.Infrastructure;

namespace NewsApi.Ingestion;

/// <summary>
/// Loads the seed articles through the same path as POST. A seed is a text file (first line: title, rest: body)
/// with an optional JSON file of the same name carrying metadata. Already stored seeds are skipped as duplicates,
/// so restarting never duplicates them.
/// </summary>
public sealed class SeedLoader(ArticleIngestor ingestor, IOptions<NewsApiOptions> options, ILogger<SeedLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var folder = options.Value.SeedsPath ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {Folder} not found; no seeds loaded", folder);
            return 0;
        }

        var created = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var draft = await ReadAsync(file, ct);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var outcome = await ingestor.CreateAsync(draft, ct);
            if (outcome.Status == IngestStatus.Created)
            {
                created++;
                logger.LogInformation(
                    "Seeded {File} as article {Id} in {Milliseconds:F1} ms",
                    Path.GetFileName(file), outcome.Id, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return created;
    }

    public static async Task<ArticleDraft> ReadAsync(string file, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(file, ct);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? "" : text[(newline + 1)..];
        var metaPath = Path.ChangeExtension(file, ".json");
        var meta = File.Exists(metaPath)
            ? JsonSerializer.Deserialize<SeedMetadata>(await File.ReadAllTextAsync(metaPath, ct), Json) ?? new SeedMetadata()
            : new SeedMetadata();
        return new ArticleDraft(meta.Title ?? firstLine, body, meta.Url, meta.Source, meta.Author, meta.PublishedAt, meta.Language ?? "en");
    }

    private sealed record SeedMetadata
    {
        public string? Title { get; init; }
        public string? Url { get; init; }
        public string? Source { get; init; }
        public string? Author { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string? Language { get; init; }
    }
}
