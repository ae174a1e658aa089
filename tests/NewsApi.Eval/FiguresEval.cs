using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Figures;
using NewsApi.Analysis.Text;
using NewsApi.Eval.Figures;

namespace NewsApi.Eval;

/// <summary>
/// figures --data PATH/NumberModel.json [--mode recognizer|extractor] [--show N]
/// figures --data PATH/recognizers [--show N]: one table over all Number and NumberWithUnit spec files (see <see cref="RecognizerSuite"/>).
/// Scores a Microsoft Recognizers-Text Number spec: a case is right when the predicted (text, value) pairs equal the expected ones.
/// "recognizer" measures the general number layer (<see cref="NumberRecognizer"/>); "extractor" the news figure extractor,
/// which drops years, date parts and the pronoun "one" by design. Cases the upstream C# library fails ("dotnet" in NotSupported) are scored apart.
/// </summary>
internal static class FiguresEval
{
    public static int Run(string[] args)
    {
        var data = FigureEvalArgs.Get(args, "--data");
        if (data is null)
        {
            Console.Error.WriteLine("usage: figures --data NumberModel.json|recognizers-dir [--mode recognizer|extractor] [--show N]");
            return 2;
        }

        if (Directory.Exists(data))
        {
            return RecognizerSuite.Run(data, int.Parse(FigureEvalArgs.Get(args, "--show") ?? "0", CultureInfo.InvariantCulture));
        }

        var mode = FigureEvalArgs.Get(args, "--mode") ?? "recognizer";
        var show = int.Parse(FigureEvalArgs.Get(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(File.ReadAllText(data));
        int cases = 0, correct = 0, dotnetCases = 0, dotnetCorrect = 0, tp = 0, fp = 0, fn = 0, shown = 0;
        var extractor = new FigureExtractor();
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? "";
            var gold = new List<(string Text, double? Value)>();
            foreach (var r in c.GetProperty("Results").EnumerateArray())
            {
                gold.Add((r.GetProperty("Text").GetString()!.ToLowerInvariant(), GoldValue(r)));
            }

            var predicted = new List<(string Text, double? Value)>();
            if (mode == "extractor")
            {
                foreach (var f in extractor.Extract(new ExtractionContext(TextDocument.Parse(input), null)))
                {
                    predicted.Add((f.Text.ToLowerInvariant(), f.Value));
                }
            }
            else
            {
                foreach (var n in NumberRecognizer.Recognize(input))
                {
                    predicted.Add((n.Text.ToLowerInvariant(), n.Value));
                }
            }

            var matched = 0;
            var used = new bool[predicted.Count];
            foreach (var g in gold)
            {
                for (var i = 0; i < predicted.Count; i++)
                {
                    if (!used[i] && predicted[i].Text == g.Text && SameValue(predicted[i].Value, g.Value))
                    {
                        used[i] = true;
                        matched++;
                        break;
                    }
                }
            }

            var ok = matched == gold.Count && predicted.Count == gold.Count;
            var notByDotnet = (c.TryGetProperty("NotSupported", out var ns) && (ns.GetString() ?? "").Contains("dotnet", StringComparison.Ordinal))
                || (c.TryGetProperty("NotSupportedByDesign", out var nsd) && (nsd.GetString() ?? "").Contains("dotnet", StringComparison.Ordinal));
            if (notByDotnet)
            {
                dotnetCases++;
                dotnetCorrect += ok ? 1 : 0;
            }
            else
            {
                cases++;
                correct += ok ? 1 : 0;
                tp += matched;
                fp += predicted.Count - matched;
                fn += gold.Count - matched;
            }

            if (!ok && shown < show)
            {
                shown++;
                Console.WriteLine($"MISS {JsonSerializer.Serialize(input)} gold=[{string.Join("; ", gold.Select(Fmt))}] got=[{string.Join("; ", predicted.Select(Fmt))}]");
            }
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r2 = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = p + r2 == 0 ? 0 : 2 * p * r2 / (p + r2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(data)} mode={mode}: case accuracy {(double)correct / Math.Max(1, cases):0.000} ({correct}/{cases}); items P {p:0.000} R {r2:0.000} F1 {f1:0.000}; upstream-unsupported cases {dotnetCorrect}/{dotnetCases}"));
        return 0;
    }

    private static string Fmt((string Text, double? Value) x) => string.Create(CultureInfo.InvariantCulture, $"{x.Text}={x.Value}");

    private static double? GoldValue(JsonElement result)
    {
        if (!result.TryGetProperty("Resolution", out var res) || res.ValueKind != JsonValueKind.Object || !res.TryGetProperty("value", out var v))
        {
            return null;
        }

        // Percentages resolve as "12%": the figure's value is the number.
        return double.TryParse(v.GetString()?.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static bool SameValue(double? a, double? b) =>
        a is null || b is null ? a == b : Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(b.Value));
}
