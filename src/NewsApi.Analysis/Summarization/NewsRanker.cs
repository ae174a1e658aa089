using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Summarization;

/// <summary>Tunables of <see cref="NewsRanker"/>. Each feature is scaled to [0, 1] within the document before weighting.</summary>
/// <param name="CentralityWeight">Weight of TextRank centrality.</param>
/// <param name="PositionWeight">Weight of the position prior <c>1 / (1 + index)^PositionExponent</c>: news puts the point first.</param>
/// <param name="TitleWeight">Weight of the share of the title's content terms the sentence contains.</param>
/// <param name="FrequencyWeight">Weight of the summed document frequency of the sentence's terms (Luhn-style topicality).</param>
/// <param name="LeadSlots">The first sentences, in order, outrank every other sentence (the news lead).</param>
/// <param name="MaxSentences">Only the first sentences enter the similarity graph.</param>
public sealed record NewsRankerOptions(
    double CentralityWeight = 1.0,
    double PositionWeight = 0.0,
    double TitleWeight = 0.0,
    double FrequencyWeight = 0.0,
    double PositionExponent = 0.5,
    int LeadSlots = 3,
    double Damping = 0.85,
    int MaxSentences = 250);

/// <summary>
/// News ranking: the lead first, then centrality. The first <see cref="NewsRankerOptions.LeadSlots"/> sentences
/// outrank the rest in order (short news summaries are best served by the lead: Lead-3 beats every unsupervised
/// centrality method on CNN/DailyMail), and every further sentence is ranked by TextRank centrality, optionally
/// mixed with a position prior, headline overlap and term frequency. Measured on BBC dev and CNN/DailyMail
/// (tests/NewsApi.Eval): the headline and prior weights lowered ROUGE there, so they default to zero.
/// </summary>
public sealed class NewsRanker(NewsRankerOptions? options = null) : ISentenceRanker
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-6;

    /// <summary>Larger than any sum of the weighted features, so lead slots come first and in order.</summary>
    private const double LeadBonus = 100;

    private readonly NewsRankerOptions _options = options ?? new NewsRankerOptions();

    public string Key => "news";

    public string Description => "News: the lead sentences first, then the most central sentences (TextRank).";

    public double[] Rank(TextDocument document, string? title)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.Sentences.Count;
        if (n <= 1)
        {
            return n == 0 ? [] : [1.0];
        }

        var tv = TermVectors.Of(document);
        var m = Math.Min(n, _options.MaxSentences);
        var centrality = GraphCentrality.TailScores(
            GraphCentrality.PageRank(GraphCentrality.OverlapMatrix(tv, m), m, _options.Damping, MaxIterations, Tolerance), n);
        ScaleToMax(centrality);

        var titleTerms = tv.TermIdsOf(title);
        var titleShare = new double[n];
        var frequency = new double[n];
        for (var i = 0; i < n; i++)
        {
            var terms = tv.Terms[i];
            var shared = 0;
            var freq = 0.0;
            foreach (var t in terms)
            {
                if (titleTerms.Contains(t))
                {
                    shared++;
                }

                freq += tv.DocumentFrequency[t] - 1;
            }

            titleShare[i] = titleTerms.Count == 0 ? 0 : (double)shared / titleTerms.Count;
            frequency[i] = freq;
        }

        ScaleToMax(titleShare);
        ScaleToMax(frequency);
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = _options.CentralityWeight * centrality[i]
                + _options.PositionWeight / Math.Pow(1 + i, _options.PositionExponent)
                + _options.TitleWeight * titleShare[i]
                + _options.FrequencyWeight * frequency[i]
                + (i < _options.LeadSlots ? LeadBonus * (_options.LeadSlots - i) : 0);
        }

        return scores;
    }

    private static void ScaleToMax(double[] values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (max <= 0)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= max;
        }
    }
}
