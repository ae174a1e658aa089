using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using NewsApi.Contracts;

namespace NewsApi.Ingestion;

public sealed record ImportSummary(int Read, int Created, int Duplicates, int Invalid, double Seconds)
{
    public double ArticlesPerSecond => Seconds > 0 ? Created / Seconds : 0;
}

/// <summary>
/// <c>dotnet run --project src/NewsApi -- import PATH</c>: loads a folder of article files (first line title, rest
/// body, optional same-name .json metadata, as in seeds/) or a JSONL file of article objects (the POST body shape;
/// <c>text</c> is accepted for <c>body</c>). Articles are validated like POST, analysed in parallel and written in
/// batches, one transaction per batch. Re-running the same import resumes it: what is stored is skipped as a duplicate
/// before it is analysed.
/// </summary>
public sealed class BulkImporter(ArticleIngestor ingestor, IValidator<ArticleRequest> validator)
{
    public const int DefaultBatchSize = 256;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ImportSummary> RunAsync(string path, TextWriter progress, int batchSize, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        int read = 0, created = 0, duplicates = 0, invalid = 0;
        var batch = new List<ArticleDraft>(batchSize);

        // Two-stage pipeline: the next batch is analysed (all cores) while the previous one is written (one writer).
        Task<IReadOnlyList<IngestOutcome>>? storing = null;

        async Task CollectAsync()
        {
            if (storing is null)
            {
                return;
            }

            foreach (var outcome in await storing)
            {
                if (outcome.Status == IngestStatus.Created)
                {
                    created++;
                }
                else
                {
                    duplicates++;
                }
            }

            storing = null;
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await progress.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"\rread {read}, created {created}, duplicates {duplicates}, invalid {invalid} — {created / Math.Max(seconds, 1e-9):F0} articles/s   "));
        }

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var drafts = batch.ToArray();
            batch.Clear();
            var prepared = await Task.Run(() => ingestor.Prepare(drafts, ct), ct);
            await CollectAsync();
            storing = Task.Run(() => ingestor.StoreManyAsync(prepared, ct), ct);
        }

        await foreach (var (label, request) in ReadAsync(path, ct))
        {
            read++;
            if (request is null || !(await validator.ValidateAsync(request, ct)).IsValid)
            {
                invalid++;
                await progress.WriteLineAsync($"\rskipped {label}: invalid article");
                continue;
            }

            var draft = ArticleDraft.From(request);
            if (await ingestor.FindExistingAsync(draft, ct) is not null)
            {
                duplicates++;
                continue;
            }

            batch.Add(draft);
            if (batch.Count >= batchSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        await CollectAsync();
        var summary = new ImportSummary(read, created, duplicates, invalid, Stopwatch.GetElapsedTime(started).TotalSeconds);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"\rimported {summary.Created} of {summary.Read} ({summary.Duplicates} duplicates, {summary.Invalid} invalid) in {summary.Seconds:F1} s — {summary.ArticlesPerSecond:F0} articles/s"));
        return summary;
    }

    private static async IAsyncEnumerable<(string Label, ArticleRequest? Request)> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var draft = await SeedLoader.ReadAsync(file, ct);
                yield return (file, new ArticleRequest
                {
                    Title = draft.Title,
                    Body = draft.Body,
                    Url = draft.Url,
                    Source = draft.Source,
                    Author = draft.Author,
                    PublishedAt = draft.PublishedAt,
                    Language = draft.Language,
                });
            }

            yield break;
        }

        var line = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ($"{path}:{line}", Parse(text));
        }
    }

    private static ArticleRequest? Parse(string line)
    {
        try
        {
            var item = JsonSerializer.Deserialize<JsonlArticle>(line, Json);
            return item is null ? null : new ArticleRequest
            {
                Title = item.Title,
                Body = item.Body ?? item.Text,
                Url = item.Url,
                Source = item.Source,
                Author = item.Author,
                PublishedAt = item.PublishedAt,
                Language = item.Language,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record JsonlArticle
    {
        public string? Title { get; init; }
        public string? Body { get; init; }
        public string? Text { get; init; }
        public string? Url { get; init; }
        public string? Source { get; init; }
        public string? Author { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string? Language { get; init; }
    }
}
