using System.Globalization;
using System.Text.Json;
using NewsApi.Analysis;

namespace NewsApi.Eval.Figures;

/// <summary>
/// figures --news FILE.jsonl|DIR [--max N] [--fold F]: prints every figure the API returns on news texts (BBC dev jsonl with "text", or
/// GUM's token jsonl, rebuilt per document), with its context, for reading error classes. Unlabelled: nothing is scored. Only folds 1-4
/// (document position mod 5 + 1) are printed unless --fold says otherwise; fold 5 is for decisions.
/// </summary>
internal static class NewsFigureDump
{
    public static int Run(string path, int max, int? onlyFold, bool uncovered = false)
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        var docs = Load(path);
        var printed = 0;
        for (var d = 0; d < docs.Count && printed < max; d++)
        {
            var fold = Folds.Of(d);
            if (onlyFold is { } f ? fold != f : !Folds.IsDevelopment(fold))
            {
                continue;
            }

            var (id, text) = docs[d];
            var facts = analyzer.Analyze(new ArticleInput(null, text, null)).Facts;
            if (uncovered)
            {
                printed += PrintUncovered(id, text, facts);
                continue;
            }

            foreach (var fig in facts.Figures)
            {
                var a = Math.Max(0, fig.Start - 40);
                var b = Math.Min(text.Length, fig.End + 25);
                var context = (text[a..fig.Start] + "[[" + fig.Text + "]]" + text[fig.End..b]).Replace('\n', ' ');
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}\t{fig.Kind}\t{fig.Value}\t{fig.Unit}\t{context}"));
                printed++;
            }
        }

        return 0;
    }

    private static readonly System.Text.RegularExpressions.Regex NumberLike = new(
        @"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|quarter)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>--uncovered: numbers and number words inside no figure and no date, with context (for reading what recall misses).</summary>
    private static int PrintUncovered(string id, string text, FactSet facts)
    {
        var spans = facts.Figures.Select(f => (f.Start, f.End)).Concat(facts.Dates.Select(x => (x.Start, x.End))).ToList();
        var count = 0;
        foreach (System.Text.RegularExpressions.Match m in NumberLike.Matches(text))
        {
            if (spans.Any(s => m.Index < s.End && m.Index + m.Length > s.Start))
            {
                continue;
            }

            var a = Math.Max(0, m.Index - 40);
            var b = Math.Min(text.Length, m.Index + m.Length + 25);
            Console.WriteLine($"{id}\tuncovered\t{(text[a..m.Index] + "[[" + m.Value + "]]" + text[(m.Index + m.Length)..b]).Replace('\n', ' ')}");
            count++;
        }

        return count;
    }

    private static List<(string Id, string Text)> Load(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray() : [path];
        var docs = new List<(string Id, string Text)>();
        foreach (var file in files)
        {
            string? gumDoc = null;
            var gumText = new System.Text.StringBuilder();
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.TryGetProperty("text", out var t))
                {
                    if (!root.TryGetProperty("duplicate_of", out var dup) || dup.ValueKind == JsonValueKind.Null)
                    {
                        docs.Add((root.GetProperty("id").GetString() ?? "", t.GetString() ?? ""));
                    }

                    continue;
                }

                // GUM: news documents only, sentences joined one per line.
                if (root.GetProperty("genre").GetString() != "news")
                {
                    continue;
                }

                var doc = root.GetProperty("doc").GetString() ?? "";
                if (doc != gumDoc && gumDoc is not null)
                {
                    docs.Add((gumDoc, gumText.ToString()));
                    gumText.Clear();
                }

                gumDoc = doc;
                gumText.AppendJoin(' ', root.GetProperty("tokens").EnumerateArray().Select(x => x.GetString())).Append('\n');
            }

            if (gumDoc is not null)
            {
                docs.Add((gumDoc, gumText.ToString()));
            }
        }

        return docs;
    }
}
