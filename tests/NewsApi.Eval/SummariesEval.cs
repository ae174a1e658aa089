using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;
using NewsApi.Analysis.Text;

namespace NewsApi.Eval;

/// <summary>
/// <c>summaries --data PATH [--grid]</c>: ROUGE-1/2/Lsum F1 (no stemming) of every registered ranker through the
/// shared selector and its policy, of each ranker's bare top-k (no filters, no lead rule), of raw lead-k, and
/// ablations of the default (each news rule off, the earlier similarity settings), side by side, with run time, then
/// fold tables of the main rows. PATH is the BBC dev folder (k = number of reference sentences, scored against
/// <c>summary</c>, plus sentence-level P/R/F1 against <c>summary_sentences</c>) or the CNN/DailyMail jsonl file
/// (k = 3 against the highlights, one per line; plus a per-story paired comparison with Lead-3).
/// The default row goes through <see cref="ArticleAnalyzer.CreateDefault"/> and the default ranker's policy, as
/// <c>POST /api/analyze</c> does. <c>--grid</c> adds the tuning sweep (rows named "grid ...").
/// </summary>
internal static class SummariesEval
{
    private const string DefaultRow = "news (default, API path)";
    private const string LeadRow = "lead-k (raw)";

    /// <summary>One scored article; <see cref="Position"/> is its place among the non-duplicate articles in load order (fixes its fold).</summary>
    private sealed record Item(int Position, string? Title, string Text, string Reference, IReadOnlyList<string> ReferenceSentences, int K, bool SentenceGold);

    private sealed record SystemUnderTest(string Name, Func<Item, TextDocument, IReadOnlyList<string>> Summarize, bool Main = false);

    /// <summary>Per item of one system: ROUGE-1, ROUGE-2, ROUGE-Lsum F1, sentence P, R, F1.</summary>
    private sealed record Scores(string Name, double[][] PerItem, double MsPerDoc, bool Main);

    public static int Run(string[] args)
    {
        var data = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault();
        var grid = args.Contains("--grid");
        if (data is null || !(Directory.Exists(data) || File.Exists(data)))
        {
            Console.Error.WriteLine("usage: eval summaries --data <bbc/dev folder | cnndm/dev.jsonl> [--grid]");
            return 2;
        }

        var bbc = Directory.Exists(data);
        var (items, skipped) = bbc ? LoadBbc(data) : LoadCnnDm(data);
        Console.WriteLine($"{(bbc ? "BBC" : "CNN/DM")}: {items.Count} items scored, {skipped} skipped (duplicates / no reference split). ROUGE F1, no stemming.");
        var parseWatch = Stopwatch.StartNew();
        var documents = items.Select(it => TextDocument.Parse(it.Text)).ToList();
        parseWatch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse (split + tokenize): {parseWatch.Elapsed.TotalMilliseconds / items.Count:F3} ms/doc, mean article {items.Average(it => it.Text.Length) / 1024.0:F1} KB"));
        if (bbc)
        {
            Console.WriteLine(SplitAgreement(items, documents));
        }

        var registry = RankerRegistry.CreateDefault();
        var systems = Systems(registry, grid);
        Console.WriteLine();
        Console.WriteLine(IngestTiming(registry, items));
        Console.WriteLine("ms/doc: ranking + selection on a freshly parsed document (term vectors included), parsing excluded; the API-path row also runs the fact extractors.");
        Console.WriteLine();
        var results = systems.Select(s => Score(s, items, documents)).ToList();
        PrintTable(results, bbc);
        var positions = items.Select(it => it.Position).ToArray();
        var main = results.Where(r => r.Main).ToList();
        string[] measures = ["ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-Lsum F1"];
        for (var m = 0; m < measures.Length; m++)
        {
            Folds.Print($"{(bbc ? "BBC" : "CNN/DM")} {measures[m]}", main.Select(r => FoldRowOf(r, m, positions)).ToList());
        }

        if (!bbc)
        {
            PrintPaired(results.Single(r => r.Name == DefaultRow), results.Single(r => r.Name == LeadRow), measures);
        }

        return 0;
    }

