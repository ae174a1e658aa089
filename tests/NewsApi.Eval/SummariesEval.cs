using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Eval;

/// <summary>
/// <c>summaries --data PATH [--grid]</c>: ROUGE-1/2/Lsum F1 (no stemming) of every registered ranker through the
/// shared selector, and of raw lead-k, side by side. PATH is the BBC dev folder (k = length of the reference,
/// scored against <c>summary</c>, plus sentence-level P/R/F1 against <c>summary_sentences</c>) or the CNN/DailyMail
/// jsonl file (k = 3 against the highlights, one per line). <c>--grid</c> adds a sweep of <see cref="NewsRanker"/> weights.
/// </summary>
internal static class SummariesEval
{
    private sealed record Item(string Id, string? Title, string Text, string Reference, IReadOnlyList<string> ReferenceSentences, int K, bool SentenceGold);

    private sealed record SystemUnderTest(string Name, Func<TextDocument, string?, int, IReadOnlyList<string>> Summarize);

    public static int Run(string[] args)
    {
        string? data = null;
        var grid = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                data = args[++i];
            }
            else if (args[i] == "--grid")
            {
                grid = true;
            }
        }

        if (data is null || !(Directory.Exists(data) || File.Exists(data)))
        {
            Console.Error.WriteLine("usage: eval summaries --data <bbc/dev folder | cnndm/dev.jsonl> [--grid]");
            return 2;
        }

        var (items, skipped) = Directory.Exists(data) ? LoadBbc(data) : LoadCnnDm(data);
        var bbc = Directory.Exists(data);
        Console.WriteLine($"{(bbc ? "BBC" : "CNN/DM")}: {items.Count} items scored, {skipped} skipped (duplicates / no reference split). ROUGE F1, no stemming.");

        var parseWatch = Stopwatch.StartNew();
        var documents = items.Select(it => TextDocument.Parse(it.Text)).ToList();
        parseWatch.Stop();
        Console.WriteLine($"parse (split + tokenize): {parseWatch.Elapsed.TotalMilliseconds / items.Count:F3} ms/doc");

        var systems = new List<SystemUnderTest> { new("lead-k (raw)", (doc, _, k) => doc.Sentences.Take(k).Select(s => s.Text).ToList()) };
        var registry = RankerRegistry.CreateDefault();
        foreach (var key in registry.Keys)
        {
            registry.TryGet(key, out var ranker);
            var label = ranker == registry.Default ? key + " (default)" : key;
            systems.Add(new(label, (doc, title, k) => Summarize(ranker, doc, title, k, SelectionPolicy.Default)));
            systems.Add(new(label + " [no filters]", (doc, title, k) => Summarize(ranker, doc, title, k, SelectionPolicy.None)));
        }

        if (grid)
        {
            registry.TryGet("textrank", out var textRank);
            systems.Add(new("textrank [words>=4]", (doc, title, k) => Summarize(textRank, doc, title, k, new SelectionPolicy(4, false, false))));
            systems.Add(new("textrank [words>=4, boilerplate]", (doc, title, k) => Summarize(textRank, doc, title, k, new SelectionPolicy(4, true, false))));
            systems.Add(new("textrank [dangling only]", (doc, title, k) => Summarize(textRank, doc, title, k, new SelectionPolicy(0, false, true))));
            foreach (var lead in new[] { 1, 2, 3 })
            {
                foreach (var f in new[] { 0.0, 0.5 })
                {
                    foreach (var p in new[] { 0.0, 0.25 })
                    {
                        var ranker = new NewsRanker(new NewsRankerOptions(1.0, p, 0, f, 0.5, lead));
                        systems.Add(new($"news lead={lead} p={p} f={f}", (doc, title, k) => Summarize(ranker, doc, title, k, SelectionPolicy.Default)));
                    }
                }
            }
        }

        // Warm up (JIT tiers) so the timing column measures steady state.
        foreach (var system in systems)
        {
            for (var i = 0; i < Math.Min(50, items.Count); i++)
            {
                system.Summarize(documents[i], items[i].Title, items[i].K);
            }
        }

        Console.WriteLine();
        Console.WriteLine(bbc
            ? $"{"system",-36} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"sentP",6} {"sentR",6} {"sentF1",6} {"ms/doc",7}"
            : $"{"system",-36} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"ms/doc",7}");
        foreach (var system in systems)
        {
            double r1 = 0, r2 = 0, rl = 0, sp = 0, sr = 0, sf = 0;
            var watch = new Stopwatch();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                watch.Start();
                var chosen = system.Summarize(documents[i], item.Title, item.K);
                watch.Stop();
                var candidate = string.Join('\n', chosen);
                r1 += Rouge.N(candidate, item.Reference, 1).F1;
                r2 += Rouge.N(candidate, item.Reference, 2).F1;
                rl += Rouge.LSum(chosen, item.ReferenceSentences).F1;
                if (item.SentenceGold)
                {
                    var gold = item.ReferenceSentences.Select(Normalize).ToHashSet(StringComparer.Ordinal);
                    var hit = chosen.Count(s => gold.Contains(Normalize(s)));
                    var p = chosen.Count == 0 ? 0 : (double)hit / chosen.Count;
                    var r = gold.Count == 0 ? 0 : (double)hit / gold.Count;
                    sp += p;
                    sr += r;
                    sf += p + r == 0 ? 0 : 2 * p * r / (p + r);
                }
            }

            var count = items.Count;
            var ms = watch.Elapsed.TotalMilliseconds / count;
            Console.WriteLine(bbc
                ? string.Create(CultureInfo.InvariantCulture, $"{system.Name,-36} {r1 / count,6:F3} {r2 / count,6:F3} {rl / count,6:F3} {sp / count,6:F3} {sr / count,6:F3} {sf / count,6:F3} {ms,7:F3}")
                : string.Create(CultureInfo.InvariantCulture, $"{system.Name,-36} {r1 / count,6:F3} {r2 / count,6:F3} {rl / count,6:F3} {ms,7:F3}"));
        }

        return 0;
    }

    private static List<string> Summarize(ISentenceRanker ranker, TextDocument document, string? title, int k, SelectionPolicy policy)
    {
        var scores = ranker.Rank(document, title);
        var scored = new List<ScoredSentence>(scores.Length);
        foreach (var s in document.Sentences)
        {
            scored.Add(new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index]));
        }

        return SummarySelector.Select(scored, new SummaryOptions { Sentences = k }, policy).Select(s => s.Text).ToList();
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (List<Item> Items, int Skipped) LoadBbc(string folder)
    {
        var items = new List<Item>();
        var skipped = 0;
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var duplicate = root.TryGetProperty("duplicate_of", out var d) && d.ValueKind != JsonValueKind.Null;
                var sentences = root.GetProperty("summary_sentences");
                if (duplicate || sentences.ValueKind != JsonValueKind.Array)
                {
                    skipped++;
                    continue;
                }

                var reference = sentences.EnumerateArray().Select(e => e.GetString()!).ToList();
                items.Add(new Item(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("title").GetString(),
                    root.GetProperty("text").GetString()!,
                    root.GetProperty("summary").GetString()!,
                    reference,
                    reference.Count,
                    SentenceGold: true));
            }
        }

        return (items, skipped);
    }

    private static (List<Item> Items, int Skipped) LoadCnnDm(string file)
    {
        var items = new List<Item>();
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var highlights = root.GetProperty("highlights").EnumerateArray().Select(e => e.GetString()!).ToList();
            items.Add(new Item(
                root.GetProperty("id").GetString()!,
                null,
                root.GetProperty("text").GetString()!,
                string.Join('\n', highlights),
                highlights,
                3,
                SentenceGold: false));
        }

        return (items, 0);
    }
}
