namespace NewsApi.Analysis.Summarization;

/// <summary>
/// Shared pieces of the graph rankers: similarity matrices over the first sentences of a document and a
/// PageRank power iteration. Only the first <c>maxSentences</c> sentences enter the graph, so memory stays
/// bounded (a 2,000-sentence document costs the same as a 250-sentence one); later sentences get
/// <see cref="TailScores"/>.
/// </summary>
internal static class GraphCentrality
{
    /// <summary>
    /// TextRank PageRank scores of the first <paramref name="m"/> sentences, computed once per document and settings
    /// (the array is shared: callers must not change it).
    /// </summary>
    public static double[] TextRank(TermVectors tv, int m, double damping, int maxIterations, double tolerance) =>
        tv.TextRankScores.GetOrAdd(
            (damping, m, maxIterations, tolerance),
            key => PageRank(OverlapMatrix(tv, key.Item2), key.Item2, key.Item1, key.Item3, key.Item4));

    /// <summary>
    /// The TF-IDF cosine matrix of the first <paramref name="m"/> sentences (IDF from the document's own sentences),
    /// computed once per document (the array is shared: callers must not change it).
    /// </summary>
    public static double[] TfIdfCosine(TermVectors tv, int m) =>
        tv.CosineMatrices.GetOrAdd(m, size =>
        {
            var (weights, norms) = TfIdf(tv, Idf(tv), size);
            return CosineMatrix(tv, weights, norms, size);
        });

    /// <summary>
    /// Dense symmetric matrix of cosine similarities of raw term counts (no IDF): two sentences are as similar as the
    /// words they repeat, and a word every sentence uses still links them. Unlike <see cref="OverlapMatrix"/> a
    /// repeated word counts more than once and a long sentence is not favoured by its length alone.
    /// </summary>
    public static double[] CountCosineMatrix(TermVectors tv, int m)
    {
        var weights = new double[m][];
        var norms = new double[m];
        for (var i = 0; i < m; i++)
        {
            var counts = tv.Counts[i];
            var row = new double[counts.Length];
            var sum = 0.0;
            for (var k = 0; k < counts.Length; k++)
            {
                row[k] = counts[k];
                sum += row[k] * row[k];
            }

            weights[i] = row;
            norms[i] = Math.Sqrt(sum);
        }

        return CosineMatrix(tv, weights, norms, m);
    }

