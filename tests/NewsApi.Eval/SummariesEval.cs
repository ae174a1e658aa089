using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Eval;

/// <summary>
/// <c>summaries --data PATH [--grid]</c>: ROUGE-1/2/Lsum F1 (no stemming) of every registered ranker through the
/// shared selector and its default news-aware policy, of each ranker's bare top-k (no filters, no lead rule), of raw
/// lead-k, and of the default with redundancy control, side by side, with run time. PATH is the BBC dev folder
/// (k = length of the reference, scored against <c>summary</c>, plus sentence-level P/R/F1 against
/// <c>summary_sentences</c>) or the CNN/DailyMail jsonl file (k = 3 against the highlights, one per line).
/// <c>--grid</c> adds the tuning sweep (rows named "grid ...": news ranker weights, lead rule, MMR).
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
        var kb = items.Average(it => it.Text.Length) / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse (split + tokenize): {parseWatch.Elapsed.TotalMilliseconds / items.Count:F3} ms/doc, mean article {kb:F1} KB"));

        var systems = new List<SystemUnderTest> { new("lead-k (raw)", (doc, _, k) => doc.Sentences.Take(k).Select(s => s.Text).ToList()) };
        var registry = RankerRegistry.CreateDefault();
        foreach (var key in registry.Keys)
        {
            registry.TryGet(key, out var ranker);
            var label = ranker == registry.Default ? key + " (default)" : key;
            systems.Add(new(label, (doc, title, k) => Summarize(ranker, doc, title, k, ranker.Policy)));
        }

        foreach (var key in registry.Keys)
        {
            registry.TryGet(key, out var ranker);
            systems.Add(new(key + " [bare top-k]", (doc, title, k) => Summarize(ranker, doc, title, k, SelectionPolicy.None)));
        }

        registry.TryGet(RankerRegistry.DefaultKey, out var byDefault);
        systems.Add(new(RankerRegistry.DefaultKey + " [no lead rule]", (doc, title, k) =>
            Summarize(byDefault, doc, title, k, SelectionPolicy.Default with { LeadShare = 0 })));
        systems.Add(new(RankerRegistry.DefaultKey + " [MMR 0.3]", (doc, title, k) =>
            Summarize(byDefault, doc, title, k, SelectionPolicy.Default, diversity: 0.3)));
        if (grid)
        {
            AddGrid(systems);
        }

        // Warm up (JIT tiers) so the timing column measures steady state.
        foreach (var system in systems)
        {
            for (var i = 0; i < Math.Min(50, items.Count); i++)
            {
                system.Summarize(TextDocument.Parse(items[i].Text), items[i].Title, items[i].K);
            }
        }

        Console.WriteLine();
        Console.WriteLine(IngestTiming(registry, items));
        Console.WriteLine("ms/doc: ranking + selection on a freshly parsed document (term vectors included), parsing excluded.");
        Console.WriteLine();
        Console.WriteLine(bbc
            ? $"{"system",-36} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"sentP",6} {"sentR",6} {"sentF1",6} {"ms/doc",7}"
            : $"{"system",-36} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"ms/doc",7}");
        foreach (var system in systems)
        {
            double r1 = 0, r2 = 0, rl = 0, sp = 0, sr = 0, sf = 0;
            var watch = new Stopwatch();
            var timed = !system.Name.StartsWith("grid", StringComparison.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var document = timed ? TextDocument.Parse(item.Text) : documents[i];
                watch.Start();
                var chosen = system.Summarize(document, item.Title, item.K);
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
            var ms = timed ? (watch.Elapsed.TotalMilliseconds / count).ToString("F3", CultureInfo.InvariantCulture) : "-";
            Console.WriteLine(bbc
                ? string.Create(CultureInfo.InvariantCulture, $"{system.Name,-36} {r1 / count,6:F3} {r2 / count,6:F3} {rl / count,6:F3} {sp / count,6:F3} {sr / count,6:F3} {sf / count,6:F3} {ms,7}")
                : string.Create(CultureInfo.InvariantCulture, $"{system.Name,-36} {r1 / count,6:F3} {r2 / count,6:F3} {rl / count,6:F3} {ms,7}"));
        }

        return 0;
    }

    /// <summary>What ingest costs: every registered ranker on one freshly parsed document (parsing excluded).</summary>
    private static string IngestTiming(RankerRegistry registry, List<Item> items)
    {
        var watch = new Stopwatch();
        foreach (var item in items)
        {
            var document = TextDocument.Parse(item.Text);
            watch.Start();
            foreach (var ranker in registry.All)
            {
                ranker.Rank(document, item.Title);
            }

            watch.Stop();
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"ingest, all {registry.All.Count} rankers together: {watch.Elapsed.TotalMilliseconds / items.Count:F3} ms/doc");
    }

    /// <summary>Tuning sweep (dev only): news ranker weights, selector lead rule, MMR. Rows are named "grid ...".</summary>
    private static void AddGrid(List<SystemUnderTest> systems)
    {
        foreach (var leadWeight in new[] { 0.0, 0.25, 0.5 })
        {
            foreach (var frequencyWeight in new[] { 0.0, 0.25, 0.5, 1.0, 2.0 })
            {
                var ranker = new NewsRanker(new NewsRankerOptions(leadWeight, 1, 0, 0, frequencyWeight));
                systems.Add(new($"grid news lw={leadWeight} f={frequencyWeight}",
                    (doc, title, k) => Summarize(ranker, doc, title, k, ranker.Policy)));
                systems.Add(new($"grid news lw={leadWeight} f={frequencyWeight} [bare]",
                    (doc, title, k) => Summarize(ranker, doc, title, k, SelectionPolicy.None)));
            }
        }

        var news = new NewsRanker();
        foreach (var (share, lead) in new[] { (0.25, 1), (0.25, 2), (0.15, 3), (0.35, 3) })
        {
            var policy = SelectionPolicy.Default with { LeadShare = share, LeadSentences = lead };
            systems.Add(new($"grid news leadShare={share} lead={lead}", (doc, title, k) => Summarize(news, doc, title, k, policy)));
        }

        foreach (var diversity in new[] { 0.1, 0.2, 0.5 })
        {
            systems.Add(new($"grid news MMR {diversity}", (doc, title, k) => Summarize(news, doc, title, k, SelectionPolicy.Default, diversity)));
        }

        systems.Add(new("grid news no dangling rule", (doc, title, k) =>
            Summarize(news, doc, title, k, SelectionPolicy.Default with { AvoidDanglingStarts = false })));
    }

    private static List<string> Summarize(ISentenceRanker ranker, TextDocument document, string? title, int k, SelectionPolicy policy, double? diversity = null)
    {
        var scores = ranker.Rank(document, title);
        var scored = new List<ScoredSentence>(scores.Length);
        foreach (var s in document.Sentences)
        {
            scored.Add(new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index]));
        }

        return SummarySelector.Select(scored, new SummaryOptions { Sentences = k, Diversity = diversity }, policy).Select(s => s.Text).ToList();
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
