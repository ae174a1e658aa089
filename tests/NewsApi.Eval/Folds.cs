using System.Globalization;

namespace NewsApi.Eval;

/// <summary>
/// Five fixed folds over every dev set, so that a rule written while looking at some items can be judged on items
/// it was not written from (the project is also measured on held-out sets nobody here has). Items are assigned by
/// their 0-based position in load order (a document for document sets, a case for the Recognizers specs):
/// fold = position mod 5 + 1. Develop and tune on folds 1–4; look at fold 5 only to decide.
/// </summary>
internal static class Folds
{
    public const int Count = 5;

    /// <summary>The untouched fold: decisions only, never tuning.</summary>
    public const int Decision = 5;

    public static int Of(int position) => position % Count + 1;

    public static bool IsDevelopment(int fold) => fold != Decision;

    /// <summary>
    /// Prints one line per measure: the five folds, folds 1–4 pooled, fold 5, all, and the spread (max − min) and
    /// sample standard deviation of the five fold figures.
    /// </summary>
    public static void Print(string title, IReadOnlyList<FoldRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{title} (folds: item position mod 5 + 1; develop on 1-4, decide on 5)");
        var width = Math.Max(10, rows.Count == 0 ? 10 : rows.Max(r => r.Name.Length));
        Console.WriteLine($"| {"measure".PadRight(width)} | fold 1 | fold 2 | fold 3 | fold 4 | fold 5 | folds 1-4 | all | spread | sd |");
        Console.WriteLine($"|{new string('-', width + 2)}|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var cells = string.Join(" | ", row.PerFold.Select(Format));
            Console.WriteLine($"| {row.Name.PadRight(width)} | {cells} | {Format(row.Development)} | {Format(row.All)} | {Format(Spread(row.PerFold))} | {Format(StandardDeviation(row.PerFold))} |");
        }
    }

    public static double Spread(IReadOnlyList<double> perFold) =>
        perFold.Count == 0 ? 0 : perFold.Max() - perFold.Min();

    public static double StandardDeviation(IReadOnlyList<double> perFold)
    {
        if (perFold.Count < 2)
        {
            return 0;
        }

        var mean = perFold.Average();
        return Math.Sqrt(perFold.Sum(v => (v - mean) * (v - mean)) / (perFold.Count - 1));
    }

    private static string Format(double value) =>
        double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>One measure per fold (index 0 = fold 1), pooled over folds 1–4, and over every item.</summary>
internal sealed record FoldRow(string Name, double[] PerFold, double Development, double All)
{
    /// <summary>A mean-of-items measure (accuracy, average ROUGE): pools by summing values and counts per fold.</summary>
    public static FoldRow FromMeans(string name, double[] sums, int[] counts)
    {
        double Ratio(double s, int c) => c == 0 ? double.NaN : s / c;
        var perFold = Enumerable.Range(0, Folds.Count).Select(i => Ratio(sums[i], counts[i])).ToArray();
        var dev = Ratio(sums.Take(Folds.Count - 1).Sum(), counts.Take(Folds.Count - 1).Sum());
        return new FoldRow(name, perFold, dev, Ratio(sums.Sum(), counts.Sum()));
    }

    /// <summary>A micro-F1 row from true positives, false positives and false negatives per fold.</summary>
    public static FoldRow FromCounts(string name, int[] tp, int[] fp, int[] fn)
    {
        static double F1(int t, int p, int n) => t == 0 ? (p + n == 0 ? double.NaN : 0) : 2.0 * t / (2.0 * t + p + n);
        var perFold = Enumerable.Range(0, Folds.Count).Select(i => F1(tp[i], fp[i], fn[i])).ToArray();
        var dev = F1(tp.Take(Folds.Count - 1).Sum(), fp.Take(Folds.Count - 1).Sum(), fn.Take(Folds.Count - 1).Sum());
        return new FoldRow(name, perFold, dev, F1(tp.Sum(), fp.Sum(), fn.Sum()));
    }
}
