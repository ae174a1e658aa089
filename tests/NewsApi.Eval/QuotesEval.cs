using System.Globalization;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts.Quotes;
using NewsApi.Eval.Quotes;

namespace NewsApi.Eval;

/// <summary>
/// quotes --data tests/data/quotes/gum-quotes.jsonl[,more.jsonl] [--errors N] (several files are pooled in order): direct quotes found (recall, precision) and speaker
/// accuracy, with fold tables (folds by document), through <c>ArticleAnalyzer.CreateDefault()</c> as the API runs it;
/// --errors N lists misses (folds 1-4 unless --folds says otherwise); --without Nominal,Pronoun switches sieves off;
/// --ablate: found-and-right with each speaker sieve switched off in turn (same default objects otherwise).
/// quotes --dump --gum shared/train/gum/gum-ner.jsonl [--genres news,interview]: the rebuilt texts with every mark
/// pair numbered, for labelling by hand.
/// quotes --build --gum ... --labels tests/data/quotes/labels.tsv --out FILE [--single FILE]: joins the hand labels
/// to the rebuilt texts (and writes the British-style variant with single marks).
/// quotes --article FILE (first line title): prints each quote and its speaker.
/// </summary>
internal static class QuotesEval
{
    public static int Run(string[] args)
    {
        var gum = Option(args, "--gum");
        var genres = (Option(args, "--genres") ?? "news,interview").Split(',').ToHashSet(StringComparer.Ordinal);
        if (args.Contains("--dump") && gum is not null)
        {
            return Dump(GumText.Load(gum, genres));
        }

        if (args.Contains("--build") && gum is not null && Option(args, "--labels") is { } labels && Option(args, "--out") is { } output)
        {
            return QuoteLabels.Build(GumText.Load(gum, genres), labels, output, Option(args, "--single"));
        }

        if (Option(args, "--stories") is { } stories)
        {
            return Stories(stories, (Option(args, "--folds") ?? "1,2,3,4").Split(',').Select(int.Parse).ToHashSet());
        }

        if (Option(args, "--article") is { } article)
        {
            var lines = File.ReadAllLines(article);
            var input = new ArticleInput(lines[0], string.Join('\n', lines.Skip(1)).Trim(), null);
            var analyzer = ArticleAnalyzer.CreateDefault();
            var analysis = analyzer.Analyze(input);
            if (Option(args, "--time") is { } times)
            {
                // A rough check only (the BenchmarkDotNet project is the reference): mean time of a full analysis.
                var n = int.Parse(times, CultureInfo.InvariantCulture);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < n; i++)
                {
                    analyzer.Analyze(input);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full analysis: {watch.Elapsed.TotalMilliseconds / n:0.000} ms mean over {n}"));
                var context = new NewsApi.Analysis.Facts.ExtractionContext(NewsApi.Analysis.Text.TextDocument.Parse(input.Body), null);
                var parties = new NewsApi.Analysis.Facts.PartyExtractor().Extract(context);
                var quotes = new NewsApi.Analysis.Facts.QuoteExtractor();
                watch.Restart();
                for (var i = 0; i < n; i++)
                {
                    quotes.Extract(context, parties);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes alone: {watch.Elapsed.TotalMilliseconds * 1000 / n:0.0} µs mean over {n}"));
            }
            foreach (var p in analysis.Facts.Parties.Where(_ => args.Contains("--parties")))
            {
                Console.WriteLine($"party {p.Key} {p.Type} role={p.Role ?? "-"} [{string.Join("|", p.Aliases)}] {string.Join(",", p.Mentions.Select(m => m.Text + "@" + m.Start))}");
            }

            foreach (var q in analysis.Facts.Quotes)
            {
                Console.WriteLine($"[{q.Speaker ?? "-"}] {q.Text}");
            }

            return 0;
        }

        var data = Option(args, "--data");
        if (data is null || !data.Split(',').All(File.Exists))
        {
            Console.Error.WriteLine("usage: eval quotes --data FILE.jsonl [--errors N] | --dump --gum PATH | --build --gum PATH --labels TSV --out FILE [--single FILE]");
            return 2;
        }

        if (args.Contains("--ablate"))
        {
            return QuoteScoring.Ablate(QuoteLabels.Read(data));
        }

        var errors = int.Parse(Option(args, "--errors") ?? "0", CultureInfo.InvariantCulture);
        var sieves = QuoteSieves.All;
        foreach (var name in (Option(args, "--without") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            sieves &= ~Enum.Parse<QuoteSieves>(name, ignoreCase: true);
        }

        return QuoteScoring.Run(QuoteLabels.Read(data), errors, Option(args, "--folds") ?? "1,2,3,4", sieves);
    }

    /// <summary>
    /// --stories FILE.jsonl [--folds 1,2,3,4]: each story's text (the "text" field) with every quote found marked in
    /// place as [[speaker| quote]], for reading the extractor's output on unlabelled news (folds: line position mod 5 + 1).
    /// </summary>
    private static int Stories(string path, HashSet<int> folds)
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var position = 0;
        foreach (var line in File.ReadLines(path))
        {
            var fold = (position % 5) + 1;
            position++;
            if (!folds.Contains(fold))
            {
                continue;
            }

            using var json = System.Text.Json.JsonDocument.Parse(line);
            var body = json.RootElement.GetProperty("text").GetString() ?? "";
            var analysis = analyzer.Analyze(new ArticleInput("", body, null));
            var text = analysis.Facts.Quotes.Count == 0 ? body : Marked(body, analysis.Facts.Quotes);
            Console.WriteLine($"=== story {position - 1} (fold {fold}), {analysis.Facts.Quotes.Count} quotes");
            Console.WriteLine(text);
        }

        return 0;
    }

    private static string Marked(string body, IReadOnlyList<NewsApi.Analysis.Facts.Quote> quotes)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var q in quotes.OrderBy(q => q.Start))
        {
            if (q.Start < at || q.End > body.Length)
            {
                continue;
            }

            sb.Append(body, at, q.Start - at).Append("[[").Append(q.Speaker ?? "-").Append("| ").Append(body, q.Start, q.End - q.Start).Append("]]");
            at = q.End;
        }

        return sb.Append(body, at, body.Length - at).ToString();
    }

    private static int Dump(List<GumDocument> docs)
    {
        foreach (var doc in docs)
        {
            var pairs = MarkPairs.Find(doc.Body);
            Console.WriteLine($"=== {doc.Doc} ({doc.Genre}) {pairs.Count} pairs: {doc.Title}");
            var text = doc.Body;
            var at = 0;
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < pairs.Count; i++)
            {
                sb.Append(text, at, pairs[i].Start - at).Append('[').Append(i).Append(':');
                at = pairs[i].Start;
                var end = pairs[i].End;

                // Nested pairs are printed inside their outer pair; an inner pair's own number follows.
                sb.Append(text, at, end - at).Append(']');
                at = end;
                while (i + 1 < pairs.Count && pairs[i + 1].Start < end)
                {
                    i++;
                    sb.Append("{nested ").Append(i).Append(": ").Append(text, pairs[i].Start, pairs[i].End - pairs[i].Start).Append('}');
                }
            }

            sb.Append(text, at, text.Length - at);
            Console.WriteLine(sb.ToString());
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
