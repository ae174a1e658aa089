using System.Globalization;
using System.Text.Json;

namespace NewsApi.Eval;

/// <summary>
/// <c>generate --data ../shared/eval/bbc/dev --count 100000 --out corpus.jsonl [--seed 1]</c>: builds a large corpus
/// for scale runs from real article texts: each item takes the paragraphs of one source article, sometimes followed
/// by paragraphs of another of the same category, gets a numbered title, a source and a publication time spread over
/// three years. Deterministic for a seed. The output is in the POST shape, ready for <c>NewsApi import</c>.
/// </summary>
internal static class GenerateCorpus
{
    private static readonly string[] Sources = ["BBC", "Reuters", "AFP", "AP", "Bloomberg", "The Guardian", "Le Monde", "Der Spiegel"];

    public static int Run(string[] args)
    {
        string? data = null, output = null;
        int count = 100_000, seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: break;
            }
        }

        if (data is null || output is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("usage: eval generate --data BBC_DEV_FOLDER --out FILE.jsonl [--count 100000] [--seed 1]");
            return 2;
        }

        var articles = Directory.EnumerateFiles(data, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("duplicate_of").ValueKind == JsonValueKind.Null)
            .Select(e => (Title: e.GetProperty("title").GetString()!, Category: e.GetProperty("category").GetString()!,
                Paragraphs: e.GetProperty("text").GetString()!.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        var byCategory = articles.GroupBy(a => a.Category).ToDictionary(g => g.Key, g => g.ToList());
        var random = new Random(seed);
        var start = new DateTimeOffset(2004, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new StreamWriter(output);
        for (var i = 0; i < count; i++)
        {
            var first = articles[i % articles.Count];
            var paragraphs = first.Paragraphs.ToList();
            if (random.Next(3) == 0)
            {
                var peers = byCategory[first.Category];
                var other = peers[random.Next(peers.Count)];
                paragraphs.AddRange(other.Paragraphs.Skip(1).Take(random.Next(1, 4)));
            }

            writer.WriteLine(JsonSerializer.Serialize(new
            {
                title = $"{first.Title} ({i + 1})",
                body = string.Join("\n\n", paragraphs),
                source = Sources[random.Next(Sources.Length)],
                publishedAt = start.AddMinutes(random.Next(3 * 365 * 24 * 60)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            }));
        }

        Console.WriteLine($"wrote {count} articles to {output} from {articles.Count} source articles");
        return 0;
    }
}
