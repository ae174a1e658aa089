using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Parties.Tagger;
using NewsApi.Analysis.Text;

namespace NewsApi.Eval;

/// <summary>
/// parties --data conll2003/dev.jsonl [--errors N [--only PER|ORG|LOC] [--hits]] [--pr] [--breakdown] [--mode rules|tagger|combined] [--weights tagger.bin] | parties --article FILE
/// Rebuilds each CoNLL document (tokens joined by single spaces, sentences separated by a blank line so the
/// splitter keeps CoNLL's sentence boundaries), runs the extractor and scores exact span + type like conlleval
/// (PER/ORG/LOC; MISC ignored). A predicted span that does not fall on token boundaries counts as a false positive.
/// </summary>
internal static class PartiesEval
{
    private static readonly string[] Types = ["PER", "ORG", "LOC"];

    public static int Run(string[] args)
    {
        var data = Option(args, "--data");
        var article = Option(args, "--article");
        if (article is not null)
        {
            return ShowArticle(article);
        }

        if (data is null || !File.Exists(data))
        {
            Console.Error.WriteLine("usage: eval parties --data PATH/dev.jsonl [--errors N] | parties --article FILE");
            return 2;
        }

        var errors = int.Parse(Option(args, "--errors") ?? "0", CultureInfo.InvariantCulture);
        var only = Option(args, "--only");
        var hits = args.Contains("--hits");
        var docs = ReadDocs(data);
        var options = new PartyExtractorOptions();
        if (Option(args, "--unknown") is { } unknown)
        {
            options = unknown == "drop"
                ? options with { KeepUnresolvedWords = false }
                : options with { UnknownWordType = Enum.Parse<PartyType>(unknown, ignoreCase: true) };
        }

        if (Option(args, "--mode") is { } mode)
        {
            options = options with { Recognizer = Enum.Parse<PartyRecognizer>(mode, ignoreCase: true) };
        }

        if (args.Contains("--confirm"))
        {
            options = options with { TaggerConfirmsGuesses = true };
        }

        if (Option(args, "--weights") is { } weightsPath)
        {
            using var file = File.OpenRead(weightsPath);
            options = options with { Tagger = new PartyTagger(TaggerWeights.Read(file)) };
        }

        // Default: exactly what POST /api/analyze runs. A recogniser option measures a side configuration instead.
        var custom = Option(args, "--mode") is not null || Option(args, "--weights") is not null || Option(args, "--unknown") is not null || args.Contains("--confirm");
        var analyzer = ArticleAnalyzer.CreateDefault();
        var extractor = new PartyExtractor(options);
        Console.WriteLine(custom
            ? $"recognizer {options.Recognizer}{(options.Tagger is null ? "" : " (" + Option(args, "--weights") + ")")} (side configuration, not the API's)"
            : "ArticleAnalyzer.CreateDefault() (the API's extractor)");
        var counts = new FoldCounts();
        var breakdown = args.Contains("--breakdown") ? new SortedDictionary<string, int[]>(StringComparer.Ordinal) : null;
        var samples = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var d = 0; d < docs.Count; d++)
        {
            var fold = Folds.Of(d);
            var (text, starts, ends, gold, tokens) = Rebuild(docs[d]);
            var parties = custom
                ? extractor.Extract(new ExtractionContext(TextDocument.Parse(text), null))
                : analyzer.Analyze(new ArticleInput(null, text, null)).Facts.Parties;
            var predicted = new HashSet<(int, int, string)>();
            foreach (var party in parties)
            {
                var type = party.Type switch { PartyType.Person => "PER", PartyType.Organization => "ORG", _ => "LOC" };
                foreach (var m in party.Mentions)
                {
                    var s = Array.BinarySearch(starts, m.Start);
                    var e = Array.BinarySearch(ends, m.End);
                    predicted.Add(s >= 0 && e >= 0 && e >= s ? (s, e, type) : (-m.Start - 1, -m.End - 1, type));
                }
            }

            // Error samples come only from the development folds: fold 5 is for decisions, not for reading.
            var show = Folds.IsDevelopment(fold) && samples.Count < errors;
            foreach (var p in predicted)
            {
                var hit = gold.Contains(p);
                counts.Add(fold, p.Item3, hit ? 1 : 0, hit ? 0 : 1, 0);
                if ((!hit || hits) && show && samples.Count < errors && (only is null || only == p.Item3))
                {
                    samples.Add($"{(hit ? "TP" : "FP")} {p.Item3} {Span(tokens, p, text)}  | {Context(tokens, p)}");
                }
            }

            if (breakdown is not null)
            {
                Classify(breakdown, fold, predicted, gold);
            }

            foreach (var g in gold.Where(g => !predicted.Contains(g)))
            {
                counts.Add(fold, g.Item3, 0, 0, 1);
                if (show && samples.Count < errors && (only is null || only == g.Item3))
                {
                    var other = predicted.FirstOrDefault(p => p.Item1 == g.Item1 && p.Item2 == g.Item2);
                    samples.Add($"FN {g.Item3} {Span(tokens, g, text)}{(other.Item3 is null ? "" : " (as " + other.Item3 + ")")}  | {Context(tokens, g)}");
                }
            }
        }

