namespace NewsApi.Eval;

public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore From(int hits, int candidateTotal, int referenceTotal)
    {
        var p = candidateTotal == 0 ? 0 : (double)hits / candidateTotal;
        var r = referenceTotal == 0 ? 0 : (double)hits / referenceTotal;
        return new RougeScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>
/// ROUGE as Google's <c>rouge_score</c> computes it without stemming: lower-case, every run of characters other
/// than a-z0-9 is a separator. ROUGE-N counts clipped n-gram matches; ROUGE-Lsum is the summary-level LCS
/// (union LCS of each reference sentence against all candidate sentences, hits clipped by token counts), as in
/// ROUGE-1.5.5 and the published CNN/DailyMail results.
/// </summary>
public static class Rouge
{
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var buffer = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer.Append(c);
            }
            else if (buffer.Length > 0)
            {
                tokens.Add(buffer.ToString());
                buffer.Clear();
            }
        }

        if (buffer.Length > 0)
        {
            tokens.Add(buffer.ToString());
        }

        return tokens;
    }

    public static RougeScore N(string candidate, string reference, int n) => N(Tokenize(candidate), Tokenize(reference), n);

    public static RougeScore N(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var referenceGrams = NGrams(reference, n);
        var candidateGrams = NGrams(candidate, n);
        var hits = 0;
        foreach (var (gram, count) in candidateGrams)
        {
            if (referenceGrams.TryGetValue(gram, out var inReference))
            {
                hits += Math.Min(count, inReference);
            }
        }

        return RougeScore.From(hits, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    /// <summary>Summary-level ROUGE-L over sentences (one string per sentence on each side).</summary>
    public static RougeScore LSum(IEnumerable<string> candidateSentences, IEnumerable<string> referenceSentences)
    {
        ArgumentNullException.ThrowIfNull(candidateSentences);
        ArgumentNullException.ThrowIfNull(referenceSentences);
        var candidate = candidateSentences.Select(Tokenize).Where(t => t.Count > 0).ToList();
        var reference = referenceSentences.Select(Tokenize).Where(t => t.Count > 0).ToList();
        var m = reference.Sum(s => s.Count);
        var n = candidate.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return default;
        }

        var referenceCounts = Counts(reference);
        var candidateCounts = Counts(candidate);
        var hits = 0;
        foreach (var r in reference)
        {
            var union = new SortedSet<int>();
            foreach (var c in candidate)
            {
                union.UnionWith(LcsIndices(r, c));
            }

            foreach (var index in union)
            {
                var token = r[index];
                if (candidateCounts.GetValueOrDefault(token) > 0 && referenceCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateCounts[token]--;
                    referenceCounts[token]--;
                }
            }
        }

        return RougeScore.From(hits, n, m);
    }

    /// <summary>Indices into <paramref name="reference"/> of one longest common subsequence (rouge_score's backtrack).</summary>
    public static List<int> LcsIndices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        int rows = reference.Count, cols = candidate.Count;
        var table = new int[rows + 1, cols + 1];
        for (var i = 1; i <= rows; i++)
        {
            for (var j = 1; j <= cols; j++)
            {
                table[i, j] = string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var indices = new List<int>();
        int a = rows, b = cols;
        while (a > 0 && b > 0)
        {
            if (string.Equals(reference[a - 1], candidate[b - 1], StringComparison.Ordinal))
            {
                indices.Add(a - 1);
                a--;
                b--;
            }
            else if (table[a, b - 1] > table[a - 1, b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }

        indices.Reverse();
        return indices;
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static Dictionary<string, int> Counts(List<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts;
    }
}