    private static List<SystemUnderTest> Systems(RankerRegistry registry, bool grid)
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var systems = new List<SystemUnderTest>
        {
            new(DefaultRow, (item, _) => ViaApi(analyzer, item), Main: true),
            new(LeadRow, (item, doc) => doc.Sentences.Take(item.K).Select(s => s.Text).ToList(), Main: true),
        };
        foreach (var key in registry.Keys)
        {
            registry.TryGet(key, out var ranker);
            systems.Add(new(ranker == registry.Default ? key + " (default ranker)" : key,
                (item, doc) => Summarize(ranker, doc, item, ranker.Policy), Main: key == "textrank"));
        }

        foreach (var key in registry.Keys)
        {
            registry.TryGet(key, out var ranker);
            systems.Add(new(key + " [bare top-k]", (item, doc) => Summarize(ranker, doc, item, SelectionPolicy.None), Main: ranker == registry.Default));
        }

        // The cost of each news rule: the default with one rule off.
        var news = registry.Default;
        var policy = news.Policy;
        systems.Add(new("news [no lead rule]", (item, doc) => Summarize(news, doc, item, policy with { LeadShare = 0 })));
        systems.Add(new("news [no dangling rule]", (item, doc) => Summarize(news, doc, item, policy with { AvoidDanglingStarts = false }), Main: true));
        foreach (var (window, pair) in new[] { (1, true), (1, false), (3, false), (int.MaxValue, true) })
        {
            var name = $"news [dangling: window {(window == int.MaxValue ? "any" : window)}{(pair ? ", paired" : "")}]";
            systems.Add(new(name, (item, doc) => Summarize(news, doc, item, policy with { AntecedentWindow = window, PairAntecedent = pair })));
        }

        systems.Add(new("news [no boilerplate filter]", (item, doc) => Summarize(news, doc, item, policy with { SkipBoilerplate = false })));
        systems.Add(new("news [no min-words filter]", (item, doc) => Summarize(news, doc, item, policy with { MinWords = 0 })));
        systems.Add(new("news [MMR 0.3]", (item, doc) => Summarize(news, doc, item, policy, diversity: 0.3)));

        // Where the similarity settings of the default stand against the earlier ones (issue 13), one at a time.
        AddRanker(systems, "news [shared-terms similarity]", new NewsRankerOptions { Similarity = SentenceSimilarity.SharedTerms });
        AddRanker(systems, "news [news stop words]", new NewsRankerOptions { StopWords = StopWordList.News });
        AddRanker(systems, "news [stemmed]", new NewsRankerOptions { Stem = true });
        AddRanker(systems, "news [possessive dropped]", new NewsRankerOptions { KeepPossessive = false });
        AddRanker(systems, "news, v1 similarity (shared terms, news stop words, stemmed)",
            new NewsRankerOptions { Similarity = SentenceSimilarity.SharedTerms, StopWords = StopWordList.News, Stem = true, KeepPossessive = false }, main: true);
        if (grid)
        {
            AddGrid(systems);
        }

