using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>Tunables of <see cref="PacSumRanker"/>.</summary>
/// <param name="ForwardWeight">Weight of similarity to later sentences (a sentence that what follows elaborates).</param>
/// <param name="BackwardWeight">Weight of similarity to earlier sentences; negative penalises repeating the lead.</param>
/// <param name="Threshold">Share of the similarity range subtracted from every edge; weak edges drop out.</param>
/// <param name="MaxSentences">Only the first sentences enter the graph; keeps a long document's cost bounded.</param>
public sealed record PacSumOptions(double ForwardWeight = 1.0, double BackwardWeight = -2.0, double Threshold = 0.6, int MaxSentences = 250);

/// <summary>
/// Position-augmented centrality (PacSum, Zheng &amp; Lapata 2019): degree centrality over TF-IDF cosine edges,
/// where edges to later sentences count for a sentence and edges to earlier ones against it. The direction builds
/// in the news lead bias from the content instead of a fixed position prior.
/// </summary>
public sealed class PacSumRanker(PacSumOptions? options = null) : ISentenceRanker
{
    private readonly PacSumOptions _options = options ?? new PacSumOptions();

    public string Key => "pacsum";

    public string Description => "PacSum: directed centrality; sentences that later ones elaborate score higher.";

    public double[] Rank(RankingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var n = document.Sentences.Count;
        if (n <= 1)
        {
            return n == 0 ? [] : [1.0];
        }

        var tv = context.Terms(TermOptions.Classic);
        var m = Math.Min(n, _options.MaxSentences);
        var w = GraphCentrality.TfIdfCosine(tv, m);
        double min = double.MaxValue, max = double.MinValue;
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                min = Math.Min(min, w[i * m + j]);
                max = Math.Max(max, w[i * m + j]);
            }
        }

        var cut = min + _options.Threshold * (max - min);
        var graph = new double[m];
        for (var i = 0; i < m; i++)
        {
            double forward = 0, backward = 0;
            for (var j = 0; j < m; j++)
            {
                var e = w[i * m + j] - cut;
                if (j == i || e <= 0)
                {
                    continue;
                }

                if (j > i)
                {
                    forward += e;
                }
                else
                {
                    backward += e;
                }
            }

            // The tiny position term only breaks ties (e.g. no edges at all) in favour of the lead.
            graph[i] = _options.ForwardWeight * forward + _options.BackwardWeight * backward + 1e-9 * (m - i);
        }

        return GraphCentrality.TailScores(Shift(graph), n);
    }

    /// <summary>Makes every score positive so the tail of long documents can sit below the graph scores.</summary>
    private static double[] Shift(double[] scores)
    {
        var min = double.MaxValue;
        foreach (var s in scores)
        {
            min = Math.Min(min, s);
        }

        var offset = 1.0 - min;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] += offset;
        }

        return scores;
    }
}