        Console.WriteLine($"documents {docs.Count}, {watch.Elapsed.TotalMilliseconds / Math.Max(1, docs.Count):F2} ms/doc");
        Console.WriteLine("all folds:");
        Console.WriteLine("type   P      R      F1     gold  pred");
        foreach (var t in Types)
        {
            Line(t, counts.Tp[t].Sum(), counts.Fp[t].Sum(), counts.Fn[t].Sum());
        }

        Line("micro", FoldCounts.Total(counts.Tp).Sum(), FoldCounts.Total(counts.Fp).Sum(), FoldCounts.Total(counts.Fn).Sum());
        var rows = new List<FoldRow> { FoldRow.FromCounts("micro F1", FoldCounts.Total(counts.Tp), FoldCounts.Total(counts.Fp), FoldCounts.Total(counts.Fn)) };
        rows.AddRange(Types.Select(t => FoldRow.FromCounts(t + " F1", counts.Tp[t], counts.Fp[t], counts.Fn[t])));
        if (args.Contains("--pr"))
        {
            // Precision and recall per type and fold: aggregates, so fold 5 can say which side a change moved.
            foreach (var t in Types)
            {
                rows.Add(Ratio(t + " P", counts.Tp[t], counts.Fp[t]));
                rows.Add(Ratio(t + " R", counts.Tp[t], counts.Fn[t]));
            }
        }
        Folds.Print("CoNLL-2003 dev, exact span + type (PER/ORG/LOC)", rows);
        if (breakdown is not null)
        {
            // Counts only (no items), so the decision fold can say which kind of error it has more of.
            Console.WriteLine();
            Console.WriteLine("errors by kind (counts per fold): FP/FN type, 'as X' = same span with type X, 'overlap' = a wrong boundary, 'alone' = no gold/predicted span overlaps; words = span length (1 or 2+)");
            Console.WriteLine("| kind | fold 1 | fold 2 | fold 3 | fold 4 | fold 5 |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (kind, perFold) in breakdown)
            {
                Console.WriteLine($"| {kind} | {string.Join(" | ", perFold)} |");
            }
        }

        foreach (var s in samples)
        {
            Console.WriteLine(s);
        }

        return 0;
    }

    private static void Classify(SortedDictionary<string, int[]> breakdown, int fold, HashSet<(int, int, string)> predicted, HashSet<(int, int, string)> gold)
    {
        void Add(string kind)
        {
            if (!breakdown.TryGetValue(kind, out var perFold))
            {
                perFold = new int[Folds.Count];
                breakdown[kind] = perFold;
            }

            perFold[fold - 1]++;
        }

        static string Words((int S, int E, string T) x) => x.S >= 0 && x.E == x.S ? "1" : "2+";
        static bool Overlaps((int S, int E, string T) a, (int S, int E, string T) b) => a.S >= 0 && b.S >= 0 && a.S <= b.E && b.S <= a.E;
        foreach (var p in predicted.Where(p => !gold.Contains(p)))
        {
            var same = gold.FirstOrDefault(g => g.Item1 == p.Item1 && g.Item2 == p.Item2);
            var kind = same.Item3 is not null ? "as " + same.Item3 : gold.Any(g => Overlaps(g, p)) ? "overlap" : "alone";
            Add($"FP {p.Item3} {kind} words {Words(p)}");
        }

        foreach (var g in gold.Where(g => !predicted.Contains(g)))
        {
            var same = predicted.FirstOrDefault(p => p.Item1 == g.Item1 && p.Item2 == g.Item2);
            var kind = same.Item3 is not null ? "as " + same.Item3 : predicted.Any(p => Overlaps(g, p)) ? "overlap" : "alone";
            Add($"FN {g.Item3} {kind} words {Words(g)}");
        }
    }

    /// <summary>True positives, false positives and false negatives per type and fold (index 0 = fold 1).</summary>
    private sealed class FoldCounts
    {
        public Dictionary<string, int[]> Tp { get; } = Types.ToDictionary(t => t, _ => new int[Folds.Count]);

        public Dictionary<string, int[]> Fp { get; } = Types.ToDictionary(t => t, _ => new int[Folds.Count]);

        public Dictionary<string, int[]> Fn { get; } = Types.ToDictionary(t => t, _ => new int[Folds.Count]);

        public void Add(int fold, string type, int tp, int fp, int fn)
        {
            Tp[type][fold - 1] += tp;
            Fp[type][fold - 1] += fp;
            Fn[type][fold - 1] += fn;
        }

        public static int[] Total(Dictionary<string, int[]> byType) =>
            Enumerable.Range(0, Folds.Count).Select(f => byType.Values.Sum(a => a[f])).ToArray();
    }

