using NewsApi.Analysis;
using NewsApi.Analysis.Summarization;

namespace NewsApi.Benchmarks;

/// <summary>Work every benchmark class shares: the baseline scan and the analyser.</summary>
public static class Shared
{
    /// <summary>One analyser for all: it is thread-safe and stateless, and building it loads the party lexicon.</summary>
    public static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    public static ISentenceRanker Ranker(string key) =>
        Analyzer.Rankers.TryGet(key, out var ranker) ? ranker : throw new InvalidOperationException($"No ranker '{key}'.");

    /// <summary>
    /// The baseline: one pass counting words, the least any text analysis must do (read every character once).
    /// It does not depend on the analysis code, so ratios against it stay comparable as that code changes.
    /// </summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// A fresh copy of <paramref name="text"/>. The figure and date extractors memoise their lexemes per string
    /// instance (so one analysis lexes once); a benchmark that passed the same string every time would time a
    /// cache hit. Copying 5 KB costs well under a microsecond.
    /// </summary>
    public static string Fresh(string text) => new(text.AsSpan());
}
