using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis;
using NewsApi.Analysis.Facts;
using NewsApi.Eval.Figures;

namespace NewsApi.Eval;

/// <summary>
/// dates --data tempeval3/dev.jsonl [--show N]; with --recognizers (or a .json file), the Recognizers DateTime spec
/// (<see cref="Dates.RecognizersDatesEval"/>).
/// TempEval-3 TIMEX3 DATE: strict span precision/recall/F1 (offsets equal), relaxed (overlap) F1, value accuracy on
/// strict matches, and end-to-end value F1 (strict span and equal value). Predictions with granularity "time" are TIMEX3
/// TIME and those with granularity "set" are TIMEX3 SET ("daily", "every Monday"), not DATE: both are left out of the
/// comparison, and so are ranges written as a length ("the last three months", <see cref="DateMention.Length"/>), which
/// TIMEX3 marks as DURATION. The document creation time is the publication date. Dates come from the path POST /api/analyze serves
/// (<see cref="ArticleAnalyzer.CreateDefault"/>). Folds are by document (line position mod 5 + 1); --show prints errors
/// of folds 1-4 only, so fold 5 stays unseen while rules are written.
/// </summary>
internal static class DatesEval
{
    public static int Run(string[] args)
    {
        var data = FigureEvalArgs.Get(args, "--data");
        if (data is null)
        {
            Console.Error.WriteLine("usage: dates --data tempeval3/dev.jsonl [--show N] | dates --recognizers --data DateTimeModel.dev.json [--show N]");
            return 2;
        }

        var show = int.Parse(FigureEvalArgs.Get(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        ShowRight = args.Contains("--right", StringComparer.Ordinal);
        if (data == "-")
        {
            // dates --data - [--dct yyyy-MM-dd]: the dates of each line of standard input, for trying a phrase by hand.
            var dct = FigureEvalArgs.Get(args, "--dct") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var tryer = ArticleAnalyzer.CreateDefault();
            while (Console.ReadLine() is { } text)
            {
                var found = tryer.Analyze(new ArticleInput(null, text, dct)).Facts.Dates.Select(m => $"'{m.Text}'={m.Value}/{m.Granularity}" + (m.AlternativeValue is null ? "" : " alt " + m.AlternativeValue) + (m.EndValue is null ? "" : ".." + m.EndValue)
                    + (m.Range is { } r ? $" range '{r.Text}'..{r.EndValue}" : "") + (m.Bound is { } b ? $" bound '{b.Text}' {b.Mod}" : "") + (m.Length is { } len ? " length " + len : ""));
                Console.WriteLine(text + "\n    " + string.Join("; ", found));
            }

            return 0;
        }

        if (args.Contains("--recognizers", StringComparer.Ordinal) || data.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Dates.RecognizersDatesEval.Run(data, show);
        }

        var analyzer = ArticleAnalyzer.CreateDefault();
        var totals = new Counts();
        var byFold = Enumerable.Range(0, Folds.Count).Select(_ => new Counts()).ToArray();
        var shown = 0;
        var position = 0;
        foreach (var line in File.ReadLines(data))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fold = Folds.Of(position++);
            var counts = Score(analyzer, line, Folds.IsDevelopment(fold) ? show - shown : 0, out var printed);
            shown += printed;
            totals.Add(counts);
            byFold[fold - 1].Add(counts);
        }

        var t = totals;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TempEval-3 DATE: gold {t.Gold}, predicted {t.Predicted}; strict P {Ratio(t.Strict, t.Predicted):0.000} R {Ratio(t.Strict, t.Gold):0.000} F1 {F1(t.Strict, t.Predicted, t.Gold):0.000}; relaxed F1 {F1(t.Relaxed, t.Predicted, t.Gold):0.000}; value accuracy on strict matches {Ratio(t.ValueRight, t.Strict):0.000}; end-to-end value F1 {F1(t.ValueRight, t.Predicted, t.Gold):0.000}"));
        Folds.Print("TempEval-3 DATE by document fold", [
            Row("strict F1", byFold, c => c.Strict),
            Row("relaxed F1", byFold, c => c.Relaxed),
            FoldRow.FromMeans("value acc. on strict", byFold.Select(c => (double)c.ValueRight).ToArray(), byFold.Select(c => c.Strict).ToArray()),
            Row("end-to-end value F1", byFold, c => c.ValueRight),
        ]);
        return 0;
    }

    private static FoldRow Row(string name, Counts[] byFold, Func<Counts, int> tp) => FoldRow.FromCounts(
        name,
        byFold.Select(tp).ToArray(),
        byFold.Select(c => Math.Max(0, c.Predicted - tp(c))).ToArray(),
        byFold.Select(c => c.Gold - tp(c)).ToArray());

    /// <summary>Scores one document; prints up to <paramref name="show"/> of its errors.</summary>
    private static Counts Score(ArticleAnalyzer analyzer, string line, int show, out int shown)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        var dct = DateOnly.ParseExact(root.GetProperty("dct").GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var golds = new List<(int Start, int End, string Text, string Value)>();
        foreach (var t in root.GetProperty("timexes").EnumerateArray())
        {
            if (t.GetProperty("type").GetString() == "DATE")
            {
                golds.Add((t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("text").GetString() ?? "", t.GetProperty("value").GetString() ?? ""));
            }
        }

        var preds = analyzer.Analyze(new ArticleInput(null, text, dct)).Facts.Dates
            .Where(m => m.Granularity is not (DateGranularities.Time or DateGranularities.Duration or DateGranularities.Set) && m.Length is null)
            .ToList();
        var c = new Counts { Gold = golds.Count, Predicted = preds.Count };
        shown = 0;
        var predMatched = new bool[preds.Count];
        foreach (var g in golds)
        {
            var found = false;
            var overlap = false;
            for (var i = 0; i < preds.Count; i++)
            {
                var p = preds[i];
                if (p.Start == g.Start && p.End == g.End)
                {
                    found = true;
                    c.Strict++;
                    if (p.Value == g.Value)
                    {
                        c.ValueRight++;
                        if (ShowRight && show > 0)
                        {
                            Console.WriteLine($"RIGHT {dct:yyyy-MM-dd} '{g.Text}' gold={g.Value}  …{Around(text, p.Start, p.End)}…");
                        }
                    }
                    else if (shown < show)
                    {
                        shown++;
                        Console.WriteLine($"VALUE {dct:yyyy-MM-dd} '{g.Text}' gold={g.Value} got={p.Value}  …{Around(text, p.Start, p.End)}…");
                    }
                }

                if (p.Start < g.End && g.Start < p.End)
                {
                    overlap = true;
                    predMatched[i] = true;
                }
            }

            c.Relaxed += overlap ? 1 : 0;
            if (!found && shown < show)
            {
                shown++;
                var near = preds.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
                Console.WriteLine($"MISS  {dct:yyyy-MM-dd} '{g.Text}' gold={g.Value}" + (near is null ? "" : $" (overlaps '{near.Text}')") + $"  …{Around(text, g.Start, g.End)}…");
            }
        }

        for (var i = 0; i < preds.Count; i++)
        {
            if (!predMatched[i] && shown < show)
            {
                shown++;
                var p = preds[i];
                Console.WriteLine($"EXTRA {dct:yyyy-MM-dd} '{p.Text}' {p.Value}  …{Around(text, p.Start, p.End)}…");
            }
        }

        return c;
    }

    /// <summary>--right: also print the strict matches whose value is right (folds 1-4 only, with --show), to see a class whole.</summary>
    private static bool ShowRight { get; set; }

    private static string Around(string text, int start, int end) =>
        text[Math.Max(0, start - 40)..Math.Min(text.Length, end + 30)].Replace('\n', ' ');

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int tp, int predicted, int gold)
    {
        var p = Ratio(tp, predicted);
        var r = Ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private sealed class Counts
    {
        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int Strict { get; set; }

        public int Relaxed { get; set; }

        public int ValueRight { get; set; }

        public void Add(Counts o)
        {
            Gold += o.Gold;
            Predicted += o.Predicted;
            Strict += o.Strict;
            Relaxed += o.Relaxed;
            ValueRight += o.ValueRight;
        }
    }
}
