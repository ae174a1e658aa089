using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Facts.Parties.Tagger;

namespace NewsApi.Eval.Parties;

/// <summary>
/// train-parties --data shared/train --out src/NewsApi.Analysis/Resources/Parties/tagger.bin
///   [--iterations 5] [--prune 0.05] [--upper 0.15] [--genres safe|all] [--holdout]
/// Trains the averaged-perceptron party tagger on GUM and WikiGold (never on shared/eval). Deterministic: a fixed seed
/// shuffles the sentences and picks the sentences that are also seen in capitals (CoNLL-style headlines).
/// With --holdout, GUM's dev split is left out of training and scored after each iteration, for tuning.
/// </summary>
internal static class TrainParties
{
    // The no-share-alike GUM genres (README of shared/train, licence tier a). WikiGold is CC BY 4.0.
    private static readonly HashSet<string> SafeGenres = new(StringComparer.Ordinal) { "news", "interview", "academic", "court" };

    public static int Run(string[] args)
    {
        var data = Option(args, "--data");
        var output = Option(args, "--out");
        if (data is null || !Directory.Exists(data) || output is null)
        {
            Console.Error.WriteLine("usage: eval train-parties --data PATH/shared/train --out PATH/tagger.bin [--iterations N] [--prune W] [--upper F] [--genres safe|all] [--holdout]");
            return 2;
        }

        if (Path.GetFullPath(data).Contains("shared/eval", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("refusing to train on evaluation data");
            return 2;
        }

        var iterations = int.Parse(Option(args, "--iterations") ?? "5", CultureInfo.InvariantCulture);
        var prune = float.Parse(Option(args, "--prune") ?? "0.05", CultureInfo.InvariantCulture);
        var upper = double.Parse(Option(args, "--upper") ?? "0.15", CultureInfo.InvariantCulture);
        var allGenres = Option(args, "--genres") == "all";
        var holdout = args.Contains("--holdout");

        var train = new List<(string[] Tokens, int[] Labels)>();
        var dev = new List<(string[] Tokens, int[] Labels)>();
        foreach (var (tokens, labels, genre, split) in Read(Path.Combine(data, "gum", "gum-ner.jsonl")))
        {
            if (!allGenres && !SafeGenres.Contains(genre))
            {
                continue;
            }

            (holdout && split == "dev" ? dev : train).Add((tokens, labels));
        }

        train.AddRange(Read(Path.Combine(data, "wikigold", "wikigold.jsonl")).Select(s => (s.Tokens, s.Labels)));

        // Headlines in capitals: CoNLL's and the wires' "LEICESTERSHIRE TAKE OVER AT TOP". No corpus here has them.
        var random = new Random(20260101);
        var extra = new List<(string[], int[])>();
        foreach (var (tokens, labels) in train)
        {
            if (random.NextDouble() < upper)
            {
                extra.Add((tokens.Select(t => t.ToUpperInvariant()).ToArray(), labels));
            }
        }

        train.AddRange(extra);
        Console.WriteLine($"training sentences {train.Count} ({extra.Count} in capitals), tokens {train.Sum(s => s.Tokens.Length)}, holdout {dev.Count}");

        var watch = Stopwatch.StartNew();
        var prepared = train.Select(s => (Sentence: TaggerSentence.Create(s.Tokens), s.Labels)).ToList();
        var devPrepared = dev.Select(s => (Sentence: TaggerSentence.Create(s.Tokens), s.Labels)).ToList();
        var perceptron = new AveragedPerceptron();
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        for (var it = 1; it <= iterations; it++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var (sentence, gold) = prepared[index];
                correct += perceptron.Learn(sentence, gold);
                total += gold.Length;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"iteration {it,2}: train token accuracy {(double)correct / total:F4}");
            if (holdout && devPrepared.Count > 0)
            {
                var tagger = new PartyTagger(perceptron.Averaged(0));
                line += string.Create(CultureInfo.InvariantCulture, $", GUM dev entity F1 {EntityF1(tagger, devPrepared):F4}");
            }

            Console.WriteLine(line);
        }

        var weights = perceptron.Averaged(prune);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained in {watch.Elapsed.TotalSeconds:F1} s; {perceptron.FeatureCount} features, {weights.FeatureCount} kept after pruning |w| < {prune}"));
        if (holdout && devPrepared.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GUM dev entity F1 after pruning {EntityF1(new PartyTagger(weights), devPrepared):F4}"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            weights.Write(file);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KB)");
        return 0;
    }

    /// <summary>Exact-span entity F1 over PER/ORG/LOC/MISC, for tuning on the held-out GUM dev split.</summary>
    private static double EntityF1(PartyTagger tagger, List<(TaggerSentence Sentence, int[] Labels)> data)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (sentence, labels) in data)
        {
            var guess = new int[labels.Length];
            tagger.Tag(sentence, guess);
            var g = Spans(labels);
            var p = Spans(guess);
            gold += g.Count;
            predicted += p.Count;
            tp += p.Count(g.Contains);
        }

        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = gold == 0 ? 0 : (double)tp / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static HashSet<(int, int, int)> Spans(int[] labels)
    {
        var spans = new HashSet<(int, int, int)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!NerTags.IsBegin(labels[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < labels.Length && NerTags.IsInside(labels[end]) && NerTags.TypeOf(labels[end]) == NerTags.TypeOf(labels[i]))
            {
                end++;
            }

            spans.Add((i, end, NerTags.TypeOf(labels[i])));
        }

        return spans;
    }

    private static IEnumerable<(string[] Tokens, int[] Labels, string Genre, string Split)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var tokens = root.GetProperty("tokens").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            var labels = root.GetProperty("tags").EnumerateArray().Select(e => NerTags.Parse(e.GetString() ?? "O")).ToArray();
            var genre = root.TryGetProperty("genre", out var g) ? g.GetString() ?? "" : "wikigold";
            var split = root.TryGetProperty("split", out var s) ? s.GetString() ?? "" : "train";
            yield return (tokens, labels, genre, split);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