    /// <summary>Dense symmetric matrix of TextRank similarities: shared terms / (log(1+|a|) + log(1+|b|)).</summary>
    public static double[] OverlapMatrix(TermVectors tv, int m)
    {
        var w = new double[m * m];
        var logLen = new double[m];
        for (var i = 0; i < m; i++)
        {
            var len = 0;
            foreach (var c in tv.Counts[i])
            {
                len += c;
            }

            logLen[i] = Math.Log(1 + len);
        }

        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                var shared = tv.Overlap(i, j);
                if (shared == 0)
                {
                    continue;
                }

                var sim = shared / (logLen[i] + logLen[j]);
                w[i * m + j] = sim;
                w[j * m + i] = sim;
            }
        }

        return w;
    }

    /// <summary>Smoothed inverse sentence frequency: the document's own sentences are the collection.</summary>
    public static double[] Idf(TermVectors tv)
    {
        var n = tv.SentenceCount;
        var idf = new double[tv.VocabularySize];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = Math.Log((1.0 + n) / tv.DocumentFrequency[t]);
        }

        return idf;
    }

    /// <summary>Per sentence, the TF-IDF weights aligned with <see cref="TermVectors.Terms"/>, and their norms.</summary>
    public static (double[][] Weights, double[] Norms) TfIdf(TermVectors tv, double[] idf, int m)
    {
        var weights = new double[m][];
        var norms = new double[m];
        for (var i = 0; i < m; i++)
        {
            var terms = tv.Terms[i];
            var counts = tv.Counts[i];
            var row = new double[terms.Length];
            var sum = 0.0;
            for (var k = 0; k < terms.Length; k++)
            {
                row[k] = counts[k] * idf[terms[k]];
                sum += row[k] * row[k];
            }

            weights[i] = row;
            norms[i] = Math.Sqrt(sum);
        }

        return (weights, norms);
    }

    /// <summary>Dense symmetric matrix of TF-IDF cosine similarities (diagonal zero).</summary>
    /// <remarks>
    /// Row <c>a</c>'s weights are spread into a dense array by term id, so each pair costs one pass over the other
    /// sentence's terms; the products are summed in ascending term order, as a merge of the two lists would.
    /// Every weight of a term that occurs is positive (counts times a positive IDF), so zero marks an absent term.
    /// </remarks>
    public static double[] CosineMatrix(TermVectors tv, double[][] weights, double[] norms, int m)
    {
        var w = new double[m * m];
        var dense = new double[tv.VocabularySize];
        for (var a = 0; a < m; a++)
        {
            if (norms[a] == 0)
            {
                continue;
            }

            int[] x = tv.Terms[a];
            var wx = weights[a];
            for (var k = 0; k < x.Length; k++)
            {
                dense[x[k]] = wx[k];
            }

            for (var b = a + 1; b < m; b++)
            {
                if (norms[b] == 0)
                {
                    continue;
                }

                int[] y = tv.Terms[b];
                var wy = weights[b];
                var dot = 0.0;
                for (var j = 0; j < y.Length; j++)
                {
                    var wa = dense[y[j]];
                    if (wa != 0)
                    {
                        dot += wa * wy[j];
                    }
                }

                if (dot > 0)
                {
                    var cos = dot / (norms[a] * norms[b]);
                    w[a * m + b] = cos;
                    w[b * m + a] = cos;
                }
            }

            foreach (var t in x)
            {
                dense[t] = 0;
            }
        }

        return w;
    }

    /// <summary>
    /// Weighted PageRank: <c>s = (1 - d) / m + d * W'^T s</c> with <c>W'</c> the row-normalised matrix. Sentences
    /// without any edge keep the teleport share. Deterministic; stops at <paramref name="tolerance"/> (L1).
    /// </summary>
    public static double[] PageRank(double[] w, int m, double damping, int maxIterations, double tolerance)
    {
        var rowSum = new double[m];
        for (var i = 0; i < m; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < m; j++)
            {
                sum += w[i * m + j];
            }

            rowSum[i] = sum;
        }

        var s = new double[m];
        var next = new double[m];
        Array.Fill(s, 1.0 / m);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // Mass of dangling (edgeless) sentences is spread evenly so the scores keep summing to one.
            var dangling = 0.0;
            for (var i = 0; i < m; i++)
            {
                if (rowSum[i] == 0)
                {
                    dangling += s[i];
                }
            }

            var baseline = (1 - damping) / m + damping * dangling / m;
            Array.Fill(next, baseline);
            for (var i = 0; i < m; i++)
            {
                if (rowSum[i] == 0)
                {
                    continue;
                }

                var share = damping * s[i] / rowSum[i];
                var offset = i * m;
                for (var j = 0; j < m; j++)
                {
                    var wij = w[offset + j];
                    if (wij != 0)
                    {
                        next[j] += share * wij;
                    }
                }
            }

            var delta = 0.0;
            for (var i = 0; i < m; i++)
            {
                delta += Math.Abs(next[i] - s[i]);
            }

            (s, next) = (next, s);
            if (delta < tolerance)
            {
                break;
            }
        }

        return s;
    }

    /// <summary>
    /// Full score array: graph scores for the first <c>m</c> sentences, then strictly decreasing scores below the
    /// smallest graph score for the rest (a news story's tail rarely belongs in its summary).
    /// </summary>
    public static double[] TailScores(double[] graph, int n)
    {
        var scores = new double[n];
        var m = graph.Length;
        var min = double.MaxValue;
        for (var i = 0; i < m; i++)
        {
            scores[i] = graph[i];
            min = Math.Min(min, graph[i]);
        }

        for (var i = m; i < n; i++)
        {
            scores[i] = min * 0.5 * m / (i + 1.0);
        }

        return scores;
    }
}
