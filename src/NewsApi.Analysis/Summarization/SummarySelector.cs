namespace NewsApi.Analysis.Summarization;

/// <summary>How news-aware the selection is. The defaults are what the API uses.</summary>
/// <param name="MinWords">Sentences with fewer words are fragments and never chosen.</param>
/// <param name="SkipBoilerplate">Never choose bylines, captions, "Advertisement", "Read more" and the like.</param>
/// <param name="AvoidDanglingStarts">
/// A sentence opening with a pronoun or connective ("He", "This", "However") is only chosen together with the
/// sentence before it; when that does not fit, other sentences go first.
/// </param>
public sealed record SelectionPolicy(int MinWords = 4, bool SkipBoilerplate = true, bool AvoidDanglingStarts = true)
{
    public static SelectionPolicy Default { get; } = new();

    /// <summary>Plain top-N by score, no filtering: what a bare ranker would pick.</summary>
    public static SelectionPolicy None { get; } = new(0, false, false);
}

/// <summary>
/// Turns per-sentence scores into a summary: keeps the best sentences within the requested length and returns
/// them in document (or score) order. Shared by every ranker, so rankers only rate.
/// </summary>
/// <remarks>
/// Guarantees: never more sentences than <see cref="SummaryOptions.Sentences"/> (or the ratio) asks for, word and
/// character budgets never exceeded except by the single sentence that is always returned for a non-empty
/// document. Ties in score go to the earlier sentence.
/// </remarks>
public static class SummarySelector
{
    public static IReadOnlyList<SummarySentence> Select(IReadOnlyList<ScoredSentence> sentences, SummaryOptions options) =>
        Select(sentences, options, SelectionPolicy.Default);

    public static IReadOnlyList<SummarySentence> Select(IReadOnlyList<ScoredSentence> sentences, SummaryOptions options, SelectionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policy);
        var n = sentences.Count;
        if (n == 0)
        {
            return [];
        }

        var order = ScoreOrder(sentences);
        var target = TargetCount(n, options);
        var words = new int[n];
        var eligible = new bool[n];
        var anyEligible = false;
        for (var i = 0; i < n; i++)
        {
            words[i] = CountWords(sentences[i].Text);
            eligible[i] = words[i] >= policy.MinWords && (!policy.SkipBoilerplate || !NewsHeuristics.IsBoilerplate(sentences[i].Text));
            anyEligible |= eligible[i];
        }

        if (!anyEligible)
        {
            Array.Fill(eligible, true);
        }

        var budget = new Budget(options, target);
        var chosen = new bool[n];
        List<int>? deferred = null;
        foreach (var i in order)
        {
            if (budget.Count >= target)
            {
                break;
            }

            if (!eligible[i] || chosen[i])
            {
                continue;
            }

            var s = sentences[i];
            if (policy.AvoidDanglingStarts && i > 0 && !chosen[i - 1] && NewsHeuristics.StartsDangling(s.Text))
            {
                var before = sentences[i - 1];
                if (eligible[i - 1] && budget.Fits(2, words[i] + words[i - 1], s.Text.Length + before.Text.Length))
                {
                    budget.Take(words[i - 1], before.Text.Length);
                    chosen[i - 1] = true;
                    budget.Take(words[i], s.Text.Length);
                    chosen[i] = true;
                }
                else
                {
                    (deferred ??= []).Add(i);
                }

                continue;
            }

            if (budget.Fits(1, words[i], s.Text.Length))
            {
                budget.Take(words[i], s.Text.Length);
                chosen[i] = true;
            }
        }

        if (deferred is not null)
        {
            foreach (var i in deferred)
            {
                if (budget.Count < target && !chosen[i] && budget.Fits(1, words[i], sentences[i].Text.Length))
                {
                    budget.Take(words[i], sentences[i].Text.Length);
                    chosen[i] = true;
                }
            }
        }

        if (budget.Count == 0)
        {
            // Always one sentence: the best eligible one, even when it alone exceeds the budget.
            foreach (var i in order)
            {
                if (eligible[i])
                {
                    chosen[i] = true;
                    break;
                }
            }
        }

        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r + 1;
        }

        var result = new List<SummarySentence>(target);
        if (options.Order == SummaryOrder.Score)
        {
            foreach (var i in order)
            {
                if (chosen[i])
                {
                    result.Add(ToSummary(sentences[i], rank[i]));
                }
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                if (chosen[i])
                {
                    result.Add(ToSummary(sentences[i], rank[i]));
                }
            }
        }

        return result;
    }

    /// <summary>1-based rank of each sentence by score (ties broken by position), indexed by sentence index.</summary>
    public static Dictionary<int, int> RankOf(IReadOnlyList<ScoredSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var order = ScoreOrder(sentences);
        var ranks = new Dictionary<int, int>(sentences.Count);
        for (var r = 0; r < order.Length; r++)
        {
            ranks[sentences[order[r]].Index] = r + 1;
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

    /// <summary>Positions into <paramref name="sentences"/>, best score first, ties to the earlier sentence.</summary>
    private static int[] ScoreOrder(IReadOnlyList<ScoredSentence> sentences)
    {
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byScore = sentences[b].Score.CompareTo(sentences[a].Score);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
        return order;
    }

    private static SummarySentence ToSummary(ScoredSentence s, int rank) => new(s.Index, s.Start, s.End, s.Text, s.Score, rank);

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

    private sealed class Budget(SummaryOptions options, int target)
    {
        private int _words;
        private int _chars;

        public int Count { get; private set; }

        public bool Fits(int sentences, int words, int chars) =>
            Count + sentences <= target
            && (options.MaxWords is not { } maxWords || _words + words <= maxWords)
            && (options.MaxChars is not { } maxChars || _chars + chars <= maxChars);

        public void Take(int words, int chars)
        {
            Count++;
            _words += words;
            _chars += chars;
        }
    }
}
