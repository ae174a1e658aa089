using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>Tunables of <see cref="LexRankRanker"/>.</summary>
/// <param name="Damping">Probability of following an edge (Erkan &amp; Radev's jump probability is 1 - this).</param>
/// <param name="MaxSentences">Only the first sentences enter the graph; keeps a long document's cost bounded.</param>
public sealed record LexRankOptions(double Damping = 0.85, int MaxIterations = 100, double Tolerance = 1e-6, int MaxSentences = 250);

/// <summary>
/// Continuous LexRank (Erkan &amp; Radev 2004): PageRank over TF-IDF cosine similarities of stemmed content
/// words, with IDF taken from the document's own sentences.
/// </summary>
public sealed class LexRankRanker(LexRankOptions? options = null) : ISentenceRanker
{
    private readonly LexRankOptions _options = options ?? new LexRankOptions();

    public string Key => "lexrank";

    public string Description => "Continuous LexRank: PageRank over TF-IDF cosine similarity between sentences.";

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
        var graph = GraphCentrality.PageRank(w, m, _options.Damping, _options.MaxIterations, _options.Tolerance);
        return GraphCentrality.TailScores(graph, n);
    }
}
