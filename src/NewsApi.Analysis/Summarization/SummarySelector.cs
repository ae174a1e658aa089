using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>How news-aware the selection is. The defaults are what the API uses (measured: tests/NewsApi.Eval <c>summaries</c>).</summary>
/// <param name="MinWords">Sentences with fewer words are fragments and never chosen.</param>
/// <param name="SkipBoilerplate">Never choose bylines, captions, "Advertisement", "Read more" and the like.</param>
/// <param name="AvoidDanglingStarts">
/// A sentence opening with a pronoun or connective ("He", "This", "However") is only chosen once one of the
/// <see cref="AntecedentWindow"/> sentences before it is; until then other sentences go first. It is used without one
/// only when nothing else is left to fill the summary. So by default a summary never opens with "He said".
/// </param>
/// <param name="LeadShare">
/// Length-aware lead: when the summary asks for at most this share of the document (by sentences, words or
/// characters, whichever is smallest), it opens with the article's first <see cref="LeadSentences"/> eligible
/// sentences, in order, before any sentence is taken by score. A short summary of a long news story is best served
/// by its lead (Lead-3 beats every unsupervised centrality method on CNN/DailyMail, where 3 of ~25 sentences are
/// asked for), while a long summary of a short story gains from centrality (BBC News, ~45% of the sentences).
/// Measured (tests/NewsApi.Eval <c>summaries</c>): a third keeps CNN/DailyMail at Lead-3 (0.388 ROUGE-1; at 0.25
/// the few short stories where 3 sentences are more than a quarter drop it to 0.385) and leaves BBC unchanged.
/// 0 turns the rule off.
/// </param>
/// <param name="LeadSentences">How many lead sentences a short summary opens with (capped by its length).</param>
/// <param name="AntecedentWindow">
/// How far back a dangling sentence may find a chosen sentence to lean on (1: the sentence right before it). The
/// default, unbounded, means "after any earlier sentence of the summary": BBC dev ROUGE-2 (folds 1-4 / fold 5) is
/// 0.784/0.780 with window 1, 0.807/0.795 with 3 and 0.814/0.801 unbounded, against 0.816/0.802 without the rule
/// (tests/NewsApi.Eval <c>summaries</c>, rows "news [dangling ...]"). In 708 of 744 cases on folds 1-4 where the
/// reference holds a dangling sentence without the one before it, it holds an earlier sentence.
/// </param>
/// <param name="PairAntecedent">
/// A dangling sentence that is preferred before its antecedent brings the sentence right before it along (both
/// fit, or neither is taken). Off by default: the extra sentence is one the ranker did not ask for (BBC dev
/// ROUGE-2, unbounded window: 0.811 paired against 0.814 waiting, folds 1-4).
/// </param>
public sealed record SelectionPolicy(
    int MinWords = 4,
    bool SkipBoilerplate = true,
    bool AvoidDanglingStarts = true,
    double LeadShare = 1.0 / 3,
    int LeadSentences = 3,
    int AntecedentWindow = int.MaxValue,
    bool PairAntecedent = false)
{
    public static SelectionPolicy Default { get; } = new();

    /// <summary>News-aware filtering, but sentences chosen by score alone (no length-aware lead rule).</summary>
    public static SelectionPolicy ByScore { get; } = new() { LeadShare = 0 };

    /// <summary>Plain top-N by score, no filtering and no lead rule: what a bare ranker would pick.</summary>
    public static SelectionPolicy None { get; } = new(0, false, false, 0, 0, 0, false);
}