    /// <summary>tp / (tp + other) per fold, over folds 1-4 and over all: precision with false positives, recall with misses.</summary>
    private static FoldRow Ratio(string name, int[] tp, int[] other)
    {
        static double Of(int t, int o) => t + o == 0 ? double.NaN : (double)t / (t + o);
        var dev = Folds.Count - 1;
        return new FoldRow(
            name,
            Enumerable.Range(0, Folds.Count).Select(i => Of(tp[i], other[i])).ToArray(),
            Of(tp.Take(dev).Sum(), other.Take(dev).Sum()),
            Of(tp.Sum(), other.Sum()));
    }

    private static void Line(string name, int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-6} {p:F3}  {r:F3}  {f:F3}  {tp + fn,5} {tp + fp,5}"));
    }

    private static string Span(List<string> tokens, (int S, int E, string T) span, string text) =>
        span.S >= 0 ? string.Join(' ', tokens.Skip(span.S).Take(span.E - span.S + 1)) : "[" + text[(-span.S - 1)..(-span.E - 1)] + "]";

    private static string Context(List<string> tokens, (int S, int E, string T) span) =>
        span.S >= 0 ? string.Join(' ', tokens.Skip(Math.Max(0, span.S - 6)).Take(span.E - Math.Max(0, span.S - 6) + 7)) : "";

    private static (string Text, int[] Starts, int[] Ends, HashSet<(int, int, string)> Gold, List<string> Tokens) Rebuild(List<(string[] Tokens, string[] Tags)> sentences)
    {
        var sb = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var tokens = new List<string>();
        var gold = new HashSet<(int, int, string)>();
        foreach (var (toks, tags) in sentences)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            var open = -1;
            string? openType = null;
            for (var i = 0; i < toks.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                var index = tokens.Count;
                starts.Add(sb.Length);
                sb.Append(toks[i]);
                ends.Add(sb.Length);
                tokens.Add(toks[i]);
                var tag = tags[i];
                if (open >= 0 && !(tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == openType))
                {
                    Close(index - 1);
                }

                if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && open < 0))
                {
                    open = index;
                    openType = tag[2..];
                }
            }

            if (open >= 0)
            {
                Close(tokens.Count - 1);
            }

            void Close(int last)
            {
                if (openType is "PER" or "ORG" or "LOC")
                {
                    gold.Add((open, last, openType));
                }

                open = -1;
                openType = null;
            }
        }

        return (sb.ToString(), starts.ToArray(), ends.ToArray(), gold, tokens);
    }

    private static List<List<(string[] Tokens, string[] Tags)>> ReadDocs(string path)
    {
        var docs = new List<List<(string[], string[])>>();
        var current = -1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var doc = root.GetProperty("doc").GetInt32();
            if (doc != current)
            {
                docs.Add([]);
                current = doc;
            }

            var tokens = root.GetProperty("tokens").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            var tags = root.GetProperty("tags").EnumerateArray().Select(e => e.GetString() ?? "O").ToArray();
            docs[^1].Add((tokens, tags));
        }

        return docs;
    }

    /// <summary>Prints parties and quotes for one article file (first line title, rest body).</summary>
    private static int ShowArticle(string path)
    {
        var lines = File.ReadAllText(path);
        var newline = lines.IndexOf('\n', StringComparison.Ordinal);
        var title = newline < 0 ? null : lines[..newline].Trim();
        var body = newline < 0 ? lines : lines[(newline + 1)..];
        var document = TextDocument.Parse(body);
        var context = new ExtractionContext(document, null) { Title = title };
        var parties = new PartyExtractor().Extract(context);
        foreach (var p in parties)
        {
            Console.WriteLine($"{p.Type,-12} {p.Key,-45} {p.Name} | role={p.Role} ({p.RoleCountry}) | ids={string.Join(",", p.Identifiers)} {p.Latitude?.ToString(CultureInfo.InvariantCulture)} {p.Longitude?.ToString(CultureInfo.InvariantCulture)} | n={p.MentionCount} sal={p.Salience.ToString(CultureInfo.InvariantCulture)} | aliases={string.Join(", ", p.Aliases)} | mentions={string.Join(" / ", p.Mentions.Select(m => m.Text))}");
        }

        foreach (var q in new QuoteExtractor().Extract(context, parties))
        {
            Console.WriteLine($"QUOTE s{q.SentenceIndex} [{q.Speaker} / {q.SpeakerKey}] \"{q.Text}\"");
        }

        // A quick per-article cost of the whole analysis (the API's path), after a warm-up; BenchmarkDotNet is the reference.
        var analyzer = ArticleAnalyzer.CreateDefault();
        var input = new ArticleInput(title, body, null);
        for (var i = 0; i < 200; i++)
        {
            analyzer.Analyze(input);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        const int Runs = 2000;
        for (var i = 0; i < Runs; i++)
        {
            analyzer.Analyze(input);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full analysis {watch.Elapsed.TotalMilliseconds * 1000 / Runs:F0} us per article (mean of {Runs})"));

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
