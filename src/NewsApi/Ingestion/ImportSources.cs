using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using NewsApi.Contracts;

namespace NewsApi.Ingestion;

/// <summary>One article read from an input, or the reason it could not be read. <c>Location</c> is "file:line".</summary>
public sealed record ImportRecord(string Location, ArticleRequest? Request, string? Error);

/// <summary>
/// What <c>import</c> reads: files, folders (searched recursively) and globs (<c>data/**/*.jsonl</c>), relative to
/// the working directory. Supported files:
/// <list type="bullet">
/// <item><c>.jsonl</c>: one article object per line in the POST shape (<c>text</c> is accepted for <c>body</c>);</item>
/// <item><c>.json</c>: one article object or an array of them, unless it is the metadata of a same-name <c>.txt</c>;</item>
/// <item><c>.txt</c>: first line the title, the rest the body, with an optional same-name <c>.json</c> of metadata;</item>
/// <item><c>.html</c>: a saved page, read by the same extractor as <c>POST /api/articles/fetch</c> (metadata, main text, language).</item>
/// </list>
/// </summary>
public static class ImportSources
{
    public static readonly string[] Extensions = [".jsonl", ".json", ".txt", ".html", ".htm"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The files the inputs name, in a stable order, and the inputs that matched nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> inputs, string workingDirectory)
    {
        var files = new List<string>();
        var unmatched = new List<string>();
        foreach (var input in inputs)
        {
            var found = ExpandOne(input, workingDirectory).ToList();
            if (found.Count == 0)
            {
                unmatched.Add(input);
            }

            files.AddRange(found);
        }

        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        var texts = distinct.Where(f => IsText(f)).Select(f => Path.ChangeExtension(f, null)).ToHashSet(StringComparer.Ordinal);
        return (distinct.Where(f => !(IsExtension(f, ".json") && texts.Contains(Path.ChangeExtension(f, null)))).ToList(), unmatched);
    }

    private static IEnumerable<string> ExpandOne(string input, string workingDirectory)
    {
        var full = Path.GetFullPath(input, workingDirectory);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal);
        }

        if (input.AsSpan().IndexOfAny("*?[") < 0)
        {
            return [];
        }

        // A glob: the folders before the first wildcard are the root; the rest is the pattern.
        var parts = input.Replace('\\', '/').Split('/');
        var fixedCount = parts.TakeWhile(p => p.AsSpan().IndexOfAny("*?[") < 0).Count();
        var root = Path.GetFullPath(fixedCount == 0 ? "." : string.Join('/', parts.Take(fixedCount)) + "/", workingDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(fixedCount)));
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(f => Path.GetFullPath(f.Path, root))
            .Where(IsSupported)
            .Order(StringComparer.Ordinal);
    }

    private static bool IsSupported(string file) => Extensions.Any(e => IsExtension(file, e));

    private static bool IsText(string file) => IsExtension(file, ".txt");

    private static bool IsExtension(string file, string extension) =>
        string.Equals(Path.GetExtension(file), extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one file; <paramref name="bytesRead"/> is told the file's bytes consumed so far.</summary>
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(
        string file, Action<long> bytesRead, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (IsText(file))
        {
            var draft = await SeedLoader.ReadAsync(file, ct);
            bytesRead(new FileInfo(file).Length);
            yield return new ImportRecord(file, FromDraft(draft), null);
            yield break;
        }

        if (IsExtension(file, ".html") || IsExtension(file, ".htm"))
        {
            var bytes = await File.ReadAllBytesAsync(file, ct);
            bytesRead(bytes.Length);
            yield return FromHtml(file, bytes);
            yield break;
        }

        if (IsExtension(file, ".json"))
        {
            foreach (var record in await ReadJsonFileAsync(file, ct))
            {
                yield return record;
            }

            bytesRead(new FileInfo(file).Length);
            yield break;
        }

        var line = 0;
        long consumed = 0;
        using var reader = new StreamReader(file, Encoding.UTF8);
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            consumed += Encoding.UTF8.GetByteCount(text) + 1;
            bytesRead(consumed);
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse($"{file}:{line}", text);
            }
        }
    }

    private static async Task<IReadOnlyList<ImportRecord>> ReadJsonFileAsync(string file, CancellationToken ct)
    {
        var text = await File.ReadAllTextAsync(file, ct);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return [new ImportRecord(Where(file, e), null, "not valid JSON: " + e.Message)];
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                return document.RootElement.EnumerateArray()
                    .Select((item, i) => Parse($"{file}:item {i + 1}", item.GetRawText()))
                    .ToList();
            }

            return [Parse(file, text)];
        }
    }

    private static string Where(string file, JsonException e) => e.LineNumber is { } l ? $"{file}:{l + 1}" : file;

    private static ImportRecord Parse(string location, string json)
    {
        try
        {
            var item = JsonSerializer.Deserialize<JsonlArticle>(json, Json);
            return item is null
                ? new ImportRecord(location, null, "not an article object")
                : new ImportRecord(location, item.ToRequest(), null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : null;
            return new ImportRecord(location, null, field is null ? "not valid JSON: " + e.Message : $"{field}: not a valid value ({e.Message})");
        }
    }

    /// <summary>A saved page: its canonical URL is kept when the page names a web address, never the file's path.</summary>
    private static ImportRecord FromHtml(string file, byte[] bytes)
    {
        var page = new Fetching.FetchedResponse(new Uri(file), false, bytes, "text/html", null, null, null, null);
        var (article, failure) = Fetching.ArticleExtractor.Extract(page);
        if (article is null)
        {
            return new ImportRecord(file, null, $"{failure?.Title}: {failure?.Detail}");
        }

        return new ImportRecord(file, new ArticleRequest
        {
            Title = article.Title,
            Body = article.Body,
            Url = article.CanonicalUrl.Scheme is "http" or "https" ? article.CanonicalUrl.AbsoluteUri : null,
            Source = article.SiteName,
            Author = article.Author,
            PublishedAt = article.PublishedAt,
            Language = article.Language,
        }, null);
    }

    private static ArticleRequest FromDraft(ArticleDraft draft) => new()
    {
        Title = draft.Title,
        Body = draft.Body,
        Url = draft.Url,
        Source = draft.Source,
        Author = draft.Author,
        PublishedAt = draft.PublishedAt,
        Language = draft.Language,
    };

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

        public ArticleRequest ToRequest() => new()
        {
            Title = Title,
            Body = Body ?? Text,
            Url = Url,
            Source = Source,
            Author = Author,
            PublishedAt = PublishedAt,
            Language = Language,
        };
    }
}