/// <summary>
/// Turns per-sentence scores into a summary: keeps the best sentences within the requested length and returns
/// them in document (or score) order. Shared by every ranker, so rankers only rate; the selector is the one place
/// that knows how long the summary is relative to the document, so the length-aware lead rule lives here.
/// </summary>
/// <remarks>
/// Guarantees: never more sentences than <see cref="SummaryOptions.Sentences"/> (or the ratio) asks for, word and
/// character budgets never exceeded except by the single sentence that is always returned for a non-empty
/// document. Ties in score go to the earlier sentence. Memory is linear in the number of sentences.
/// </remarks>
public static class SummarySelector
{
    /// <summary>Redundancy control looks at this many candidates at most (best first); the rest keep score order.</summary>
    private const int MaxDiversityCandidates = 100;

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
        var totalWords = 0;
        var totalChars = 0;
        for (var i = 0; i < n; i++)
        {
            words[i] = CountWords(sentences[i].Text);
            totalWords += words[i];
            totalChars += sentences[i].Text.Length;
            eligible[i] = words[i] >= policy.MinWords && (!policy.SkipBoilerplate || !NewsHeuristics.IsBoilerplate(sentences[i].Text));
            anyEligible |= eligible[i];
        }

        if (!anyEligible)
        {
            Array.Fill(eligible, true);
        }

        var byPreference = options.Diversity is > 0 and var diversity ? Diversify(sentences, order, eligible, target, diversity) : order;
        var state = new Selection(sentences, options, policy, words, eligible, target);
        if (policy.LeadShare > 0 && policy.LeadSentences > 0
            && RequestedShare(n, target, totalWords, totalChars, options) <= policy.LeadShare)
        {
            state.TakeLead(Math.Min(policy.LeadSentences, target));
        }