        return systems;
    }

    private static void AddRanker(List<SystemUnderTest> systems, string name, NewsRankerOptions options, bool main = false)
    {
        var ranker = new NewsRanker(options);
        systems.Add(new(name, (item, doc) => Summarize(ranker, doc, item, ranker.Policy), main));
    }

    /// <summary>Exactly what <c>POST /api/analyze</c> does with <c>sentences=k</c> and no algorithm.</summary>
    private static List<string> ViaApi(ArticleAnalyzer analyzer, Item item)
    {
        var analysis = analyzer.Analyze(new ArticleInput(item.Title, item.Text, null));
        var ranker = analyzer.Rankers.Default;
        var scores = analysis.SentenceScores[ranker.Key];
        var scored = analysis.Document.Sentences.Select(s => new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index])).ToList();
        return SummarySelector.Select(scored, new SummaryOptions { Sentences = item.K }, ranker.Policy).Select(s => s.Text).ToList();
    }

    private static Scores Score(SystemUnderTest system, List<Item> items, List<TextDocument> documents)
    {
        var timed = !system.Name.StartsWith("grid", StringComparison.Ordinal);
        for (var i = 0; timed && i < Math.Min(50, items.Count); i++)
        {
            system.Summarize(items[i], TextDocument.Parse(items[i].Text)); // warm up (JIT tiers) so timing is steady state
        }

        var perItem = new double[items.Count][];
        var watch = new Stopwatch();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var document = timed ? TextDocument.Parse(item.Text) : documents[i];
            watch.Start();
            var chosen = system.Summarize(item, document);
            watch.Stop();
            var candidate = string.Join('\n', chosen);
            var (p, r, f) = item.SentenceGold ? SentenceMatch(chosen, item.ReferenceSentences) : (0, 0, 0);
            perItem[i] =
            [
                Rouge.N(candidate, item.Reference, 1).F1, Rouge.N(candidate, item.Reference, 2).F1,
                Rouge.LSum(chosen, item.ReferenceSentences).F1, p, r, f,
            ];
        }

        return new Scores(system.Name, perItem, timed ? watch.Elapsed.TotalMilliseconds / items.Count : double.NaN, system.Main);
    }

    private static (double P, double R, double F1) SentenceMatch(IReadOnlyList<string> chosen, IReadOnlyList<string> reference)
    {
        var gold = reference.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var hit = chosen.Count(s => gold.Contains(Normalize(s)));
        var p = chosen.Count == 0 ? 0 : (double)hit / chosen.Count;
        var r = gold.Count == 0 ? 0 : (double)hit / gold.Count;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void PrintTable(List<Scores> results, bool bbc)
    {
        var width = Math.Max(36, results.Max(r => r.Name.Length));
        Console.WriteLine(bbc
            ? $"{"system".PadRight(width)} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"sentP",6} {"sentR",6} {"sentF1",6} {"ms/doc",7}"
            : $"{"system".PadRight(width)} {"R-1",6} {"R-2",6} {"R-Lsum",6} {"ms/doc",7}");
        foreach (var r in results)
        {
            var mean = Enumerable.Range(0, 6).Select(m => r.PerItem.Average(x => x[m])).ToArray();
            var ms = double.IsNaN(r.MsPerDoc) ? "-" : r.MsPerDoc.ToString("F3", CultureInfo.InvariantCulture);
            Console.WriteLine(bbc
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Name.PadRight(width)} {mean[0],6:F3} {mean[1],6:F3} {mean[2],6:F3} {mean[3],6:F3} {mean[4],6:F3} {mean[5],6:F3} {ms,7}")
                : string.Create(CultureInfo.InvariantCulture, $"{r.Name.PadRight(width)} {mean[0],6:F3} {mean[1],6:F3} {mean[2],6:F3} {ms,7}"));
        }
    }

    private static FoldRow FoldRowOf(Scores scores, int measure, int[] positions)
    {
        var sums = new double[Folds.Count];
        var counts = new int[Folds.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            var fold = Folds.Of(positions[i]) - 1;
            sums[fold] += scores.PerItem[i][measure];
            counts[fold]++;
        }

        return FoldRow.FromMeans(scores.Name, sums, counts);
    }

    /// <summary>Per story, the default against Lead-3: wins, ties (within 1e-9), losses and the mean difference.</summary>
    private static void PrintPaired(Scores system, Scores lead, string[] measures)
    {
        Console.WriteLine();
        Console.WriteLine($"Paired per story: {system.Name} vs {lead.Name} (Lead-3)");
        Console.WriteLine("| measure | wins | ties | losses | mean difference | sd of difference |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var m = 0; m < measures.Length; m++)
        {
            var d = system.PerItem.Zip(lead.PerItem, (a, b) => a[m] - b[m]).ToArray();
            var mean = d.Average();
            var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, d.Length - 1));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {measures[m]} | {d.Count(x => x > 1e-9)} | {d.Count(x => Math.Abs(x) <= 1e-9)} | {d.Count(x => x < -1e-9)} | {mean:+0.0000;-0.0000;0.0000} | {sd:0.0000} |"));
        }
    }

    /// <summary>
    /// How our sentences compare with the reference's (BBC references are whole article sentences, cut by another
    /// splitter): the share of reference sentences that are exactly one of ours, and how often ceil(0.4 n) of our n
    /// equals the reference's sentence count (the references hold ceil(0.4 n) of upstream's sentences).
    /// </summary>
    private static string SplitAgreement(List<Item> items, List<TextDocument> documents)
    {
        int pieces = 0, matched = 0, countMatch = 0, more = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var ours = documents[i].Sentences.Select(s => Normalize(s.Text)).ToHashSet(StringComparer.Ordinal);
            pieces += items[i].ReferenceSentences.Count;
            matched += items[i].ReferenceSentences.Count(r => ours.Contains(Normalize(r)));
            var implied = (int)Math.Ceiling(0.4 * documents[i].Sentences.Count);
            countMatch += implied == items[i].K ? 1 : 0;
            more += implied > items[i].K ? 1 : 0;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"sentence split vs reference: {(double)matched / pieces:P1} of reference sentences are one of ours; ceil(0.4 n_ours) = reference count in {(double)countMatch / items.Count:P1} of articles ({(double)more / items.Count:P1} more, the rest fewer)");
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

    /// <summary>Tuning sweep (dev only): news ranker weights and similarity settings, selector lead rule. Rows are named "grid ...".</summary>
    private static void AddGrid(List<SystemUnderTest> systems)
    {
        foreach (var leadWeight in new[] { 0.0, 0.25 })
        {
            foreach (var frequencyWeight in new[] { 0.0, 0.5 })
            {
                AddRanker(systems, $"grid news lw={leadWeight} f={frequencyWeight}",
                    new NewsRankerOptions(leadWeight, 1, 0, 0, frequencyWeight));
            }
        }

        foreach (var damping in new[] { 0.5, 0.7, 0.95 })
        {
            AddRanker(systems, $"grid news d={damping}", new NewsRankerOptions { Damping = damping });
        }

        var news = new NewsRanker();
        foreach (var (share, lead) in new[] { (0.25, 1), (0.25, 2), (0.15, 3), (0.35, 3) })
        {
            var policy = SelectionPolicy.Default with { LeadShare = share, LeadSentences = lead };
            systems.Add(new($"grid news leadShare={share} lead={lead}", (item, doc) => Summarize(news, doc, item, policy)));
        }
    }

    private static List<string> Summarize(ISentenceRanker ranker, TextDocument document, Item item, SelectionPolicy policy, double? diversity = null)
    {
        var scores = ranker.Rank(document, item.Title);
        var scored = new List<ScoredSentence>(scores.Length);
        foreach (var s in document.Sentences)
        {
            scored.Add(new ScoredSentence(s.Index, s.Start, s.End, s.Text, scores[s.Index]));
        }

        return SummarySelector.Select(scored, new SummaryOptions { Sentences = item.K, Diversity = diversity }, policy).Select(s => s.Text).ToList();
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// BBC articles in load order (files by name, lines in order). Duplicates are skipped and take no fold position;
    /// the 18 articles without a reference split keep their position (so folds do not depend on the split) but are not scored.
    /// </summary>
    private static (List<Item> Items, int Skipped) LoadBbc(string folder)
    {
        var items = new List<Item>();
        var skipped = 0;
        var position = 0;
        foreach (var line in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadLines))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("duplicate_of", out var d) && d.ValueKind != JsonValueKind.Null)
            {
                skipped++;
                continue;
            }

            var sentences = root.GetProperty("summary_sentences");
            var at = position++;
            if (sentences.ValueKind != JsonValueKind.Array)
            {
                skipped++;
                continue;
            }

            var reference = sentences.EnumerateArray().Select(e => e.GetString()!).ToList();
            items.Add(new Item(at, root.GetProperty("title").GetString(), root.GetProperty("text").GetString()!,
                root.GetProperty("summary").GetString()!, reference, reference.Count, SentenceGold: true));
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
            items.Add(new Item(items.Count, null, root.GetProperty("text").GetString()!, string.Join('\n', highlights), highlights, 3, SentenceGold: false));
        }

        return (items, 0);
    }
}
