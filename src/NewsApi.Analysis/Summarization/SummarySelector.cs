namespace NewsApi.Analysis.Summarization;

/// <summary>
/// Turns per-sentence scores into a summary: keeps the best sentences within the requested length and returns
/// them in document (or score) order. Shared by every ranker. (Initial version: news-aware filtering to come.)
/// </summary>
public static class SummarySelector
{
    public static IReadOnlyList<SummarySentence> Select(IReadOnlyList<ScoredSentence> sentences, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        if (sentences.Count == 0)
        {
            return [];
        }

        var ranks = RankOf(sentences);
        var target = TargetCount(sentences.Count, options);
        var byScore = sentences.OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();
        var chosen = new List<ScoredSentence>(target);
        int words = 0, chars = 0;
        foreach (var s in byScore)
        {
            if (chosen.Count >= target)
            {
                break;
            }

            var w = CountWords(s.Text);
            if (chosen.Count > 0 && ((options.MaxWords is { } mw && words + w > mw) || (options.MaxChars is { } mc && chars + s.Text.Length > mc)))
            {
                continue;
            }

            chosen.Add(s);
            words += w;
            chars += s.Text.Length;
        }

        var ordered = options.Order == SummaryOrder.Score
            ? chosen.OrderByDescending(s => s.Score).ThenBy(s => s.Index)
            : chosen.OrderBy(s => s.Index);
        return ordered.Select(s => new SummarySentence(s.Index, s.Start, s.End, s.Text, s.Score, ranks[s.Index])).ToList();
    }

    /// <summary>1-based rank of each sentence by score (ties broken by position), indexed by sentence index.</summary>
    public static Dictionary<int, int> RankOf(IReadOnlyList<ScoredSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ranks = new Dictionary<int, int>(sentences.Count);
        var r = 1;
        foreach (var s in sentences.OrderByDescending(s => s.Score).ThenBy(s => s.Index))
        {
            ranks[s.Index] = r++;
        }

        return ranks;
    }

    public static int TargetCount(int sentenceCount, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var n = options.Sentences
            ?? (options.Ratio is { } ratio ? (int?)(int)Math.Ceiling(ratio * sentenceCount) : null)
            ?? (options.MaxWords is null && options.MaxChars is null ? SummaryOptions.DefaultSentences : sentenceCount);
        return Math.Clamp(n, 1, Math.Max(1, sentenceCount));
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
