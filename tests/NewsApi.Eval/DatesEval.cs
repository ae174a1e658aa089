using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;
using NewsApi.Eval.Figures;

namespace NewsApi.Eval;

/// <summary>
/// dates --data tempeval3/dev.jsonl [--show N]; with --recognizers (or a .json file), the Recognizers DateTime spec
/// (<see cref="Dates.RecognizersDatesEval"/>).
/// TempEval-3 TIMEX3 DATE: strict span precision/recall/F1 (offsets equal), relaxed (overlap) F1, value accuracy on
/// strict matches, and end-to-end value F1 (strict span and equal value). Predictions with granularity "time" are TIMEX3
/// TIME and those with granularity "set" are TIMEX3 SET ("daily", "every Monday"), not DATE: both are left out of the comparison. The document creation time is the publication date.
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
        if (args.Contains("--recognizers", StringComparer.Ordinal) || data.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Dates.RecognizersDatesEval.Run(data, show);
        }

        var extractor = new DateExtractor();
        int gold = 0, predicted = 0, strict = 0, relaxed = 0, valueRight = 0, shown = 0;
        foreach (var line in File.ReadLines(data))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

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

            var preds = new List<DateMention>();
            foreach (var m in extractor.Extract(new ExtractionContext(TextDocument.Parse(text), dct)))
            {
                if (m.Granularity is not (DateGranularities.Time or DateGranularities.Duration or DateGranularities.Set))
                {
                    preds.Add(m);
                }
            }

            gold += golds.Count;
            predicted += preds.Count;
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
                        predMatched[i] = true;
                        strict++;
                        if (p.Value == g.Value)
                        {
                            valueRight++;
                        }
                        else if (shown < show)
                        {
                            shown++;
                            Console.WriteLine($"VALUE {dct:yyyy-MM-dd} '{g.Text}' gold={g.Value} got={p.Value}");
                        }
                    }

                    if (p.Start < g.End && g.Start < p.End)
                    {
                        overlap = true;
                        predMatched[i] = true;
                    }
                }

                relaxed += overlap ? 1 : 0;
                if (!found && shown < show)
                {
                    shown++;
                    var near = preds.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
                    Console.WriteLine($"MISS  {dct:yyyy-MM-dd} '{g.Text}' gold={g.Value}" + (near is null ? "" : $" (overlaps '{near.Text}')"));
                }
            }

            for (var i = 0; i < preds.Count; i++)
            {
                if (!predMatched[i] && shown < show)
                {
                    shown++;
                    var p = preds[i];
                    var from = Math.Max(0, p.Start - 30);
                    var to = Math.Min(text.Length, p.End + 30);
                    Console.WriteLine($"EXTRA {dct:yyyy-MM-dd} '{p.Text}' {p.Value}  …{text[from..to].Replace('\n', ' ')}…");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TempEval-3 DATE: gold {gold}, predicted {predicted}; strict P {Ratio(strict, predicted):0.000} R {Ratio(strict, gold):0.000} F1 {F1(strict, predicted, gold):0.000}; relaxed F1 {F1(relaxed, predicted, gold):0.000}; value accuracy on strict matches {Ratio(valueRight, strict):0.000}; end-to-end value F1 {F1(valueRight, predicted, gold):0.000}"));
        return 0;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(int tp, int predicted, int gold)
    {
        var p = Ratio(tp, predicted);
        var r = Ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
