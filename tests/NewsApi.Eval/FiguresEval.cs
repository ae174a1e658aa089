using System.Globalization;
using NewsApi.Eval.Figures;

namespace NewsApi.Eval;

/// <summary>
/// figures --data PATH/recognizers [--show N]: every Number and NumberWithUnit spec file, one table and fold tables (see <see cref="RecognizerSuite"/>).
/// figures --data PATH/recognizers/Number/NumberModel.json [--show N]: the same for one spec file.
/// Everything is scored on the figures POST /api/analyze returns (<c>ArticleAnalyzer.CreateDefault()</c>); no side recogniser.
/// figures --news FILE|DIR [--max N] [--uncovered]: prints the figures found in news texts for reading (see <see cref="NewsFigureDump"/>);
/// with --uncovered, the numbers and number words that no figure and no date covers (what recall may miss).
/// figures --data -: reads lines from standard input and prints the figures of each (for trying phrasings by hand).
/// --show N prints the first N misses of each file, from folds 1-4 only.
/// </summary>
internal static class FiguresEval
{
    public static int Run(string[] args)
    {
        if (FigureEvalArgs.Get(args, "--news") is { } news)
        {
            var fold = FigureEvalArgs.Get(args, "--fold");
            return NewsFigureDump.Run(news, int.Parse(FigureEvalArgs.Get(args, "--max") ?? "100000", CultureInfo.InvariantCulture),
                fold is null ? null : int.Parse(fold, CultureInfo.InvariantCulture), args.Contains("--uncovered"));
        }

        var data = FigureEvalArgs.Get(args, "--data");
        if (data is null)
        {
            Console.Error.WriteLine("usage: figures --data recognizers-dir|spec.json [--show N]");
            return 2;
        }

        if (data == "-")
        {
            return TryLines();
        }

        var show = int.Parse(FigureEvalArgs.Get(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        if (Directory.Exists(data))
        {
            return RecognizerSuite.Run(data, show);
        }

        // A spec file sits in recognizers/Number or recognizers/NumberWithUnit.
        var dir = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(data)))!;
        return RecognizerSuite.Run(dir, show, Path.GetFileName(data));
    }

    private static int TryLines()
    {
        var analyzer = NewsApi.Analysis.ArticleAnalyzer.CreateDefault();
        while (Console.ReadLine() is { } line)
        {
            var figures = analyzer.Analyze(new NewsApi.Analysis.ArticleInput(null, line, null)).Facts.Figures;
            Console.WriteLine(line);
            foreach (var f in figures)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   [{f.Text}]@{f.Start} v={f.Value} max={f.ValueMax} u={f.Unit} q={f.Qualifier} k={f.Kind} c={f.Currency}"));
            }
        }

        return 0;
    }
}
