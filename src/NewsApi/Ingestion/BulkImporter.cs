using System.Diagnostics;
using System.Globalization;
using FluentValidation;
using NewsApi.Contracts;

namespace NewsApi.Ingestion;

public sealed record ImportSummary(int Read, int Created, int Duplicates, int Invalid, double Seconds)
{
    public double ArticlesPerSecond => Seconds > 0 ? Created / Seconds : 0;
}

/// <summary>Told how an import goes: every rejected record with its reason, regular counts, the end.</summary>
public interface IImportProgress
{
    void Rejected(string location, string reason);

    /// <summary>Called often; <paramref name="fraction"/> is the share of the input bytes read (0–1).</summary>
    void Update(ImportSummary sofar, double fraction);

    void Finished(ImportSummary summary);
}

/// <summary>
/// <c>import PATH…</c>: loads article files (see <see cref="ImportSources"/>: .jsonl, .json, .txt, folders and globs).
/// Articles are validated like POST, analysed in parallel and written in batches, one transaction per batch.
/// Re-running the same import resumes it: what is stored is skipped as a duplicate before it is analysed.
/// </summary>
public sealed class BulkImporter(ArticleIngestor ingestor, IValidator<ArticleRequest> validator)
{
    public const int DefaultBatchSize = 256;

    /// <summary>One file, folder or glob, with plain progress lines (tests and scripts).</summary>
    public Task<ImportSummary> RunAsync(string path, TextWriter progress, int batchSize, CancellationToken ct) =>
        RunAsync(ImportSources.Expand([path], Directory.GetCurrentDirectory()).Files, new PlainImportProgress(progress, TimeSpan.FromSeconds(5)), batchSize, ct);

    public async Task<ImportSummary> RunAsync(IReadOnlyList<string> files, IImportProgress progress, int batchSize, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        int read = 0, created = 0, duplicates = 0, invalid = 0;
        var batch = new List<ArticleDraft>(batchSize);
        var toCheck = new List<ArticleDraft>(batchSize);
        var totalBytes = Math.Max(1, files.Sum(f => new FileInfo(f).Length));
        long doneBytes = 0, fileBytes = 0;
        ImportSummary Sofar() => new(read, created, duplicates, invalid, Stopwatch.GetElapsedTime(started).TotalSeconds);

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

        // What is stored already is skipped before it is analysed: one question per batch of read drafts.
        async Task CheckAsync(bool last)
        {
            var stored = await ingestor.FindStoredAsync(toCheck, ct);
            for (var i = 0; i < toCheck.Count; i++)
            {
                if (stored[i])
                {
                    duplicates++;
                }
                else
                {
                    batch.Add(toCheck[i]);
                }
            }

            toCheck.Clear();
            if (batch.Count >= batchSize || (last && batch.Count > 0))
            {
                await FlushAsync();
            }
        }

        foreach (var file in files)
        {
            await foreach (var record in ImportSources.ReadAsync(file, b => fileBytes = b, ct))
            {
                read++;
                var draft = await AcceptAsync(record, progress, ct);
                progress.Update(Sofar(), (double)(doneBytes + fileBytes) / totalBytes);
                if (draft is null)
                {
                    invalid++;
                    continue;
                }

                toCheck.Add(draft);
                if (batch.Count + toCheck.Count >= batchSize)
                {
                    await CheckAsync(last: false);
                }
            }

            doneBytes += new FileInfo(file).Length;
            fileBytes = 0;
        }

        await CheckAsync(last: true);
        await CollectAsync();
        var summary = Sofar();
        progress.Finished(summary);
        return summary;
    }

    /// <summary>The record as a draft, or null after telling the progress why it was rejected.</summary>
    private async Task<ArticleDraft?> AcceptAsync(ImportRecord record, IImportProgress progress, CancellationToken ct)
    {
        if (record.Request is null)
        {
            progress.Rejected(record.Location, record.Error ?? "not an article");
            return null;
        }

        var validation = await validator.ValidateAsync(record.Request, ct);
        if (!validation.IsValid)
        {
            progress.Rejected(record.Location, string.Join("; ", validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
            return null;
        }

        return ArticleDraft.From(record.Request);
    }
}

/// <summary>Plain lines: each rejected record, a progress line at most every <c>interval</c>, and the summary.</summary>
public sealed class PlainImportProgress(TextWriter output, TimeSpan interval) : IImportProgress
{
    private long _last = Stopwatch.GetTimestamp();

    public void Rejected(string location, string reason) => output.WriteLine($"rejected {location}: {reason}");

    public void Update(ImportSummary sofar, double fraction)
    {
        if (Stopwatch.GetElapsedTime(_last) < interval)
        {
            return;
        }

        _last = Stopwatch.GetTimestamp();
        output.WriteLine(ImportText.Progress(sofar, fraction));
    }

    public void Finished(ImportSummary summary) => output.WriteLine(ImportText.Summary(summary));
}

/// <summary>The wording of progress and summary lines, shared by the terminal and plain reporters.</summary>
public static class ImportText
{
    public static string Progress(ImportSummary s, double fraction)
    {
        var rate = s.Seconds > 0 ? s.Read / s.Seconds : 0;
        var eta = fraction > 0 && fraction < 1 ? TimeSpan.FromSeconds(s.Seconds * (1 - fraction) / fraction) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture,
            $"{fraction * 100,3:F0}% read {s.Read}, stored {s.Created}, duplicates {s.Duplicates}, rejected {s.Invalid} — {rate:F0} articles/s, ETA {eta:h\\:mm\\:ss}");
    }

    public static string Summary(ImportSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"imported {s.Created} of {s.Read} ({s.Duplicates} duplicates, {s.Invalid} rejected) in {s.Seconds:F1} s — {s.ArticlesPerSecond:F0} articles/s");
}
