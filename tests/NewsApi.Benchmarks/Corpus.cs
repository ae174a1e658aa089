using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsApi.Benchmarks;

/// <summary>
/// The texts the benchmarks run on. The seed article ships with the repo; BBC articles are third-party data read
/// from the folder given by <c>--bbc PATH</c> (or <see cref="BbcVariable"/>) and never copied into the repo.
/// BenchmarkDotNet runs each benchmark in a child process, so the paths travel as environment variables.
/// </summary>
public static class Corpus
{
    public const string SeedsVariable = "NEWSAPI_BENCH_SEEDS";
    public const string BbcVariable = "NEWSAPI_BENCH_BBC";

    public const string SeedFileName = "000_1c790352a2a4b598.txt";

    /// <summary>The seed's publication date (from its metadata), so relative dates resolve as in production.</summary>
    public static readonly DateOnly SeedPublishedAt = new(2013, 9, 6);

    /// <summary>
    /// The BBC set carries no dates; its articles are from 2004-05, so anchor them there and relative dates
    /// ("last week", "on Friday") resolve and cost what they cost in production.
    /// </summary>
    public static readonly DateOnly BbcPublishedAt = new(2005, 1, 1);

    private static readonly Lazy<Article> SeedArticle = new(LoadSeed);
    private static readonly Lazy<List<Article>> BbcArticles = new(LoadBbc);

    public static Article Seed => SeedArticle.Value;

    /// <summary>The BBC dev articles in file order, or none when the data is not on this machine.</summary>
    public static IReadOnlyList<Article> Bbc => BbcArticles.Value;

    /// <summary>Names of the BBC cases that exist here: the shortest, the median and the longest dev article.</summary>
    public static IEnumerable<string> BbcCaseNames() =>
        Bbc.Count == 0 ? [] : ["bbc-short", "bbc-median", "bbc-long"];

    public static Article BbcCase(string name)
    {
        var bySize = Bbc.OrderBy(a => a.Body.Length).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        return name switch
        {
            "bbc-short" => bySize[0],
            "bbc-median" => bySize[bySize.Count / 2],
            "bbc-long" => bySize[^1],
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown BBC case."),
        };
    }

    /// <summary>
    /// A body of about <paramref name="kilobytes"/> KB (UTF-16 chars / 1024) made of whole paragraphs: BBC articles
    /// concatenated in file order when present, otherwise the seed's paragraphs repeated with their numbers varied
    /// (so figures and dates stay distinct instead of collapsing into repeats).
    /// </summary>
    public static string Sized(int kilobytes)
    {
        var target = kilobytes * 1024;
        var paragraphs = SourceParagraphs();
        var sb = new StringBuilder(target + 2048);
        for (var round = 0; sb.Length < target; round++)
        {
            foreach (var p in paragraphs)
            {
                if (sb.Length >= target)
                {
                    break;
                }

                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                }

                sb.Append(round == 0 ? p : VaryNumbers(p, round));
            }
        }

        return sb.ToString();
    }

    /// <summary>Where <see cref="Sized"/> takes its paragraphs from, for the report.</summary>
    public static string SizedSource => Bbc.Count > 0 ? "bbc" : "seed";

    /// <summary>
    /// A document of exactly <paramref name="sentences"/> short, distinct sentences, each sharing a few words with
    /// its neighbours, so the similarity graph is dense enough to matter.
    /// </summary>
    public static string ManySentences(int sentences)
    {
        string[] subjects = ["The minister", "Officials", "The company", "Analysts", "The council", "Rebels", "The bank", "Voters"];
        string[] verbs = ["said", "warned", "reported", "announced", "denied", "confirmed", "expected", "estimated"];
        string[] objects = ["the budget", "new talks", "rising prices", "the vote", "military action", "job losses", "the deal", "higher taxes"];
        var sb = new StringBuilder(sentences * 80);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(i % 5 == 0 ? "\n\n" : " ");
            }

            sb.Append(CultureInfo.InvariantCulture,
                $"{subjects[i % subjects.Length]} {verbs[(i / 3) % verbs.Length]} {objects[(i / 7) % objects.Length]} would cost {i + 3} million pounds in region {i % 97}.");
        }

        return sb.ToString();
    }

    private static List<string> SourceParagraphs()
    {
        var bodies = Bbc.Count > 0 ? Bbc.Select(a => a.Body) : [Seed.Body];
        return bodies
            .SelectMany(b => b.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }

    private static string VaryNumbers(string paragraph, int round)
    {
        var sb = new StringBuilder(paragraph.Length + 8);
        foreach (var c in paragraph)
        {
            sb.Append(c is >= '1' and <= '9' ? (char)('1' + (c - '1' + round) % 9) : c);
        }

        return sb.ToString();
    }

    /// <summary>Full path of the seed article file.</summary>
    public static string SeedPath() => Path.Combine(FindSeeds(), SeedFileName);

    private static Article LoadSeed()
    {
        var path = SeedPath();
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new Article(text[..newline].Trim(), text[(newline + 1)..], SeedPublishedAt);
    }

    private static string FindSeeds()
    {
        if (Environment.GetEnvironmentVariable(SeedsVariable) is { Length: > 0 } given)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, SeedFileName)))
            {
                return candidate;
            }
        }

        // BenchmarkDotNet's child processes start in the artifacts folder: try from the binaries too.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, SeedFileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No seeds folder with {SeedFileName} above the current directory; pass --seeds PATH.");
    }

    private static List<Article> LoadBbc()
    {
        var folder = Environment.GetEnvironmentVariable(BbcVariable);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(file => ReadJsonl(file, BbcPublishedAt)).ToList();
    }

    /// <summary>The articles of a JSON-lines file (<c>title</c>, <c>text</c>), read as they are enumerated, with newlines normalised.</summary>
    public static IEnumerable<Article> ReadJsonl(string file, DateOnly publishedAt)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var body = root.GetProperty("text").GetString() ?? "";
            yield return new Article(title, body.ReplaceLineEndings("\n"), publishedAt);
        }
    }
}

public sealed record Article(string? Title, string Body, DateOnly? PublishedAt);