        state.TakeByPreference(byPreference);
        if (state.Count == 0)
        {
            // Always one sentence: the best eligible one, even when it alone exceeds the budget.
            foreach (var i in order)
            {
                if (eligible[i])
                {
                    state.Chosen[i] = true;
                    break;
                }
            }
        }

        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r + 1;
        }

        var chosen = state.Chosen;
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

    /// <summary>The smallest of the sentence, word and character shares of the document the summary may use.</summary>
    internal static double RequestedShare(int sentenceCount, int target, int totalWords, int totalChars, SummaryOptions options)
    {
        var share = (double)target / sentenceCount;
        if (options.MaxWords is { } maxWords && totalWords > 0)
        {
            share = Math.Min(share, (double)maxWords / totalWords);
        }

        if (options.MaxChars is { } maxChars && totalChars > 0)
        {
            share = Math.Min(share, (double)maxChars / totalChars);
        }

        return share;
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

    /// <summary>
    /// Maximal marginal relevance (Carbonell &amp; Goldstein 1998): re-orders the best candidates greedily by
    /// <c>(1 - diversity) * score - diversity * max similarity to the candidates already ahead</c>, with scores scaled
    /// to [0, 1] and similarity the cosine of content-word sets. Only the first <see cref="MaxDiversityCandidates"/>
    /// eligible candidates are re-ordered, so the cost stays bounded on very long documents.
    /// </summary>
    private static int[] Diversify(IReadOnlyList<ScoredSentence> sentences, int[] order, bool[] eligible, int target, double diversity)
    {
        diversity = Math.Min(1, diversity);
        var pool = new List<int>(Math.Min(order.Length, MaxDiversityCandidates));
        foreach (var i in order)
        {
            if (eligible[i] && pool.Count < Math.Max(MaxDiversityCandidates, target))
            {
                pool.Add(i);
            }
        }

        var max = sentences[order[0]].Score;
        var min = sentences[order[^1]].Score;
        var range = max - min;
        var terms = pool.Select(i => ContentWords(sentences[i].Text)).ToArray();
        var maxSimilarity = new double[pool.Count];
        var taken = new bool[pool.Count];
        var result = new List<int>(order.Length);
        for (var step = 0; step < pool.Count; step++)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var c = 0; c < pool.Count; c++)
            {
                if (taken[c])
                {
                    continue;
                }

                var relevance = range > 0 && double.IsFinite(range) ? (sentences[pool[c]].Score - min) / range : 1;
                var value = (1 - diversity) * relevance - diversity * maxSimilarity[c];
                if (value > bestValue)
                {
                    bestValue = value;
                    best = c;
                }
            }

            taken[best] = true;
            result.Add(pool[best]);
            for (var c = 0; c < pool.Count; c++)
            {
                if (!taken[c])
                {
                    maxSimilarity[c] = Math.Max(maxSimilarity[c], Cosine(terms[best], terms[c]));
                }
            }
        }

        var inPool = new HashSet<int>(pool);
        foreach (var i in order)
        {
            if (!inPool.Contains(i))
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number && token.Text.Length > 1)
            {
                var lower = token.Text.ToLowerInvariant();
                if (!StopWords.Contains(lower))
                {
                    set.Add(lower);
                }
            }
        }

        return set;
    }

    private static double Cosine(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var w in small)
        {
            if (large.Contains(w))
            {
                shared++;
            }
        }

        return shared / Math.Sqrt((double)a.Count * b.Count);
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

    /// <summary>The sentences chosen so far and the budget they used.</summary>
    private sealed class Selection(
        IReadOnlyList<ScoredSentence> sentences, SummaryOptions options, SelectionPolicy policy, int[] words, bool[] eligible, int target)
    {
        private int _words;
        private int _chars;

        public bool[] Chosen { get; } = new bool[sentences.Count];

        public int Count { get; private set; }

        /// <summary>The first eligible sentences in document order; a dangling opening ends the lead.</summary>
        public void TakeLead(int count)
        {
            for (var i = 0; i < sentences.Count && Count < count; i++)
            {
                if (!eligible[i])
                {
                    continue;
                }

                if (NeedsAntecedent(i) || !TryTake(i))
                {
                    break;
                }
            }
        }

        /// <summary>
        /// Greedy in preference order. A dangling sentence brings the sentence before it when both fit and the policy
        /// pairs them; otherwise it waits until a sentence within the antecedent window is chosen, and fills leftover
        /// slots only when nothing else is left.
        /// </summary>
        public void TakeByPreference(int[] preference)
        {
            List<int>? waiting = null;
            foreach (var i in preference)
            {
                if (Count >= target)
                {
                    break;
                }

                if (!eligible[i] || Chosen[i])
                {
                    continue;
                }

                if (NeedsAntecedent(i))
                {
                    if (!(policy.PairAntecedent && eligible[i - 1] && !Chosen[i - 1] && TryTakePair(i - 1, i)))
                    {
                        (waiting ??= []).Add(i);
                        continue;
                    }
                }
                else if (!TryTake(i))
                {
                    continue;
                }

                Release(waiting);
            }

            if (waiting is null)
            {
                return;
            }

            foreach (var i in waiting)
            {
                if (Count < target && !Chosen[i])
                {
                    TryTake(i);
                }
            }
        }

        /// <summary>Takes the waiting sentences (best first) whose antecedent has now been chosen, until none is left to take.</summary>
        private void Release(List<int>? waiting)
        {
            for (var released = true; released && waiting is not null;)
            {
                released = false;
                foreach (var w in waiting)
                {
                    if (!Chosen[w] && !NeedsAntecedent(w) && TryTake(w))
                    {
                        released = true;
                        break;
                    }
                }
            }
        }

        private bool NeedsAntecedent(int i)
        {
            if (!policy.AvoidDanglingStarts || i == 0 || !NewsHeuristics.StartsDangling(sentences[i].Text))
            {
                return false;
            }

            for (var j = i - 1; j >= Math.Max(0, i - policy.AntecedentWindow); j--)
            {
                if (Chosen[j])
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryTakePair(int first, int second)
        {
            if (Count + 2 > target
                || (options.MaxWords is { } maxWords && _words + words[first] + words[second] > maxWords)
                || (options.MaxChars is { } maxChars && _chars + sentences[first].Text.Length + sentences[second].Text.Length > maxChars))
            {
                return false;
            }

            return TryTake(first) && TryTake(second);
        }

        private bool TryTake(int i)
        {
            var chars = sentences[i].Text.Length;
            if (Count + 1 > target
                || (options.MaxWords is { } maxWords && _words + words[i] > maxWords)
                || (options.MaxChars is { } maxChars && _chars + chars > maxChars))
            {
                return false;
            }

            Chosen[i] = true;
            Count++;
            _words += words[i];
            _chars += chars;
            return true;
        }
    }
}
