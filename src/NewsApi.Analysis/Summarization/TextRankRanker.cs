using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>Tunables of <see cref="TextRankRanker"/>.</summary>
/// <param name="Damping">PageRank damping factor (Mihalcea &amp; Tarau use 0.85).</param>
/// <param name="MaxSentences">Only the first sentences enter the graph; keeps a long document's cost bounded.</param>
public sealed record TextRankOptions(double Damping = 0.85, int MaxIterations = 100, double Tolerance = 1e-6, int MaxSentences = 250);

/// <summary>
/// TextRank (Mihalcea &amp; Tarau 2004): PageRank over a graph whose edges are the stemmed content words two
/// sentences share, normalised by the logs of their lengths.
/// </summary>
public sealed class TextRankRanker(TextRankOptions? options = null) : ISentenceRanker
{
    private readonly TextRankOptions _options = options ?? new TextRankOptions();

    public string Key => "textrank";

    public string Description => "TextRank: PageRank over shared stemmed content words between sentences.";

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
        var graph = GraphCentrality.TextRank(tv, m, _options.Damping, _options.MaxIterations, _options.Tolerance);
        return GraphCentrality.TailScores(graph, n);
    }
}
